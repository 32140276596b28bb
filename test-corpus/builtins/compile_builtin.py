# Checks compile(): exec and eval modes, code objects run by exec/eval, SyntaxErrors from the parser and the compiler, and bad modes.
code = compile("total = sum(range(5))\nprint('total', total)", "made.py", "exec")
print(type(code).__name__)
namespace = {}
exec(code, namespace)
print(namespace["total"])
expr = compile("x * 2 + 1", "<expr>", "eval")
print(eval(expr, {"x": 20}))
print(eval(compile(b"'bytes source'", "b", "eval")))
for source in ["x = (", "match v:\n    case [a, a]:\n        pass\n", "def f():\n    return\nreturn 1\n",
               "match v:\n    case other:\n        pass\n    case 1:\n        pass\n"]:
    try:
        compile(source, "bad.py", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.filename, e.lineno, e.offset)
try:
    compile("1", "x", "run")
except ValueError as e:
    print("ValueError:", e)
try:
    compile(42, "x", "exec")
except TypeError as e:
    print("TypeError:", e)
matcher = compile("match v:\n    case [x, *rest]:\n        result = (x, rest)\n    case _:\n        result = None\n", "m", "exec")
for v in ([1, 2, 3], "no"):
    ns = {"v": v}
    exec(matcher, ns)
    print(ns["result"])

# compile() in its three modes, exec/eval of the code objects, SyntaxError details, generated source as namedtuple uses it
import sys
c = compile("x = 1\ny = x + 1\n", "gen.py", "exec")
print(type(c).__name__, c.co_filename, c.co_name)
ns = {}
exec(c, ns)
print(ns["y"], sorted(k for k in ns if k != "__builtins__"))
e = compile("a * 2", "<expr>", "eval")
print(eval(e, {"a": 21}))
print(eval(compile("1 + 1", "f", "exec")))
exec(compile("1 + 2", "<s>", "single"))
exec(compile("z = 5", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("if 1:\n  'abc'\n  [1, 2][0]\n", "<s>", "single"))
exec(compile("def f():\n  'not shown'\n", "<s>", "single"))
shown = []
old_hook = sys.displayhook
sys.displayhook = shown.append
exec(compile("40 + 2", "<s>", "single"))
sys.displayhook = old_hook
print("displayhook got", shown)
exec(compile(b"# -*- coding: latin-1 -*-\nv = '\xe9'\n", "b.py", "exec"), ns)
print(ascii(ns["v"]))
cases = [("a b", "exec", 0), ("x=1", "eval", 0), (" 1", "eval", 0), ("1\n2", "single", 0), ("", "single", 0),
         ("1", "x", 0), ("1", "exec", 8), ("1\0", "exec", 0), (1, "exec", 0), ("def f(:\n pass", "exec", 0),
         ("\u00e9 b", "exec", 0), ("if 1:\n  x\n y\n", "exec", 0),
         ("1;2", "single", 0), ("for i in x: pass", "eval", 0)]
for src, mode, fl in cases:
    try:
        compile(src, "no_such_file.py", mode, fl)
        print("ok", repr(src))
    except Exception as ex:
        print(type(ex).__name__, ex, getattr(ex, "filename", None), getattr(ex, "lineno", None),
              getattr(ex, "offset", None), repr(getattr(ex, "text", None)))
print(compile("1", "f", "exec", 0x1000000, True).co_filename)
print(compile("pass", filename="k", mode="exec", dont_inherit=True).co_filename)
import pathlib
print(compile("pass", pathlib.Path("pp.py"), "exec").co_filename)
f = eval(compile("lambda q: q * 3", "lam", "eval"))
print(f(4), f.__code__.co_filename)
# generated source, as namedtuple and dataclasses build their methods
src = "def __init__(self, {0}):\n" + "".join("    self.{0} = {0}\n".format(n) for n in ("a", "b"))
src = src.format("a, b")
space = {}
exec(compile(src, "<generated>", "exec"), space)
class K:
    __init__ = space["__init__"]
k = K(1, 2)
print(k.a, k.b, K.__init__.__code__.co_filename)
from collections import namedtuple
P = namedtuple("P", "x y")
print(P(1, 2), P._make([3, 4])._replace(x=9), P.__new__.__code__.co_filename)
try:
    exec(compile("raise ValueError('from compiled')", "<made>", "exec"))
except ValueError as err:
    tb = err.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(err, tb.tb_frame.f_code.co_filename, tb.tb_lineno)

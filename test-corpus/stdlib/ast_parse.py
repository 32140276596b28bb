# Checks ast.parse: trees with positions (ASCII and non-ASCII lines) for statements, expressions and match statements, unparse, literal_eval, mode='eval', SyntaxError.
import ast
src = '''
def f(a, b=1, *args, c, **kw) -> int:
    """doc"""
    x: int = a + b * 2
    if x > 3 and not kw:
        return [i for i in args if i]
    match x:
        case [1, *rest] | {"k": rest}:
            pass
        case Point(x=0) as p if p:
            pass
    s = f"v={x!r:>10}" 'tail'
    return -1.5j, b"\\x00", ..., None, True
class C(B, metaclass=M):
    @dec
    async def g(self):
        async with a as b, c:
            await x
        yield from y
        del z[1:2, ::3]
        global q
        try:
            pass
        except* ValueError as e:
            raise X from e
lambda x, /, y=2: (yield)
é = "ünïcode"; print(é)
'''
tree = ast.parse(src)
print(ast.dump(tree, include_attributes=True))
print(ast.unparse(tree))
print(ast.dump(ast.parse("1 + x", mode="eval")))
print(ast.literal_eval("{'a': [1, 2.5, (3, -4j)], 'b': (True, None)}"))
try:
    ast.parse("x = (")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)

class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
print(ast.unparse(Doubler().visit(ast.parse("x = 1 + y * 3"))))
print([type(n).__name__ for n in ast.walk(ast.parse("match p:\n    case (a, b) if a: pass"))])
print(ast.get_docstring(tree.body[0], clean=False), ast.get_source_segment(src, tree.body[0].body[1]))

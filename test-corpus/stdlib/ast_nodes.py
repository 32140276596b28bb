# Checks the ast module's node classes: fields, construction, isinstance, ast.dump and ast.unparse of hand-built trees, and class patterns on nodes.
import ast

print(ast.BinOp._fields, ast.Name._attributes, ast.Constant.__match_args__)
print(ast.BinOp.__mro__[1:], ast.Add.__module__)
node = ast.BinOp(ast.Constant(1), ast.Add(), ast.Name("x", ast.Load()))
print(ast.dump(node))
print(isinstance(node, ast.expr), isinstance(node, ast.stmt), isinstance(node.op, ast.operator))
try:
    ast.BinOp(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
partial = ast.Name("y")
print(partial.id, hasattr(partial, "ctx"))

tree = ast.Module(body=[
    ast.Assign(targets=[ast.Name("total", ast.Store())],
               value=ast.BinOp(ast.Name("a", ast.Load()), ast.Mult(), ast.Constant(2)), lineno=1),
    ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Name("total", ast.Load())], [])),
], type_ignores=[])
print(ast.dump(tree, indent=2))
print(ast.unparse(tree))

def evaluate(e, env):
    match e:
        case ast.Constant(value):
            return value
        case ast.Name(id=name):
            return env[name]
        case ast.BinOp(left, ast.Add(), right):
            return evaluate(left, env) + evaluate(right, env)
        case ast.BinOp(left, ast.Mult(), right):
            return evaluate(left, env) * evaluate(right, env)
        case _:
            raise ValueError(ast.dump(e))
print(evaluate(ast.BinOp(ast.BinOp(ast.Constant(3), ast.Mult(), ast.Name("x")), ast.Add(), ast.Constant(4)), {"x": 5}))

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, n):
        self.names.append(n.id)
Counter_instance = Counter()
Counter_instance.visit(tree)
print(Counter_instance.names)
print([type(n).__name__ for n in ast.walk(tree)])

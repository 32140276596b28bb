# type(name, bases, ns) takes __module__ from the calling frame's globals (types.new_class's for classes it makes)
import types
C = type("C", (), {})
D = types.new_class("D")
print(C.__module__, D.__module__)
def f():
    return type("E", (), {})
print(f().__module__)
import dataclasses
P = dataclasses.make_dataclass("P", ["x", ("y", int, 0)])
print(P(1), P.__module__)

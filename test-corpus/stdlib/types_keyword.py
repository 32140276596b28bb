# types and keyword: SimpleNamespace, MappingProxyType, new_class, the type objects of functions, generators and methods; keyword lists.
import types
import keyword

ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, sorted(vars(ns)), ns == types.SimpleNamespace(a=1, b="two", c=[3]))
mp = types.MappingProxyType({"x": 1})
print(mp["x"], list(mp), "x" in mp, len(mp))
try:
    mp["y"] = 2
except TypeError as e:
    print("TypeError:", e)

def f():
    yield 1
async def co():
    return 1
class C:
    def m(self):
        pass
print(isinstance(f, types.FunctionType), isinstance(f(), types.GeneratorType), isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType), types.NoneType is type(None))
print(isinstance(lambda: 0, types.LambdaType), types.FunctionType is types.LambdaType, type(...) is types.EllipsisType)
c = co()
print(isinstance(c, types.CoroutineType))
c.close()
Dyn = types.new_class("Dyn", (object,), {}, lambda ns: ns.update({"val": 42}))
print(Dyn.__name__, Dyn().val)
mod = types.ModuleType("fake", "doc text")
mod.x = 5
print(mod.__name__, mod.__doc__, mod.x)
print(types.GenericAlias(list, (int,)), list[int] == types.GenericAlias(list, (int,)))
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.iskeyword("print"))
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print(types.resolve_bases((int, str)), types.prepare_class("X")[0] is type)

# Checks __getattr__, __getattribute__, __setattr__, __delattr__ and the builtins getattr/setattr/hasattr/delattr.
class Fallback:
    real = "real value"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has nothing called {name!r}")
f = Fallback()
print(f.real, f.dyn_hello)
f.set_later = 1
print(f.set_later)
print(hasattr(f, "dyn_x"), hasattr(f, "nope"), getattr(f, "nope", "default"))
try:
    f.missing
except AttributeError as e:
    print("AttributeError:", e)
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
r.b = [2]
setattr(r, "c", 3)
del r.a
delattr(r, "b")
print(r.log, vars(r))
class Loud:
    def __init__(self):
        self.v = 5
    def __getattribute__(self, name):
        if name != "__class__" and not name.startswith("__"):
            print("lookup", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.v * 2
lo = Loud()
print(lo.v)
print(lo.method())
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
px = Proxy([3, 1, 2])
px.sort()
print(px._target, px.count(1), px.index(3))
class Obj:
    pass
o = Obj()
setattr(o, "name", "dyn")
print(getattr(o, "name"), hasattr(o, "name"), vars(o))
delattr(o, "name")
print(hasattr(o, "name"))
for bad in [lambda: getattr(o, "x"), lambda: delattr(o, "x"), lambda: getattr(o, 5), lambda: setattr(o, 5, 1)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
setattr(o, "with space", 1)
print(getattr(o, "with space"), sorted(vars(o)))

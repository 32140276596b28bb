# weakref: ref identity and calls, proxies, WeakValueDictionary/WeakKeyDictionary/WeakSet with live objects, WeakMethod, finalize.
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "hello from " + self.name
    def __repr__(self):
        return "Obj(%s)" % self.name

a = Obj("a")
r = weakref.ref(a)
print(r() is a, weakref.ref(a) is r, weakref.getweakrefcount(a), r().name, hash(r) == hash(a), r == weakref.ref(a))
p = weakref.proxy(a)
print(p.name, p.hello(), repr(p)[:17], isinstance(p, weakref.ProxyType))
p.extra = 5
print(a.extra)
cb_ref = weakref.ref(a, lambda ref: None)
print(cb_ref is not r, weakref.getweakrefcount(a), cb_ref.__callback__ is not None)

objs = [Obj(n) for n in "xyz"]
wv = weakref.WeakValueDictionary()
for o in objs:
    wv[o.name] = o
print(sorted(wv.keys()), wv["y"], "x" in wv, len(wv))
wk = weakref.WeakKeyDictionary()
wk[objs[0]] = 1
wk[objs[1]] = 2
print(sorted(v for v in wk.values()), objs[0] in wk)
ws = weakref.WeakSet(objs[:2])
print(len(ws), objs[1] in ws, objs[2] in ws)
ws.add(objs[2])
print(sorted(o.name for o in ws))
wm = weakref.WeakMethod(a.hello)
print(wm()(), type(wm).__name__)
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref([])
except TypeError as e:
    print("TypeError:", e)
class L(list):
    pass
print(weakref.ref(L())() is None or True, weakref.ref(len)() is len)
fin = weakref.finalize(a, print, "finalized")
print(fin.alive)
fin()
print(fin.alive)

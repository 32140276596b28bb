# Checks `import module`, `import module as alias`, module attributes, module-level state, and sys.modules caching.
import sys
print("before import")
import _mathutil
print("after import")
print(_mathutil.PI, _mathutil.square(4), _mathutil.cube(3), _mathutil.calls)
print(_mathutil.__name__, type(_mathutil).__name__, _mathutil.Vector(1, 2))
import _mathutil as mu
print(mu is _mathutil, mu.square(5), _mathutil.calls)
import _mathutil
print("second import prints nothing")
print("_mathutil" in sys.modules, sys.modules["_mathutil"] is mu)
_mathutil.PI = 3
print(mu.PI)
mu.new_attr = "added from outside"
print(_mathutil.new_attr)
print(sorted(n for n in vars(_mathutil) if not n.startswith("__")))
print(hasattr(_mathutil, "_private"), _mathutil._private[:10])
def use_inside_function():
    import _mathutil as local_alias
    return local_alias.cube(2)
print(use_inside_function(), "local_alias" in globals())
print(_mathutil.__doc__, mu.__dict__ is vars(mu))
try:
    _mathutil.missing
except AttributeError as e:
    print("AttributeError:", e)

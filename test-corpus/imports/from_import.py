# Checks `from module import name`, aliases, star imports with and without __all__, and rebinding semantics.
from _mathutil import square, PI as pi_value, Vector
print(square(9), pi_value, Vector(3))
from _stars import *
print(exported, Also.__name__)
print("not_exported" in globals(), "_stars" in globals())
from _nostars import *
print(visible, func(), "_hidden" in globals())
import _mathutil
from _mathutil import calls
print("calls at from-import time:", calls)
square(2)
print("module now:", _mathutil.calls, "imported copy:", calls)
from _mathutil import calls
print("fresh from-import:", calls)
pi_value = 0
print(_mathutil.PI)
from _stars import not_exported
print(not_exported)
from _mathutil import (square as sq,
                       cube)
print(sq(3), cube(3))
print(sorted(n for n in dir() if not n.startswith("__")))

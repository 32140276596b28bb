# sys.getrefcount of an object one name holds, and unchanged around operations that keep no reference
import sys

x = object()
print(sys.getrefcount(x))
b = bytearray(b"abc")
before = sys.getrefcount(b)
with memoryview(b) as m:
    m[0] = ord("z")
print(sys.getrefcount(b) == before, b)
try:
    sys.getrefcount()
except TypeError as e:
    print("TypeError")

# bisect through the _bisect accelerator: key functions, lo/hi bounds, insort on lists and other sequences, argument errors
import bisect
import _bisect
from collections import deque

data = [1, 2, 2, 2, 5, 8]
print(bisect.bisect_left(data, 2), bisect.bisect_right(data, 2), bisect.bisect(data, 9), bisect.bisect_left(data, 0))
print(bisect.bisect_left(data, 2, 2), bisect.bisect_right(data, 2, 0, 3), bisect.bisect_right(data, 2, hi=None), bisect.bisect_left(data, 5, 1, -1))
records = [("ann", 31), ("bob", 42), ("cy", 57)]
print(bisect.bisect_left(records, 42, key=lambda r: r[1]), bisect.bisect_right(records, 57, key=lambda r: r[1]))
bisect.insort(records, ("dee", 45), key=lambda r: r[1])
bisect.insort_left(data, 2)
bisect.insort_right(data, 7, lo=3)
print(records, data)
d = deque([1, 3, 5])
bisect.insort(d, 4)
print(d, bisect.bisect is _bisect.bisect_right, _bisect.insort_left.__name__)
for call in (lambda: bisect.bisect_left(data, 1, -1), lambda: bisect.bisect_left(data, 1, 0, "x"),
             lambda: bisect.bisect_left(3, 1), lambda: bisect.insort(data, 1, lo=None),
             lambda: bisect.bisect_right(data, "a"), lambda: bisect.bisect(data, 1, 0, 2, 3)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

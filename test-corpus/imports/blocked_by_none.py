# None in sys.modules blocks an import: the pure-Python fallbacks of the library are then used
import sys

sys.modules['_heapq'] = None
for stmt in ("import _heapq", "from _heapq import heappush"):
    try:
        exec(stmt)
        print("imported")
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)

sys.modules.pop('heapq', None)
import heapq
print(heapq.heappush.__module__)
h = []
for x in [5, 1, 4, 2, 3]:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(5)])
del sys.modules['_heapq']
import _heapq
print(_heapq.__name__)

# _heapq's sift loops run comparisons that can change the heap: CPython raises, never reads stale slots
import heapq


class ClearsHeap:
    def __init__(self, value, heap):
        self.value, self.heap = value, heap

    def __lt__(self, other):
        self.heap.clear()
        return NotImplemented if other is None else self.value < other.value


def attempt(label, fn, *args):
    try:
        print(label, fn(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


heap = []
heap.extend(ClearsHeap(i, heap) for i in range(10))
attempt("heappop", heapq.heappop, heap)

heap = []
heap.extend(ClearsHeap(i, heap) for i in range(10))
attempt("heappush", heapq.heappush, heap, ClearsHeap(5, heap))

heap = [ClearsHeap(0, None)]
heap[0].heap = heap
attempt("heappushpop", lambda h, v: heapq.heappushpop(h, v).value, heap, ClearsHeap(1, heap))


class Grows:
    def __init__(self, value, heap):
        self.value, self.heap = value, heap

    def __lt__(self, other):
        self.heap.extend([Grows(99, None)] * 100)
        return self.value < other.value


heap = []
heap.extend(Grows(i, heap) for i in range(5, 0, -1))
attempt("heapify", heapq.heapify, heap)
print(len(heap))
attempt("heapreplace", heapq.heapreplace, [], 1)
attempt("heappop", heapq.heappop, [])
h = [3, 1, 2]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)

# pickle.dump to a file writes the same chunks as CPython (frames flushed at boundaries, large payloads directly); load reads just one pickle
import io
import pickle


class CountingWriter:
    def __init__(self):
        self.chunks = []

    def write(self, b):
        self.chunks.append(len(b))


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    w = CountingWriter()
    pickle.Pickler(w, proto).dump([b'x' * 70000, ['s%d' % i for i in range(30000)], 'y' * 100000, bytearray(80000)])
    print(proto, w.chunks)

f = io.BytesIO()
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    pickle.dump({'proto': proto, 'data': list(range(proto * 300))}, f, proto)
f.write(b'tail')
f.seek(0)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    d = pickle.load(f)
    print(d['proto'], len(d['data']), f.tell())
print(f.read())

u = pickle.Unpickler(io.BytesIO(pickle.dumps([1, 2], 2) + pickle.dumps('x', 0)))
print(u.load(), u.load(), sorted(u.memo.copy().items()))
p = pickle.Pickler(io.BytesIO(), 2)
p.dump(['a', 'b'])
print(sorted((idx, obj) for idx, obj in p.memo.copy().values() if isinstance(obj, str)))

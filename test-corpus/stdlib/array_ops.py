# array.array: typecodes, items, slices, operators, comparisons, overflow errors, conversions, files, pickling, memoryview
import array, pickle, copy, io
from array import array as A
print(array.typecodes, array.ArrayType is A)
for t in array.typecodes:
    a = A(t, 'abc' if t == 'u' else [1, 2, 3])
    print(t, a.itemsize, a, len(a), a.tobytes().hex(), memoryview(a).format, t == 'u' or memoryview(a).tolist())
a = A('i', range(10))
a[2:5] = A('i', [7]); print(a)
a[::2] = A('i', [0]*4); print(a)
try: a[::2] = A('i', [1])
except ValueError as e: print(e)
del a[1::3]; print(a)
a.append(5); a.extend([6, 7]); a.insert(-1, 99); print(a, a.pop(), a.pop(0), a.index(99), a.count(0))
a.remove(99); a.reverse(); print(a)
b = A('h', [1, -2]); b.byteswap(); print(b, b.tobytes())
c = A('d'); c.frombytes(A('d', [1.5, -2.0]).tobytes()); print(c, c.tolist())
c.fromlist([3.0]); print(c)
try: c.fromlist([1.0, 'x'])
except TypeError as e: print(e, c)
u = A('u', 'hi'); u.fromunicode('!'); print(u, u.tounicode())
print(A('i', [1,2]) + A('i', [3]), A('b', [1]) * 3, 2 * A('b', [1]))
x = A('i', [1]); x += A('i', [2]); x *= 2; print(x)
print(A('i',[1,2]) < A('i',[1,3]), A('i',[1,2]) == A('d',[1.0,2.0]), A('i',[1]) != A('i',[1]), A('i',[1,2]) > A('i', [1]))
for v in (300, -1, 2**70, 'x', 1.5):
    for t in 'bBhIQq':
        try: A(t, [v])
        except (OverflowError, TypeError) as e: print(t, v if not isinstance(v, int) or v < 1000 else 'big', type(e).__name__, e)
try: A('z')
except ValueError as e: print(e)
try: A('b', 'abc')
except TypeError as e: print(e)
p = A('l', [1, -2, 3])
for proto in range(0, 6):
    q = pickle.loads(pickle.dumps(p, proto)); print(proto, q, type(q))
print(p.__reduce_ex__(4)[1][1:], copy.copy(p), copy.deepcopy(p))
f = io.BytesIO(); p.tofile(f); f.seek(0); r = A('l'); r.fromfile(f, 3); print(r)
f.seek(0)
try: r.fromfile(f, 5)
except EOFError as e: print(e, r)
m = memoryview(A('H', [1, 2, 65535]))
print(m.shape, m.strides, m.format, m.nbytes, m.cast('B').tolist(), m[2], m[-1:].tolist())
ba = A('B', [1,2,3]); mv = memoryview(ba); mv[0] = 9; print(ba, bytes(ba), bytearray(A('h', [258])))
print(list(reversed(A('i', [1,2,3]))), 2 in A('i', [1, 2]), A('f', [0.1])[0])
class S(A):
    pass
s = S('i', [1]); s.extra = 1; print(repr(s), s[:], type(s[:]), type(s + s))
q = pickle.loads(pickle.dumps(s)); print(q, type(q).__name__, q.extra)
print(A('i', [5, 6])[-1], A('i')[:])
try: A('i')[0]
except IndexError as e: print(e)
try: A('i').pop()
except IndexError as e: print(e)

# memoryview cast to shapes of several dimensions (tuple indexing, nested tolist, tobytes order, slicing rows),
# 0-dim views, tuple keys on 1-D views, float items from __float__, str() of bytes-likes
m = memoryview(bytes(range(12))).cast('B', (3, 4))
print(m.shape, m.strides, m.ndim, len(m), m.tolist(), m.tobytes('F'), m.c_contiguous, m.f_contiguous, m.contiguous)
print(m[1, 2], m[-1, -1])
for k in (1, (1,), (1,2,3), (slice(0,1), 1), (slice(0,1), slice(0,1)), (5, 0), 'x'):
  try: print(m[k])
  except Exception as e: print(type(e).__name__, e)
s = m[1:3]
print(s.shape, s.tolist(), s.nbytes)
try: list(m)
except Exception as e: print(type(e).__name__, e)
try: m.cast('B', (2,6))
except Exception as e: print(type(e).__name__, e)
print(m.cast('B').shape, m.cast('B').tolist())
z = memoryview(b'a').cast('B', ())
print(z.shape, z.ndim, z.tolist(), z[()], z.strides)
try: len(z)
except Exception as e: print(type(e).__name__, e)
print(memoryview(bytes(range(8))).cast('B', (2,2,2)).tolist(), m == memoryview(bytes(range(12))).cast('B',(4,3)), m == memoryview(bytes(range(12))).cast('B',[3, 4]))
b = bytearray(range(24))
w = memoryview(b).cast('i', (2, 3))
print(w.tolist(), w.strides, w.tobytes('F')[:8], bytes(w)[:4])
w[1, 2] = -5
print(w[1, 2], b[20:24], memoryview(b).cast('B', (2, 3, 4)).f_contiguous, memoryview(b).cast('B', (1, 24)).f_contiguous)
for bad in ((0, 3), (2, 4), 'ab'):
    try: memoryview(b).cast('i', bad)
    except Exception as e: print(type(e).__name__, e)
import base64
print(base64.b64encode(memoryview(b"1234").cast('B', (2, 2))), bytes(memoryview(b"abcdef").cast('B', (3, 2))))
m1 = memoryview(bytearray(b"abcd"))
print(m1[(1,)])
for key, value in (((0,), b"a"), ((slice(0, 1), slice(0, 1)), b"a"), ((0, slice(0, 1)), b"a")):
    try:
        m1[key] = value
    except (TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)


class MyFloat:
    def __float__(self):
        return 4.25


d = memoryview(bytearray(8)).cast('d')
d[0] = MyFloat()
print(d[0])
print(str(memoryview(b'ab'), 'latin-1'), str(bytearray(b'xy'), 'ascii'))

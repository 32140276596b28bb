# pickle's exceptions and messages: unpicklable objects, bad reduce values, truncated and malformed data, recursion
import io
import pickle
import re


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print('ok', repr(r)[:60])
    except Exception as e:
        text = str(e)
        text = re.sub(' at 0x[0-9a-f]+', '', text)
        print(type(e).__name__, text)


def outer():
    def inner():
        pass
    return inner


class BadReduce:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return self.value


class Nope:
    pass


Nope.__qualname__ = 'Missing'

show(pickle.dumps, lambda: 0)
show(pickle.dumps, [1, (lambda: 0,)], 2)
show(pickle.dumps, outer())
show(pickle.dumps, Nope)
for value in [42, (), (1,), (len, 1), (len, (), None, 5), (len, (), None, None, 5), (len, (), None, None, None, 5),
              (1, 2, 3, 4, 5, 6, 7)]:
    show(pickle.dumps, BadReduce(value))
show(pickle.dumps, 1, 6)
show(pickle.dumps, 1, 'x')
show(pickle.Pickler, 1)
show(pickle.Unpickler, 1)
show(pickle.dumps, 1, 4, buffer_callback=print)
show(pickle.dumps, pickle.PickleBuffer(b'x'), 4)
show(pickle.loads, 'text')
deep = []
for i in range(5000):
    deep = [deep]
show(pickle.dumps, deep)
for data in [b'', b'\x80\x04', b'\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00', b'K', b'J\x01\x02', b'\xff', b'z.',
             b"'", b'X\x05\x00\x00\x00ab', b'(]q\x00h\x05.', b'(.', b'0', b'I12', b'\x80\x09.', b"S'abc\n.", b'Sabc\n.',
             b'K\x01K\x02s.', b'(K\x01d.', b'}(K\x01u.', b'K\x011.', b'K\x01(0.', b'2', b'N\x85\x85R.',
             b'c__main__\nnope\n.', b'\x80\x04\x8c\x08__main__\x8c\x04nope\x93.', b'\x80\x04\x8c\x08__main__\x8c\x04no.x\x93.',
             b'K\x01\x93.', b'P1\n.', b'K\x01Q.', b'\x82\x05.', b']K\x01K\x02\x87b.', b'J\xff\xff\xff\xff.',
             b'\x8b\xff\xff\xff\xff.', b'\x81.', b'N)\x81.', b'\x97.', b'I1x\n.', b'F1.5\n.', b'Fx\n.', b'L5\n.',
             b'\x8a\x00.', b'\x8a\x02\xff\x7f.', b'\x8c\x02\xc3\xa9.', b'\x8c\x01\xff.', b'V\\u20ac\n.', b'\x80\x02N.']:
    show(pickle.loads, data)
show(pickle.load, io.BytesIO(b'\x80\x04K\x01'))
show(pickle.loads, b'\x97.', buffers=[])

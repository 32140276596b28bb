# pickle of user classes (reduce protocol, state, slots, nested qualnames), persistent ids, dispatch tables, find_class and errors
import collections
import copyreg
import io
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class Outer:
    class Inner:
        def method(self):
            return 1


class WithState:
    def __init__(self):
        self.a = 1

    def __getstate__(self):
        return {'a': self.a * 10}

    def __setstate__(self, state):
        self.a = state['a'] + 1


class Slotted:
    __slots__ = ('p', 'q')

    def __init__(self):
        self.p = 1
        self.q = 'x'


class Scaled(int):
    def __new__(cls, v, *, scale=1):
        return int.__new__(cls, v * scale)

    def __getnewargs_ex__(self):
        return ((int(self),), {'scale': 1})


class Reducer:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reducer, (self.v,), None, iter([1, 2]), iter([('k', 'v')]))

    def extend(self, items):
        self.items = list(items)

    def __setitem__(self, k, v):
        self.kv = (k, v)


class MyList(list):
    pass


class MyDict(dict):
    pass


def function():
    pass


objects = [Point(1, 2), [Point(1, 2)] * 2, Outer.Inner, Outer.Inner.method, function, len, WithState(), Slotted(),
           Scaled(5), Reducer('r'), MyList([1, 2]), MyDict(a=1), collections.deque([1, 2]),
           collections.deque([3], maxlen=4), type(None), type(Ellipsis), type(NotImplemented), Ellipsis, NotImplemented,
           range(3), complex(1, 2), slice(1, 2), int, object, pickle.Pickler]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for o in objects:
        try:
            data = pickle.dumps(o, proto)
        except TypeError as e:
            print(proto, 'TypeError', e)
            continue
        back = pickle.loads(data)
        state = {k: v for k, v in vars(back).items()} if hasattr(back, '__dict__') and not isinstance(back, type) else None
        print(proto, data)
        print('   ', type(back).__name__, state if state else back if isinstance(back, (type, list, int, range)) else '')

# persistent ids
class IdPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return 'pid:' + obj if isinstance(obj, str) and obj.startswith('ext') else None


class IdUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded ' + pid


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    f = io.BytesIO()
    IdPickler(f, proto).dump(['ext1', 'plain', {'k': 'ext2'}])
    print(proto, f.getvalue())
    f.seek(0)
    print('   ', IdUnpickler(f).load())

# dispatch tables and reducer_override
class TablePickler(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[Point] = lambda p: (Point, (p.y, p.x))


f = io.BytesIO()
TablePickler(f, 2).dump(Point(1, 2))
print(f.getvalue(), pickle.loads(f.getvalue()))


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is function:
            return (str, ('function replaced',))
        return NotImplemented


f = io.BytesIO()
OverridePickler(f, 4).dump([function, 1])
print(f.getvalue(), pickle.loads(f.getvalue()))
p = pickle.Pickler(io.BytesIO(), 3)
p.dispatch_table = {Point: lambda p: (str, ('P',))}
p.dump([Point(3, 4), 'x'])
print(len(p.memo.copy()), sorted(v[0] for v in p.memo.copy().values()))
p.clear_memo()
print(len(p.memo.copy()), p.bin, p.fast)


# find_class restrictions
class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module in ('builtins', '__builtin__') and name == 'set':
            return set
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


print(Restricted(io.BytesIO(pickle.dumps({1, 2}, 2))).load())
try:
    Restricted(io.BytesIO(pickle.dumps(Point(1, 2)))).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)

# several pickles in one file, and the end of the file
f = io.BytesIO()
for proto in range(6):
    pickle.dump([proto, 'x' * proto], f, proto)
f.seek(0)
print([pickle.load(f) for _ in range(6)])
try:
    pickle.load(f)
except EOFError as e:
    print('EOFError', e)

# Python 2 pickles
print(pickle.loads(b"(lp0\nI1\naS'abc'\np1\naS'\\xe9\\n'\np2\naL12L\na.", encoding='latin1'))
print(pickle.loads(b"(lp0\nI1\naS'abc'\np1\na.", encoding='bytes'))
print(pickle.loads(b'\x80\x02c__builtin__\nset\nq\x00]q\x01K\x01a\x85q\x02Rq\x03.'))
print(type(pickle.loads(b'\x80\x02cUserDict\nUserDict\n)\x81}b.')))
try:
    pickle.loads(b'\x80\x02cUserDict\nUserDict\n)\x81}b.', fix_imports=False)
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)

# protocol 5 buffers
print(pickle.dumps(pickle.PickleBuffer(b'abc'), 5), pickle.dumps(pickle.PickleBuffer(bytearray(b'abc')), 5))
buffers = []
data = pickle.dumps([pickle.PickleBuffer(bytearray(b'xyz')), pickle.PickleBuffer(b'ro')], 5, buffer_callback=buffers.append)
print(data, len(buffers))
print([bytes(b) for b in pickle.loads(data, buffers=buffers)])

# __getnewargs_ex__ with keywords: NEWOBJ_EX from protocol 4, functools.partial(cls.__new__, ...) below
class ComplexEx(complex):
    def __getnewargs_ex__(self):
        return ((self.real,), {'imag': self.imag})


print(bytearray.maketrans.__qualname__, complex.__new__.__reduce__())
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(ComplexEx(1, 2), proto)
    print(proto, data, pickle.loads(data))
    print(pickle.loads(pickle.dumps(bytearray.maketrans, proto))(b'ab', b'xy')[97:99])

# pickle.dumps of builtin values in every protocol is byte-identical to CPython's _pickle (memo, batching, framing)
import hashlib
import pickle

values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, -257, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
          2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, -(2**80), 2**1000, -(2**1000) + 1, 127, 128, -128, -129, -32768,
          1.5, -0.0, 1e100, float('inf'), float('-inf'), 'abc', '', 'é€😀', 'back\\slash\nnew\rline\x00\x1a', '\ud800x',
          b'', b'abc', b'\x00\xff', bytearray(b'xy'), bytearray(), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),),
          [], [1], [1, 2], [[], [[]]], {}, {1: 2}, {1: 2, 3: 4}, {'a': [1, {'b': (2,)}]}, {1, 2, 3}, set(),
          frozenset(), frozenset({1}), frozenset({1, 2, 3}), [None] * 1000, list(range(1001)), list(range(2000)),
          {i: i for i in range(999)}, {i: -i for i in range(1000)}, {i: str(i) for i in range(2001)},
          set(range(1000)), set(range(1001)), frozenset(range(1500))]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        data = pickle.dumps(v, proto)
        if len(data) > 120:
            print(proto, len(data), hashlib.sha256(data).hexdigest()[:24])
        else:
            print(proto, data)
        back = pickle.loads(data)
        assert back == v or v != v, (proto, v)
        assert type(back) is type(v)

# shared and recursive structures use the memo
s = 'shared'
t = (s, s)
bb = bytes([98, 121])
shared = [s, t, t, [t], bb, bb]
rec_list = [1]
rec_list.append(rec_list)
rec_dict = {}
rec_dict['me'] = rec_dict
rec_tuple = ([],)
rec_tuple[0].append(rec_tuple)
big_rec = ([],) + tuple(range(5))
big_rec[0].append(big_rec)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in (shared, rec_list, rec_dict, rec_tuple, big_rec):
        print(proto, pickle.dumps(v, proto))
    r = pickle.loads(pickle.dumps(rec_list, proto))
    print(r[1] is r, end=' ')
    r = pickle.loads(pickle.dumps(rec_tuple, proto))
    print(r[0][0] is r, end=' ')
    r = pickle.loads(pickle.dumps(shared, proto))
    print(r[1] is r[2], r[0] is r[1][0])

# frames: large payloads go outside frames, frames close near 64 KiB
big = [b'x' * 70000, 'y' * 70000, bytearray(b'z' * 70000), ['item%d' % i for i in range(20000)]]
for proto in (4, 5):
    data = pickle.dumps(big, proto)
    print(proto, len(data), hashlib.sha256(data).hexdigest()[:24], pickle.loads(data) == big)
print(pickle.dumps(1), pickle.dumps(1, -1), pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)

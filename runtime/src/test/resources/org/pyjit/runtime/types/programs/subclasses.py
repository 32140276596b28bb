# Program subclasses of the builtin containers: constructors, operators, results' types.
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = 1
l = L((3, 1, 2))
l.sort()
print(l, type(l).__name__, l.tag, l + [9], type(l + [9]).__name__, l[1:], type(l[1:]).__name__)
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
t = T(1, 2)
print(t, type(t).__name__, t[0], len(t), hash(t) == hash((1, 2)), t == (1, 2))
class S(set):
    pass
s = S([1, 2])
print(s, s | {3}, type(s | {3}).__name__, S(), frozenset(s))
class F(frozenset):
    pass
print(F([1]), F(), hash(F([1])) == hash(frozenset([1])))
class B(bytes):
    pass
b = B(b'ab')
print(b, type(b).__name__, b + b'c', type(b[0:1]).__name__, B([65]))
class BA(bytearray):
    pass
ba = BA(b'xy')
ba.append(122)
print(ba, type(ba).__name__)
class D(dict):
    def __missing__(self, k):
        self[k] = k * 2
        return self[k]
d = D(a=1)
print(d['zz' if False else 5], d, d.copy(), type(d.copy()).__name__)
class C(dict):
    pass
print(C({1: 2}) == {1: 2}, C(x=1) | {2: 3}, type(C() | {}).__name__)
print(sorted([3, 1, 2], key=lambda x: -x), sorted(['b', 'a']))
x = [1, 2, 3]
x[1:2] = ['a', 'b', 'c']
del x[::2]
print(x)
print(list(map(lambda p: p, {1: 'a'}.items())))
print({i: i * i for i in range(5)}, {i % 3 for i in range(10)})
print([1, 2, 3].index(2), (1, 2) * 2, 3 * [0])



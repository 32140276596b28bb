# collections: Counter, deque, namedtuple, OrderedDict, defaultdict, ChainMap, UserDict/UserList.
from collections import Counter, deque, namedtuple, OrderedDict, defaultdict, ChainMap, UserDict, UserList, UserString
import collections.abc as cabc

c = Counter("abracadabra")
print(sorted(c.items()), c.most_common(2), c["z"], len(c), c.total())
c.update("aaz")
c.subtract({"a": 2})
print(sorted(c.elements()), +c == c, sorted((c - Counter("ab")).items()))
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3) | Counter(a=5, c=1))
print(repr(Counter()), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))

d = deque(range(5), maxlen=7)
d.append(5); d.appendleft(-1); d.append(6)
print(d, d.maxlen, len(d), d[0], d[-1], d.count(3), d.index(4))
d.rotate(3); print(d)
d.rotate(-5); print(d)
d.extendleft("ab"); print(d)
print(d.pop(), d.popleft(), d)
d.remove(3); d.insert(1, "x"); d.reverse(); print(d)
print(list(reversed(d)), 2 in d, d * 2 if False else deque([1, 2]) * 2, deque([1]) + deque([2]))
e = d.copy(); e.clear(); print(e, bool(e), bool(d))
try:
    deque().popleft()
except IndexError as err:
    print("IndexError:", err)
dq = deque([1, 2, 3])
try:
    for x in dq:
        dq.append(x)
except RuntimeError as err:
    print("RuntimeError:", err)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), isinstance(dq, cabc.MutableSequence))

Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p.x + p.y, p[0], p._asdict(), p._replace(y=9), Point._make([7, 8]), Point._fields)
x, y = p
print(x, y, p == (3, 4), hash(p) == hash((3, 4)), isinstance(p, tuple))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
print(P3(5), P3._field_defaults, P3(1, 2, 3)._asdict())
R = namedtuple("R", "class def", rename=True)
print(R._fields)
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)

od = OrderedDict(b=2, a=1)
od["c"] = 3
od.move_to_end("b")
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict([("x", 1), ("y", 2)])
print(od2 == OrderedDict([("y", 2), ("x", 1)]), od2 == {"y": 2, "x": 1}, list(reversed(od2)))

dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["missing"], sorted(dd), dd.default_factory)
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(sorted(counts.items()), repr(defaultdict(None)))

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps)
child = cm.new_child({"c": 4})
child["a"] = 10
print(child["a"], cm["a"], dict(child.parents))

class Registry(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

r = Registry()
r["k"] = 1
r.update(z=2)
print(r, "K" in r, r.data)
ul = UserList([3, 1, 2]); ul.sort(); ul.append(4)
print(ul, ul[1:], len(ul), UserString("abc").upper())
print(isinstance({}, cabc.Mapping), isinstance([], cabc.Sequence), issubclass(deque, cabc.Sequence), isinstance(iter([]), cabc.Iterator))

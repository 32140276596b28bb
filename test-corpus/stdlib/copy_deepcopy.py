# copy: shallow and deep copies of builtins, user classes, cyclic structures, __copy__/__deepcopy__, __reduce_ex__.
import copy

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])

cyc = [1, 2]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[2] is cc, cc[2] is not cyc, len(cc))

shared = [0]
pair = (shared, shared)
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is not shared, copy.copy(pair) is pair, copy.deepcopy((1, "x")) == (1, "x"))

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child
    def __repr__(self):
        return "Node(%s, %d children)" % (self.name, len(self.children))

root = Node("root")
leaf = root.add(Node("leaf"))
root2 = copy.deepcopy(root)
print(root2, root2.children[0].parent is root2, root2.children[0] is not leaf)
shallow = copy.copy(root)
print(shallow.children is root.children, shallow is not root)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Custom("copied-" + str(self.v))
    def __deepcopy__(self, memo):
        return Custom("deep-" + str(self.v))
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(2)).v, copy.deepcopy([Custom(3)])[0].v)

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
sl = copy.deepcopy(Slotted([1], 2))
print(sl.x, sl.y)

class WithState:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "expensive"
    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = "rebuilt"
w = copy.deepcopy(WithState())
print(w.data, w.cache)

print(copy.deepcopy({1: {2: {3: [4]}}}), copy.copy({1, 2}) == {1, 2}, copy.deepcopy(frozenset([1])) == frozenset([1]))
print(copy.copy(range(3)), copy.deepcopy(b"ab"), copy.copy(bytearray(b"x")), copy.deepcopy(None), copy.copy(len) is len)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)
class NoCopy:
    def __reduce_ex__(self, proto):
        raise TypeError("no copies of " + type(self).__name__)
try:
    copy.copy(NoCopy())
except TypeError as e:
    print("TypeError:", e)

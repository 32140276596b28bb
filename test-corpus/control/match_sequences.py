# Checks sequence patterns: lists, tuples, star captures, nesting, and which types count as sequences.
import collections.abc

def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first} .. {last} ({len(middle)} between)"
        case (first, *rest):
            return f"head {first} rest {rest}"

for s in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4, 5, 6), range(3), "ab", b"ab", bytearray(b"ab"), {1, 2},
          {"a": 1}, collections.deque([7, 8]), memoryview(b"xy")]:
    print(type(s).__name__, "<memory>" if isinstance(s, memoryview) else repr(s)[:30], "->", shape(s))

def ends(seq):
    match seq:
        case [*_, 0]:
            return "ends with zero"
        case [0, *_]:
            return "starts with zero"
        case [_, _, *_]:
            return "two or more"
        case [*everything]:
            return f"all: {everything}"
print([ends(s) for s in [[1, 0], [0, 1], [1, 2, 3], [5], []]])

# nested sequences and star in nested position
def nested(v):
    match v:
        case [(a, b), [c, *d], *e]:
            return (a, b, c, d, e)
        case [[[deep]]]:
            return ("deep", deep)
        case _:
            return "no"
print(nested([(1, 2), [3, 4, 5], 6, 7]))
print(nested([[["x"]]]))
print(nested([(1, 2, 3), [4]]))

# tuple patterns written without brackets, and a tuple subject
match 1, "two", 3.0:
    case int(), str(s), float(f):
        print("typed tuple", s, f)
match (1, 2),:
    case ((a, b),):
        print("single-element tuple of pair", a, b)

# user-defined sequences: subclass of list, collections.abc.Sequence subclass, registered class
class MyList(list):
    pass

class Seq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]

class Registered:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return "r%d" % i
    def __iter__(self):
        return iter(["r0", "r1"])

class NotRegistered(Registered):
    pass

print(shape(MyList([1, 2])), shape(Seq(1, 2, 3, 4, 5, 6)), shape(NotRegistered()))
collections.abc.Sequence.register(Registered)
print(shape(Registered()))

# str subclasses are still not sequences for patterns
class MyStr(str):
    pass
print(shape(MyStr("ab")))

# iterators and generators are not sequences
print(shape(iter([1, 2])), shape(x for x in [1, 2]))

# star binds a list even when the subject is a tuple
match (1, 2, 3):
    case (1, *rest):
        print(type(rest).__name__, rest)

# Checks truth testing in if/while/not, including user objects with __bool__ and __len__.
def check(v):
    if v:
        return "truthy"
    return "falsy"
for value in [0, 1, -1, 0.0, 2.5, "", "0", [], [0], (), (None,), {}, {0: 0}, set(), None, True, False, range(0), range(2), b"", b"\x00"]:
    print(repr(value), check(value))
class Yes:
    def __bool__(self):
        return True
class No:
    def __bool__(self):
        return False
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Plain:
    pass
for obj in [Yes(), No(), Empty(), Full(), Plain()]:
    print(type(obj).__name__, check(obj), not obj, bool(obj))
n = 3
while n:
    print("n =", n)
    n -= 1
s = "abc"
while s:
    print(s)
    s = s[1:]
print("done" if not s else "not done")
print([] or "empty list replaced", [1] or "unused")

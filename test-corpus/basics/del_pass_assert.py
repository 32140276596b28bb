# Checks del (names, items, slices, attributes), pass, and assert with and without messages.
x = 10
print("x" in dir(), x)
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = [0, 1, 2, 3, 4, 5, 6]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
class C:
    pass
c = C()
c.attr = 5
print(hasattr(c, "attr"))
del c.attr
print(hasattr(c, "attr"))
try:
    del c.attr
except AttributeError as e:
    print("AttributeError:", e)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
def empty():
    pass
print(empty())
for i in range(3):
    pass
print("i after loop", i)
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError args:", e.args, repr(str(e)))
try:
    assert False, "custom message"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    del lst[10]
except IndexError as e:
    print("IndexError:", e)

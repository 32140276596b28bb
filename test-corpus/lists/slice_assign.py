# Checks list slice reads and writes: extended slices, deletion, size changes, and error messages.
a = list(range(10))
print(a[2:7], a[::3], a[::-1], a[-3:], a[7:2:-2], a[100:], a[-100:2])
a[2:5] = ["x"]
print(a)
a[2:3] = [1, 2, 3, 4]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[::3]
print(a)
del a[1:3]
print(a)
a[len(a):] = [98, 99]
print(a)
a[:0] = ["start"]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a[1:3] = 5
except TypeError as e:
    print("TypeError:", e)
b = [1, 2, 3]
b[1:2] = "xyz"
print(b)
b[5:10] = [9]
print(b)
b[-1:] = []
print(b)
c = list(range(8))
c[6:1:-2] = ["a", "b", "c"]
print(c)
del c[-1:-4:-1]
print(c)
d = [1, 2, 3, 4]
d[::-1] = d
print(d)
e = [1, 2, 3]
e[:] = e + e
print(e)
for idx in [10, -11]:
    try:
        e[idx] = 0
    except IndexError as err:
        print("IndexError:", err)
    try:
        e[idx]
    except IndexError as err:
        print("IndexError:", err)
try:
    e["1"]
except TypeError as err:
    print("TypeError:", err)
print(e[slice(1, 5, 2)], e[1:-1:2] == e[slice(1, -1, 2)])

# A slice bound whose __index__ resizes the list: the slice is resolved against the length after it ran, as in CPython
# (ElementTree's test_ass_subscr crashed with an internal error).
class X:
    def __index__(self):
        e[:] = []
        return 1
e = list(range(10))
e[0:10:X()] = []
print(e)
f = list(range(10))
class Y:
    def __index__(self):
        f.clear(); return 2
try:
    f[0:10:Y()] = [1]
except ValueError as x: print(x)
print(f)
g = list(range(6))
class Z:
    def __index__(self):
        g.extend([7, 8]); return 1
del g[0:Z():1]
print(g, g[Z():3], len(g))

# str % value where the value is an int, str, float or tuple (the operator's direct path), and
# the cases that must still take the full protocol: str subclasses with __rmod__, mappings,
# missing and extra arguments, %d of bools and floats, %s of non-str values.


class Fmt(str):
    def __rmod__(self, other):
        return "Fmt.__rmod__(" + repr(other) + ")"


class Num(int):
    def __str__(self):
        return "Num!"

    def __repr__(self):
        return "Num?"


print("w%d" % 7, "w%i" % -12, "w%s" % 3, "%s|" % "x", "[%s]" % "")
print("%d%%" % 50, "%%d %d" % 1, "a%db" % 2 ** 70, "%s" % -(2 ** 65))
print("%d and %s" % (3, "four"), "%s-%s-%s" % (1, "b", 2.5))
print("%d" % True, "%s" % False, "%d" % 3.9, "%s" % 1.5, "%s" % None)
print("%s" % Num(5), "%d" % Num(6), "%r" % Num(7), "%i" % Num(8))
print("x%d" % Fmt("y"), "%s" % Fmt("z"), Fmt("%s") % 1)
print("%(a)s %(b)d" % {"a": "A", "b": 2}, "%s" % {"k": 1}, "%s" % [1, 2])
print("%5d|%-4d|%05d|%+d|% d" % (42, 7, 3, 9, 4), "%x %o %X" % (255, 8, 255))
print("%s" % ("only",), "%s %s" % ("a", 1), "%.2s" % "abcdef")
print("é%dü" % 1, "\U0001f600%s" % "\U0001f601", "%s" % "é" * 2)
for bad in [("%d %d", (1,)), ("%d", (1, 2)), ("%d", "s"), ("%s %s", 1), ("%", 1), ("%z", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# str slices: steps, negative steps, out-of-range bounds, non-BMP text
s = "abcdefghij"
words = ["w%d" % ((i * 7) % 1000) for i in range(30)]
print([w[::-1] for w in words[:6]], s[::-1], s[::2], s[1::3], s[-3:], s[:-7:-2], s[8:2:-2])
print(s[3:3], s[5:1], s[100:], s[-100:2], s[::-100], s[::100])
t = "a\U0001f600b\U0001f601c"
print(t[::-1], t[1:4], t[::2], t[-2::-2], len(t[1:]))
print(sorted(words, key=lambda w: (len(w), w[::-1]))[:8])

# tuple keys: hashes agree with equal tuples of equal ints, floats, bools and strs
d = {}
for x in range(20):
    for y in range(20):
        d[(x, y)] = x * y
print(len(d), d[(3, 4)], (4.0, 3) in d, (True, 2) in d, d.get((19, 19)), hash((1, 2)) == hash((1.0, 2)))
print(hash(()), hash((1,)), hash((1, "a")) == hash((1, "a")), hash((-1, 2 ** 61 - 1, 2 ** 61, -2 ** 61)))
print(hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-(2 ** 61 - 1)), hash(0))

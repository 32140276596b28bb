# Checks printf-style % formatting: conversions, flags, width/precision, *, mapping keys, and errors.
print("%d %i %u" % (42, -42, 7), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8), "%08.3f|%-8.2f|%+.1e" % (3.14159, 2.5, 12345.678))
print("%f %F %e %E %g %G" % (1.5, 1.5, 1.5, 1.5, 1.5, 1e-10), "%.0f %.0e %.3g %g" % (2.5, 12345, 0.0001234, 1e20))
print("%s %r %a" % ("é", "é", "é"), "%s" % [1, "a"], "%r" % ("quote'",), "%c%c" % (65, "z"))
print("%%" % (), "100%% sure" % (), "%s%%" % 50)
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30}, "%(x)r %(x)s" % {"x": "v"})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%s" % 5, "%s" % (5,), "%s" % ((1, 2),), "%s %s" % (1, 2))
print("%d" % 3.99, "%d" % -3.99, "%d" % True, "%x" % 2 ** 70, "%d" % 10 ** 30)
print("%10s|%-10s|%.2s|%10.3s|" % ("right", "left", "truncate", "abcdef"))
print("%e" % 0, "%g" % 0.00001, "%g" % 123456789, "%.10g" % (1 / 3), "%#g" % 1.0, "%#.3g" % 1.0)
print("%5.1f%%" % 99.55, "%.2f" % float("inf"), "%f" % float("nan"), "%+.2f" % -0.0, "%.3f" % 1e-10)
print("%c" % 0x1F600, "%5c|" % "x", "%-3c|" % 66)
print(b"%s and %b" % (b"bytes", b"more"), b"%d%%" % 5)
for bad in [lambda: "%d" % "s", lambda: "%s %s" % 1, lambda: "%s" % (1, 2), lambda: "%q" % 1,
            lambda: "%(key)s" % {}, lambda: "%(key)s" % 5, lambda: "%c" % "ab", lambda: "%x" % 1.5, lambda: "%" % ()]:
    try:
        bad()
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
class Obj:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
print("%s %r" % (Obj(), Obj()))
row = "%-10s %5d %8.2f"
for name, qty, price in [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 12.0)]:
    print(row % (name, qty, price))

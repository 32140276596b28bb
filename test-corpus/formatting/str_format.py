# Checks str.format: auto/explicit/named fields, attribute and index access, conversions, nested specs, braces.
print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{name}-{n}".format(name="x", n=1))
print("{0[0]} {0[1]} {1[key]} {2.real}".format([10, 20], {"key": "v"}, 5))
class P:
    def __init__(self):
        self.x = 3
        self.inner = {"deep": [1, 2, 3]}
print("{p.x} {p.inner[deep][2]}".format(p=P()))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>8}".format("q"))
print("{{literal}} {{{0}}}".format("inside"), "{}{{".format(1))
print("{:>{w}}|{:<{w}}|{:^{w}}|".format("r", "l", "c", w=5), "{:{fill}{align}{width}}".format("x", fill="*", align=">", width=4))
print("{:.{p}f}".format(3.14159, p=3), "{0:{1}}".format(42, "08b"))
print("{:d} {:5d} {:<5d}| {:^5d}| {:+d} {:x} {:#o} {:,} {:_}".format(1, 2, 3, 4, 5, 255, 8, 1234567, 1234567))
print("{:.2f} {:10.3e} {:g} {:%} {:.1%}".format(3.14159, 1234.5, 0.0001, 0.25, 0.12345))
print("{0}{1}{0}".format("ab", "-"), "{}".format(None), "{}".format([1, {2: 3}]))
d = {"a": 1, "b": 2}
print("{a} and {b}".format(**d), "{0} {1}".format(*"xy"), "{a}".format_map({"a": "mapped"}))
for bad in ["{} {}", "{0} {}", "{x}", "{0[5]}", "{:d}", "{", "}", "{0.missing}", "{!x}"]:
    try:
        print(bad.format("s") if bad != "{0[5]}" else bad.format([1]))
    except (IndexError, KeyError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
class Custom:
    def __format__(self, spec):
        return "custom(" + spec + ")"
print("{} {:abc} {!s}".format(Custom(), Custom(), "s"))
print("{:*^20}".format(" centered "), "{:=>+8}".format(42), "{:0=8}".format(-42))
print("{0:.3}".format("truncate"), "{:.3}".format(3.14159), "{:10.4}|".format("abcdefgh"))

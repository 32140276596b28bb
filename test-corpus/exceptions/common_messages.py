# Checks CPython's messages for common runtime errors, each caught and printed as "Type message".
five = 5
class Thing:
    attr = 1
def get_name():
    return undefined_name
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: get_name(),
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (1,),
    lambda: 2 * None,
    lambda: None + None,
    lambda: -"x",
    lambda: [][0],
    lambda: ()[0],
    lambda: "abc"[5],
    lambda: {}["missing"],
    lambda: {1: 2}[3],
    lambda: Thing().nope,
    lambda: Thing.nope,
    lambda: (5).real_part,
    lambda: None.attr,
    lambda: "s".foo(),
    lambda: int("x1"),
    lambda: float("abc"),
    lambda: [].pop(),
    lambda: [1, 2].index(3),
    lambda: len(5),
    lambda: five(),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: [1, 2, 3][1:2:0],
    lambda: int([]),
    lambda: chr(-1),
    lambda: chr(0x110000),
    lambda: ord("ab"),
    lambda: "a" < 1,
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: "%d" % "x",
    lambda: "%s %s" % (1,),
    lambda: "%s" % (1, 2),
    lambda: "{0} {1}".format(1),
    lambda: "{x}".format(y=1),
    lambda: sum(["a", "b"]),
    lambda: max([]),
    lambda: min(),
    lambda: divmod(1, 0),
    lambda: pow(0, -1),
    lambda: [1, 2, 3].remove(4),
    lambda: tuple(1),
    lambda: range(1.5),
    lambda: range(0, 10, 0),
    lambda: object().__missing__,
    lambda: Thing()[0],
    lambda: Thing() + 1,
    lambda: Thing() < Thing(),
    lambda: "x".join([1]),
    lambda: b"x" + "y",
    lambda: int("9" * 5000),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)

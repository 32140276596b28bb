# Checks OR patterns, as-patterns, nesting, binding order of captures, and captures in closures and class bodies.
def kind(v):
    match v:
        case 0 | 1 | 2 as small:
            return f"small {small}"
        case [x, 0] | [0, x] | (x, "zero"):
            return f"pair with zero, other {x}"
        case ([a, b] | (a, b, _)) as whole:
            return f"prefix {a},{b} of {whole}"
        case {"k": (1 | 2) as k} | {"key": k}:
            return f"k={k}"
        case str() | bytes() as text:
            return f"text {text!r}"
        case _:
            return "other"
for v in [0, 2, 3, [5, 0], [0, 6], (7, "zero"), [1, 2], (1, 2, 3), {"k": 2}, {"k": 3}, {"key": "v"}, "s", b"b", None]:
    print(repr(v), "->", kind(v))

# captures are bound in the order CPython binds them: visible through a module-level globals() view
def names_in_order(keys):
    return [k for k in keys if k.startswith("cap_")]
before = set(globals())
match [1, [2, 3], {"m": 4}]:
    case [cap_first, [cap_second, cap_third] as cap_pair, {"m": cap_map, **cap_rest}]:
        pass
print(names_in_order([k for k in globals() if k not in before]))

class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
before = set(globals())
match Pt(1, Pt(2, 3)):
    case Pt(cap_x, Pt(y=cap_iy, x=cap_ix) as cap_inner) as cap_outer:
        pass
print(names_in_order([k for k in globals() if k not in before]))
before = set(globals())
match (5, 6):
    case (cap_b, cap_a) | [cap_a, cap_b]:
        pass
print(names_in_order([k for k in globals() if k not in before]), cap_a, cap_b)

# a failed case binds nothing, even when an early sub-pattern matched
match (1, 2):
    case (never_a, 3):
        pass
    case _:
        pass
print("never_a" in globals())

# captures inside functions can be closed over; captures in a class body become attributes
def make():
    match (10, 20):
        case (a, b):
            return lambda: a + b
print(make()())
class Settings:
    match {"debug": True, "level": 3}:
        case {"debug": debug, "level": level}:
            pass
print(Settings.debug, Settings.level)

# nested match statements and matches inside loops with break/continue
for item in [1, "skip", [2, 3], "stop", 4]:
    match item:
        case "skip":
            continue
        case "stop":
            break
        case [x, y]:
            match x + y:
                case 5:
                    print("five from", x, y)
        case n:
            print("number", n)

# walrus in a guard, and a guard that raises
match 4:
    case n if (double := n * 2) > 5:
        print("double", double)
try:
    match 1:
        case n if 1 / 0:
            pass
except ZeroDivisionError as e:
    print("guard raised", e, "n =", n)

# a generator and an async function with match
def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield f"{k}={v}"
            case _:
                yield "?"
print(list(gen([("a", 1), 3, ("b", 2)])))
async def amatch(v):
    match v:
        case {"x": x}:
            return x
coro = amatch({"x": "async"})
try:
    coro.send(None)
except StopIteration as stop:
    print(stop.value)

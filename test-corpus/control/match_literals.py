# Checks match statements with literal, capture, wildcard and value patterns, guards, and match/case/_ as ordinary names.
import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2

class Limits:
    low = 0
    high = 100

def classify(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 1 + 2j:
            return "complex"
        case -2 - 3j:
            return "negative complex"
        case "hello" "!":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case Color.RED:
            return "red"
        case Limits.high:
            return "high limit"
        case int(n) if n > 1000:
            return f"big {n}"
        case str() as s if s.startswith("x"):
            return "x-string " + s
        case other:
            return f"other {other!r}"

for value in [0, 0.0, -1, 1.5, 1 + 2j, -2 - 3j, "hello!", b"raw", None, True, 1, False, Color.RED, Color.GREEN,
              100, 5000, "xyz", "abc", [1]]:
    print(repr(value), "->", classify(value))

# the subject is evaluated exactly once
calls = []
def subject():
    calls.append(1)
    return 42
match subject():
    case 1: print("one")
    case 2: print("two")
    case 42: print("forty-two")
print("subject evaluated", len(calls), "time(s)")

# guards see the captured names; a failed guard leaves them bound and falls through
match 10:
    case n if n < 5:
        print("small", n)
    case n if n < 50:
        print("medium", n)
print("n after match:", n)

# no case matches: nothing happens, captures of failed cases are not bound
match "nothing":
    case 1 | 2:
        print("never")
print("after no match")

# soft keywords stay ordinary names
match = [1, 2]
case = {"a": 1}
_ = "underscore"
print(match, case, _)
def match_fn(match, case=None):
    return match * 2
print(match_fn(3), match[0], case["a"])
match match:
    case [1, case]:
        print("case bound to", case)

# a match statement at module level binds globals, in a function locals
def local_binding(v):
    match v:
        case (a, b):
            return locals()
print(sorted(local_binding((1, 2)).items()))
match (3, 4):
    case (ga, gb):
        pass
print(ga, gb)

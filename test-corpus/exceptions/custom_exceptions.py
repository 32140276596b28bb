# Checks user-defined exceptions: args, str/repr, custom __init__ and __str__, attributes, and catching by base.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key, where="store"):
        super().__init__(key, where)
        self.key = key
        self.where = where
    def __str__(self):
        return f"{self.key!r} not found in {self.where}"
class Invalid(AppError):
    code = 400
for exc in [AppError(), AppError("msg"), AppError("a", 2), NotFound("k"), NotFound("x", "cache"), Invalid("bad input")]:
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)
try:
    raise NotFound("user42")
except AppError as e:
    print("caught as AppError:", e, e.key, e.where, isinstance(e, NotFound))
try:
    raise Invalid
except Invalid as e:
    print("raised class:", repr(e), e.code, e.args)
class WithData(ValueError):
    def __init__(self, message, data):
        super().__init__(message)
        self.data = data
try:
    raise WithData("bad data", {"x": 1})
except ValueError as e:
    print(e, e.data, e.args)
e = ValueError("one")
e.args = ("changed", 2)
print(str(e), repr(e))
print(str(KeyError("k")), str(KeyError("k", "j")), str(KeyError()), repr(KeyError("k")))
print(str(Exception(None)), repr(Exception(None)), str(Exception("")), str(Exception(1, None)))
class NoArgsInit(Exception):
    def __init__(self):
        super().__init__()
try:
    raise NoArgsInit()
except NoArgsInit as e:
    print("NoArgsInit:", repr(e), repr(str(e)))
def risky(n):
    if n == 1:
        raise NotFound(n)
    if n == 2:
        raise Invalid(f"invalid {n}")
    return n
for n in range(3):
    try:
        print("ok", risky(n))
    except NotFound as e:
        print("not found:", e)
    except AppError as e:
        print("app error:", type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise object
except TypeError as e:
    print("TypeError:", e)

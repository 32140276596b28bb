# Checks raise ... from, __cause__, __context__, __suppress_context__, raise from None, and implicit chaining.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {text!r}") from e
try:
    parse("abc")
except RuntimeError as e:
    print("caught:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__, "suppress:", e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("during handling")
except ValueError as e:
    print("implicit context:", repr(e.__context__), "cause:", e.__cause__, "suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise LookupError("clean") from None
except LookupError as e:
    print("from None:", e, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    raise TypeError("direct") from ValueError("explicit cause")
except TypeError as e:
    print("explicit:", e, repr(e.__cause__), e.__context__)
try:
    raise IndexError("cls cause") from KeyError
except IndexError as e:
    print("class as cause:", repr(e.__cause__))
try:
    raise ValueError from None
except ValueError as e:
    print("bare class:", repr(e), e.args, e.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
def chain_depth(e):
    depth = 0
    while e is not None:
        depth += 1
        e = e.__cause__ or e.__context__
    return depth
try:
    try:
        try:
            raise OSError("level 1")
        except OSError as e1:
            raise KeyError("level 2") from e1
    except KeyError:
        raise AttributeError("level 3")
except AttributeError as e:
    print("chain depth:", chain_depth(e), [type(x).__name__ for x in (e, e.__context__, e.__context__.__cause__)])
e = RuntimeError("manual")
e.__cause__ = ValueError("attached")
print(e.__suppress_context__, repr(e.__cause__))
try:
    raise e
except RuntimeError as caught:
    print(caught is e, repr(caught.__cause__))

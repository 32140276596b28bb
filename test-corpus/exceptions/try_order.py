# Checks the order of try/except/else/finally with and without exceptions, returns, breaks and continues.
def run(raise_it):
    print("-- run", raise_it)
    try:
        print("try")
        if raise_it:
            raise ValueError("boom")
        print("try end")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
    print("after")
run(False)
run(True)
def ret_in_try():
    try:
        return "try value"
    finally:
        print("finally before return")
print(ret_in_try())
def ret_in_finally():
    try:
        return "try value"
    finally:
        return "finally value"
print(ret_in_finally())
def finally_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "finally swallowed the exception"
print(finally_swallows())
def except_returns():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally after except return")
print(except_returns())
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("loop body", i)
    finally:
        print("loop finally", i)
def nested():
    try:
        try:
            raise TypeError("inner")
        except ValueError:
            print("wrong handler")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
    else:
        print("no else")
nested()
def multiple(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup: " + type(e).__name__
    except ArithmeticError as e:
        return "arith: " + type(e).__name__
    except Exception as e:
        return "other: " + type(e).__name__
print(multiple(KeyError()), multiple(IndexError()), multiple(OverflowError()), multiple(ValueError()))
def counter():
    count = 0
    try:
        count += 1
        return count
    finally:
        count += 100
        print("finally sees", count)
print(counter())
try:
    pass
except Exception:
    print("never")
else:
    print("else of empty try")
finally:
    print("finally of empty try")

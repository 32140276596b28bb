# Checks bare raise re-raising the current exception, exception variable deletion after except, and sys.exc_info.
import sys
def log_and_reraise():
    try:
        [][1]
    except IndexError as e:
        print("logging", type(e).__name__, e)
        raise
try:
    log_and_reraise()
except IndexError as e:
    print("reraised", e)
try:
    raise ValueError("bound")
except ValueError as err:
    print("inside", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)
print(sys.exc_info())
try:
    raise KeyError("info")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, v.args)
print(sys.exc_info()[0])
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def nested_reraise():
    try:
        raise TypeError("first")
    except TypeError:
        try:
            raise ValueError("second")
        except ValueError:
            pass
        raise
try:
    nested_reraise()
except TypeError as e:
    print("still the first:", e)
def reraise_other():
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    raise saved
try:
    reraise_other()
except ZeroDivisionError as e:
    print("saved and raised later:", e)
e = None
try:
    raise OSError("shadow")
except OSError as e:
    pass
print("e after except:", "e" in dir())

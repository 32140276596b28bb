# Checks the built-in exception hierarchy: base classes, catching by base class, and __mro__ names.
def chain(cls):
    return " -> ".join(c.__name__ for c in cls.__mro__)
for cls in [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, NameError, UnboundLocalError,
            AttributeError, RecursionError, StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit,
            ModuleNotFoundError, FileNotFoundError, NotImplementedError, OverflowError, AssertionError,
            UnicodeDecodeError, UnicodeEncodeError, LookupError, ArithmeticError, RuntimeError, OSError,
            StopAsyncIteration, FloatingPointError, IsADirectoryError, PermissionError, TimeoutError,
            EOFError, MemoryError, SyntaxError, IndentationError, TabError, UserWarning, DeprecationWarning]:
    print(chain(cls))
print(issubclass(KeyError, LookupError), issubclass(SystemExit, Exception), issubclass(Exception, BaseException))
print(IOError is OSError, EnvironmentError is OSError)
for exc in [ZeroDivisionError("z"), KeyError("k"), IndexError("i"), UnicodeError("u")]:
    try:
        raise exc
    except ArithmeticError as e:
        print("ArithmeticError caught", type(e).__name__)
    except LookupError as e:
        print("LookupError caught", type(e).__name__)
    except Exception as e:
        print("Exception caught", type(e).__name__)
try:
    raise SystemExit(0)
except Exception:
    print("not reached")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
print(isinstance(ValueError(), Exception), isinstance(KeyboardInterrupt(), Exception))

# try/except* (PEP 654): splitting groups by clause, naked exceptions wrapped, re-raised parts
# kept in the original's shape, new exceptions grouped with them, type checks, else/finally.
import traceback
def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), getattr(e, 'exceptions', None))
    else:
        print('no exception')

def t1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("caught", repr(e))
    except* TypeError as e:
        print("caught", repr(e))
show(t1)

def t2():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("caught", repr(e))
show(t2)

def t3():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("caught", repr(e), type(e).__name__)
        raise
show(t3)

def t4():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("no")
show(t4)

def t5():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError("new")
show(t5)

def t6():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(4)])])
    except* ValueError:
        raise
    except* TypeError as e:
        print("T", repr(e))
show(t6)

def t7():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise e
show(t7)

def t8():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ExceptionGroup:
            pass
    except TypeError as e:
        print("TypeError", e)
show(t8)

def t9():
    try:
        pass
    except* ValueError:
        pass
    else:
        print("else")
    finally:
        print("finally")
show(t9)

def t10():
    import sys
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* (ValueError, OSError) as e:
        print(repr(sys.exc_info()[1]), sys.exc_info()[1] is e)
show(t10)

def t11():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError(1)
    except* TypeError:
        raise KeyError(2)
show(t11)

def t12():
    try:
        raise KeyboardInterrupt()
    except* KeyboardInterrupt as e:
        print(type(e).__name__)
show(t12)
def t13():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* int:
        pass
show(t13)

def t14():
    def gen():
        try:
            yield 1
            raise ExceptionGroup("g", [ValueError("in generator")])
        except* ValueError as e:
            yield repr(e)
    print(list(gen()))
show(t14)

def t15():
    for i in range(2):
        try:
            raise ExceptionGroup("loop", [ValueError(i)])
        except* ValueError as e:
            print("loop", i, repr(e.exceptions))
    else:
        print("loop done")
show(t15)

def t16():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        e.add_note("noted")
        raise
    except* TypeError:
        pass
show(t16)

# an unhandled part ends the program: the group traceback format
def inner():
    raise ValueError("inner")
def f():
    excs = []
    for i in range(3):
        try:
            if i == 2:
                inner()
            raise TypeError(f"t{i}")
        except Exception as e:
            excs.append(e)
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("outer", [ExceptionGroup("nested", excs), OSError("o")])
f()

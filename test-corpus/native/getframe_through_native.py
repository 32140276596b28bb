# frames of natively compiled callers are on the frame stack when they call back into Python code
import sys
import traceback


def inner():
    caller = sys._getframe(1)
    return caller.f_code.co_name, caller.f_lineno - caller.f_code.co_firstlineno, sys._getframe(2).f_code.co_name


def outer(x):
    return inner()


def outermost(n):
    total = 0
    for i in range(n):
        total += i
    return outer(total)


for _ in range(4):
    print(outer(1), outermost(10))


def stack_names():
    return [f.name for f in traceback.extract_stack()][-4:]


def middle(k):
    return stack_names()


def top(k):
    return middle(k + 1)


for _ in range(3):
    print(top(1))

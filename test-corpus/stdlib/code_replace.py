# code.replace(**changes) as CPython 3.11: new names, file, line, constants, flags (types.coroutine); errors for bad keywords
def f(a, b=2, *, c=3):
    x = a + b + c
    print("f", x, "kw", dict(k=1))
    return "const", x

co = f.__code__
g = co.replace(co_name="g", co_filename="other.py", co_firstlineno=100, co_qualname="G")
print(g.co_name, g.co_qualname, g.co_filename, g.co_firstlineno, g is not co)
f.__code__ = g
print(f(1))
print(f.__code__.co_name)
consts = tuple("CONST" if c == "const" else c for c in co.co_consts)
f.__code__ = co.replace(co_consts=consts)
print(f(1))
print(co.replace() == co or True, co.replace().co_varnames == co.co_varnames)
try:
    co.replace(co_bogus=1)
except TypeError as e:
    print("TypeError", e)
try:
    co.replace(1)
except TypeError as e:
    print("TypeError", e)
try:
    co.replace(co_name=1)
except TypeError as e:
    print("TypeError", e)
import types
print(isinstance(co.co_code, bytes), isinstance(co.co_linetable, bytes), isinstance(co.co_exceptiontable, bytes))
print(co.replace(co_code=co.co_code).co_name)
lines = [l for (_, _, l) in co.co_lines() if l is not None]
print(min(lines) >= co.co_firstlineno, max(lines) <= co.co_firstlineno + 3)
@types.coroutine
def gen():
    yield 1
print(gen.__code__.co_flags & 0x100 != 0, list(gen()))
print(co.co_nlocals, co.co_argcount, co.co_kwonlyargcount, co.co_varnames)
print(co.replace(co_varnames=("p", "q", "r", "s")).co_varnames)
import traceback
def h():
    raise ValueError("inside")
h.__code__ = h.__code__.replace(co_filename="renamed.py", co_name="renamed")
try:
    h()
except ValueError:
    for fs in traceback.extract_tb(__import__("sys").exc_info()[2]):
        print(fs.filename.rsplit("/", 1)[-1], fs.name)

# Subclasses of the io file types: instances have the subclass's type, methods and attributes,
# and a subclass __init__ that calls the base's with other arguments works (CPython sets these
# objects up in __init__); one that never does leaves an object every operation refuses.
import io
class T(io.TextIOWrapper): pass
t = T(io.BytesIO()); print(type(t).__name__)
class S(io.StringIO):
    def __init__(self, x):
        super().__init__("init:" + x)
print(S("a").getvalue(), type(S("a")).__name__)
class B(io.BytesIO):
    def __init__(self, n):
        super().__init__(b"x" * n)
print(B(3).getvalue())
class W(io.BufferedWriter):
    def __init__(self):
        super().__init__(io.BytesIO())
w = W(); w.write(b"hi"); print(type(w).__name__)
class R(io.BufferedReader):
    def __init__(self, data):
        super().__init__(io.BytesIO(data))
print(R(b"abc").read())
class TW(io.TextIOWrapper):
    def __init__(self, initial=''):
        super().__init__(io.BufferedWriter(io.BytesIO(initial.encode())), 'utf-8', newline='\n')
tw = TW('q'); tw.write('hello'); tw.flush(); print(tw.buffer.raw.getvalue(), type(tw).__name__)

class Lazy(io.BufferedReader):
    def __init__(self):
        pass
try:
    Lazy().read()
except ValueError as e:
    print("ValueError", e)
class Counting(io.TextIOWrapper):
    writes = 0
    def write(self, s):
        Counting.writes += 1
        return super().write(s)
c = Counting(io.BytesIO(), encoding="utf-8")
print(c.write("abc"), c.write("de"), Counting.writes, isinstance(c, io.TextIOWrapper), c.encoding)
r = R(b"xyz")
print(type(W().raw).__name__, r.raw.getvalue())

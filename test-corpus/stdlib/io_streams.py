# io: StringIO and BytesIO as files, TextIOWrapper over BytesIO, custom RawIOBase subclasses under BufferedReader, the class hierarchy.
import io
import sys

s = io.StringIO()
print(s.write("hello\n"), s.write("wörld 😀\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(2)
s.write("LL")
print(repr(s.getvalue()), s.truncate(4), repr(s.getvalue()), s.tell())
print(list(io.StringIO("a\nb\r\nc")), io.StringIO("x\ny\n").readlines())
print(repr(io.StringIO("a\r\nb\rc\n", newline=None).getvalue()), io.StringIO("a\r\nb\rc", newline="").readlines())
print(repr(io.StringIO("a\nb", newline="\r\n").getvalue()))
with io.StringIO("ctx") as f:
    print(f.read(), f.closed)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
for bad in [lambda: io.StringIO(b"x"), lambda: io.StringIO("ab").seek(1, 1), lambda: io.StringIO().write(3), lambda: io.StringIO(newline="x")]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)

b = io.BytesIO(b"line one\nline two\nlast")
print(b.read(4), b.readline(), b.readlines(), b.read(), b.tell())
b.seek(-4, 2)
print(b.read(), b.seek(0), b.write(b"LINE"), b.getvalue())
b.seek(30)
b.write(b"!")
print(b.getvalue(), len(b.getvalue()), b.truncate(10), b.getvalue())
buf = bytearray(5)
b.seek(0)
print(b.readinto(buf), buf, list(io.BytesIO(b"x\ny")))

raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
w.write("héllo\nwörld\n")
w.flush()
print(raw.getvalue(), w.encoding, w.buffer is raw)
r = io.TextIOWrapper(io.BytesIO("ça va\nbien\n".encode("utf-8")), encoding="utf-8")
print(r.readline(), r.read())

class Counter(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.reads = 0
    def readable(self):
        return True
    def readinto(self, b):
        self.reads += 1
        n = min(len(b), len(self.data) - self.pos, 4)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

c = Counter(b"alpha\nbeta\ngamma\n")
print(c.read(3), c.readline(), c.readall(), c.read())
br = io.BufferedReader(Counter(b"one\ntwo\nthree\n"))
print(br.readline(), list(br), br.read())
print(isinstance(sys.stdout, io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.TextIOBase))
print(issubclass(io.FileIO, io.RawIOBase), isinstance(c, io.IOBase), io.DEFAULT_BUFFER_SIZE, io.SEEK_END)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
try:
    io.BytesIO().fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
path = "io_streams_tmp.bin"
with io.open(path, "wb") as fb:
    fb.write(b"\x00\x01binary")
with io.FileIO(path) as fio:
    print(type(fio).__name__, fio.read(2), fio.readall())
with open(path, "rb") as fb2:
    tw = io.TextIOWrapper(fb2, encoding="latin-1")
    print(repr(tw.read()))
import os
os.remove(path)

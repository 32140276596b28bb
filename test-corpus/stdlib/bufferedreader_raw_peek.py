# io.BufferedReader over a Python raw stream: raw is that object, peek() shows the buffer without
# consuming it (gzip reads its member's mtime through .raw); memoryview.cast with keywords; gzip round trip
import gzip
import io


class Chunks(io.RawIOBase):
    def __init__(self, chunks):
        self.chunks = list(chunks)
        self.last = None

    def readable(self):
        return True

    def readinto(self, b):
        if not self.chunks:
            return 0
        c = self.chunks.pop(0)
        self.last = c
        b[:len(c)] = c
        return len(c)


r = Chunks([b"abc", b"defg"])
f = io.BufferedReader(r)
print(f.raw is r, f.peek(), f.read(2), f.peek(1), f.read(3), f.raw.last, f.read())
fio = io.FileIO(__file__)
with io.BufferedReader(fio) as g:
    print(g.raw is fio, g.peek(4)[:4], g.read(4))
print(memoryview(b"abcdef").cast(format="B", shape=[2, 3]).tolist())
data = gzip.compress(b"hello gzip" * 3, mtime=1234567)
with gzip.GzipFile(fileobj=io.BytesIO(data)) as z:
    print(z.peek(5)[:5], z.read(), z.mtime)

# zlib one-shot and streaming compression in the zlib, raw and gzip formats, checksums, error messages; gzip on top
import zlib, gzip, io
data = b"hello world " * 100 + bytes(range(256))
for lvl in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, lvl)
    print(lvl, len(c), c[:2].hex(), zlib.decompress(c) == data)
for wb in (15, -15, 31):
    c = zlib.compress(data, 6, wb)
    print(wb, len(c), c[:12].hex(), zlib.decompress(c, wb) == data)
print(zlib.decompress(zlib.compress(data, wbits=31), 47) == data, zlib.decompress(zlib.compress(data), 47) == data)
print(zlib.compress(b"hello"), zlib.compress(b"hello", wbits=31), zlib.compress(b"hello", 9, -15))
print(zlib.crc32(b"hello"), zlib.adler32(b"hello"), zlib.adler32(b"hello", 5), zlib.crc32(b"x", 7), zlib.crc32(b""), zlib.adler32(b""))
co = zlib.compressobj(9, zlib.DEFLATED, -15)
parts = [co.compress(data[:500]), co.compress(data[500:]), co.flush()]
raw = b"".join(parts)
do = zlib.decompressobj(-15)
out = do.decompress(raw + b"TRAILING", 100)
print(len(out), len(do.unconsumed_tail), do.eof)
out += do.decompress(do.unconsumed_tail)
print(out == data, do.eof, do.unused_data)
d = zlib.decompressobj()
s = zlib.compress(data)
res = b"".join(d.decompress(s[i:i+7]) for i in range(0, len(s), 7))
print(res == data, d.eof, d.unused_data, d.flush())
g = zlib.compress(data, wbits=31)
d = zlib.decompressobj(31)
res = b"".join(d.decompress(g[i:i+3]) for i in range(0, len(g), 3))
print(res == data, d.eof)
c = zlib.compressobj(); s0 = c.compress(b"abc"); s1 = c.flush(zlib.Z_SYNC_FLUSH); print(s1[-4:].hex()); s2 = c.compress(b"def") + c.flush()
print(zlib.decompress(s0 + s1 + s2))
for f in [lambda: zlib.compress(b'x', wbits=5), lambda: zlib.compress(b'x', 12), lambda: zlib.compressobj(wbits=99),
          lambda: zlib.decompress(b'x', wbits=5), lambda: zlib.decompressobj(wbits=99), lambda: zlib.compress('s'),
          lambda: zlib.decompress(zlib.compress(b'a',wbits=31)[:-2], 31), lambda: zlib.decompress(zlib.compress(b'a',wbits=31)[:-5]+b'\0\0\0', 31),
          lambda: zlib.decompress(zlib.compress(b'a',wbits=31), 15), lambda: zlib.decompress(zlib.compress(b'a'), 31),
          lambda: zlib.decompress(zlib.compress(b'abcdef')[:-2]+b'\0\0'), lambda: zlib.decompress(b'abc'),
          lambda: zlib.decompress(zlib.compress(b'hello')[:-3]), lambda: zlib.decompress(b'x\x9c\xff\xff')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
c = zlib.compressobj(); c.compress(b'a'); c.flush()
try: c.compress(b'b')
except zlib.error as e: print(e)
try: c.flush()
except zlib.error as e: print(e)
print(zlib.error.__mro__, zlib.MAX_WBITS, zlib.Z_FINISH)
z = gzip.compress(data, mtime=0)
print(z[:10].hex(), gzip.decompress(z) == data, gzip.decompress(z + z) == data * 2)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(b"line one\n")
    f.write(b"line two\n" * 3)
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.readlines())
zd = b"hello world"
c = zlib.compressobj(zdict=zd); z = c.compress(b"hello world hello") + c.flush()
d = zlib.decompressobj(zdict=zd); print(d.decompress(z))

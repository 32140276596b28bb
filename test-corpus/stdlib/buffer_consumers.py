# Arrays and memoryviews fed to hash objects, zlib streams and buffered files
import hashlib, zlib, array, _sha256, _md5, io
a = array.array('H', [1, 2, 3])
h = hashlib.sha256(); h.update(a); h.update(memoryview(b'xy')); print(h.hexdigest())
print(_md5.md5(a).hexdigest(), _sha256.sha256(bytearray(b'q')).hexdigest()[:16])
c = zlib.compressobj(); d = c.compress(a) + c.flush(); print(zlib.decompress(memoryview(d)) == a.tobytes())
do = zlib.decompressobj(); print(do.decompress(array.array('B', d)) == a.tobytes())
print(zlib.adler32(a), zlib.crc32(memoryview(a)))
raw = io.BytesIO(); b = io.BufferedWriter(raw); b.write(a); b.flush(); print(raw.getvalue())
r = io.BufferedReader(io.BytesIO(b'abcdefgh')); buf = array.array('b', [0] * 4); print(r.readinto(buf), buf)

# The buffer protocol: memoryview, bytearray, array accepted by struct, hashlib, zlib, binascii, base64, re, files, bytes.join
import struct, hashlib, zlib, binascii, base64, io, re
import os, tempfile
path = os.path.join(tempfile.mkdtemp(), "buf.bin")
m = memoryview(b'hello world')
print(bytes(m[1:3]), bytearray(m), b'-'.join([m[:2], bytearray(b'x')]))
ba = bytearray(8)
struct.pack_into('<i', memoryview(ba), 2, -5)
print(ba, struct.unpack_from('<i', memoryview(ba), 2), list(struct.iter_unpack('<h', memoryview(ba))))
print(hashlib.sha1(m).hexdigest(), hashlib.md5(bytearray(b'a')).hexdigest())
print(zlib.crc32(m), binascii.hexlify(m), base64.b64encode(m))
print(re.findall(rb'o', m), re.match(rb'h', bytearray(b'hi')))
f = io.BytesIO(); f.write(m); print(f.getvalue())
buf = bytearray(3); io.BytesIO(b'abcdef').readinto(memoryview(buf)); print(buf)
mv = memoryview(bytearray(b'abcd')).cast('H'); print(mv.tolist(), mv.format, mv.itemsize, mv.shape)
for bad in ('s', 1):
    for fn in (lambda: struct.unpack_from('b', bad), lambda: b''.join([bad]), lambda: memoryview(bad), lambda: zlib.crc32(bad), lambda: hashlib.sha1(bad)):
        try: fn()
        except TypeError as e: print(e)
try: struct.pack_into('b', b'x', 0, 1)
except TypeError as e: print(e)
with open(path, 'wb') as w: w.write(memoryview(b'xyz')[1:])
with open(path, 'rb') as r:
    b = bytearray(5); print(r.readinto(b), b)
with open(path, 'rb', buffering=0) as r:
    b = bytearray(5); print(r.readinto(memoryview(b)), b)
print(memoryview(b'ab') == b'ab', memoryview(bytearray(b'\x01\x00')).cast('h') == memoryview(b'\x01\x00').cast('h'))
print(b'%b' % memoryview(b'zz'), int.from_bytes(memoryview(b'\x01\x02'), 'big'))
import array
a = array.array('i', [1, 2, 3])
print(bytes(a), bytearray(a), memoryview(a).tolist(), b'+'.join([a, b'x']), hashlib.md5(a).hexdigest())
print(struct.unpack_from('<ii', a, 4), zlib.crc32(a), binascii.hexlify(a))
struct.pack_into('<i', a, 0, 42); print(a)
with open(path, 'wb') as w: w.write(a)
with open(path, 'rb') as r:
    back = array.array('i', [0, 0, 0]); print(r.readinto(back), back)
os.remove(path)
import binascii, hashlib
m = memoryview(bytearray(b'noncontig'))[::-2]
print(bytes(m), m.tobytes(), m.tolist(), m.contiguous, memoryview(m).contiguous, memoryview(b'ab')[::2].contiguous)
for f in (binascii.b2a_hex, hashlib.md5, ):
    try: f(m)
    except BufferError as e: print(e)
print(b"".join([memoryview(b"ab")]))
try: m.cast('B')
except TypeError as e: print(e)

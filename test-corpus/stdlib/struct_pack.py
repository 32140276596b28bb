# struct and binascii/base64: pack/unpack round trips in every byte order, alignment, Struct objects, pack_into, iter_unpack, errors; base64/hex/crc32.
import base64
import binascii
import struct

for fmt in ["<i", ">i", "=H", "!q", "<Q", "@l", "<f", ">d", "<e", "?", "c", "5s", "4p", "3x"]:
    print(fmt, struct.calcsize(fmt))
values = (1, -2, 3, 4.5, b"ab", True)
for order in "<>=!@":
    fmt = order + "bhiq d 2s ?"
    packed = struct.pack(fmt, *values[:4], values[3], b"ab", True) if False else struct.pack(fmt, 1, -2, 3, -4, 4.5, b"ab", True)
    print(order, struct.calcsize(fmt), packed.hex(), struct.unpack(fmt, packed))
print(struct.pack("<I", 0xDEADBEEF), struct.unpack(">I", b"\xde\xad\xbe\xef"), struct.unpack("<Q", b"\xff" * 8), struct.unpack("<q", b"\xff" * 8))
print(struct.pack(">h", -1), struct.pack("<H", 65535), struct.pack("b", -128), struct.unpack("<f", struct.pack("<f", 0.1)), struct.pack(">e", -2.5))
rec = struct.Struct("<4sIh")
data = rec.pack(b"HDR1", 123456, -7)
print(rec.size, rec.format, data, rec.unpack(data), rec.unpack_from(b"xx" + data, 2))
buf = bytearray(12)
struct.pack_into("<HH", buf, 4, 1, 2)
rec2 = struct.Struct(">I")
rec2.pack_into(buf, 8, 0x01020304)
print(buf, list(struct.iter_unpack("<H", b"\x01\x00\x02\x00\x03\x00")))
print(struct.pack("10p", b"pascal"), struct.unpack("10p", struct.pack("10p", b"pascal")), struct.pack("3s", b"toolong"), struct.pack("c?", b"x", 0))
for bad in [lambda: struct.pack("h", 40000), lambda: struct.pack("<B", 256), lambda: struct.pack("i", 1.5), lambda: struct.pack("ii", 1),
            lambda: struct.unpack("i", b"abc"), lambda: struct.calcsize("z"), lambda: struct.pack("c", b"ab"), lambda: struct.pack("<I", -1)]:
    try:
        bad()
    except struct.error as e:
        print("struct.error:", e)
print(base64.b64encode(b"hello world"), base64.b64decode(b"aGVsbG8gd29ybGQ="), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"abc"))
print(base64.b16encode(b"\x01\xab"), base64.b85encode(b"data"), base64.a85encode(b"data"), base64.b64decode("YWJj"), base64.standard_b64decode(b"YQ=="))
try:
    base64.b64decode(b"abc")
except binascii.Error as e:
    print("binascii.Error:", e)
print(binascii.hexlify(b"\x00\xff"), binascii.hexlify(b"abcdef", "-", 2), binascii.unhexlify("00ff"), binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(binascii.b2a_base64(b"x"), binascii.a2b_base64(b"eA==\n"), binascii.crc_hqx(b"abc", 0), bytes.fromhex("de ad").hex(":"))

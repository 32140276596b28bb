# struct: half floats rounded once (half to even), Pascal strings longer than 255, negative unpack_from
# offsets, embedded NULs in formats, iter_unpack's length hint
import operator
import struct

for x in [1.0, -2.0, 65504.0, 0.333251953125, 1.0009765625 + 2 ** -12, 1.0009765625 + 2 ** -11, 2 ** -24, 2 ** -25,
          3 * 2 ** -26, -0.0, 6.1e-05, 65519.99, float("inf")]:
    b = struct.pack("<e", x)
    print(x, b, struct.unpack("<e", b)[0])
for bad in [65520.0, 1e300]:
    try:
        struct.pack("<e", bad)
    except OverflowError as e:
        print("OverflowError", e)
for code in ["p", "2p", "5p", "300p"]:
    packed = struct.pack(code, b"x" * 280)
    print(code, packed[:4], len(packed), len(struct.unpack(code, packed)[0]))
buf = bytearray(10)
for off in [-2, -11, -4]:
    try:
        print(struct.unpack_from("<I", buf, off))
    except struct.error as e:
        print("error", e)
for fmt in ["\0", "2\0i", b"\0"]:
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print("error", e)
it = struct.Struct(">IB").iter_unpack(bytes(range(1, 16)))
print(operator.length_hint(it), next(it), operator.length_hint(it), list(it), operator.length_hint(it))

# Checks iterating and building bytes: ints from iteration, bytes from generators, checksums, hexdump.
data = bytes(range(0, 256, 17))
print(data, len(data))
for i, byte in enumerate(data[:4]):
    print(i, byte, hex(byte), chr(byte) if 32 <= byte < 127 else ".")
checksum = 0
for byte in b"The quick brown fox":
    checksum = (checksum * 31 + byte) % 65521
print("checksum", checksum)
print(bytes(x ^ 0x20 for x in b"Hello World"))
print(bytes(reversed(b"abc")), b"abc"[::-1] == bytes(reversed(b"abc")))
print(list(zip(b"ab", b"xy")), [a + b for a, b in zip(b"\x01\x02", b"\x10\x20")])
def hexdump(blob, width=8):
    for off in range(0, len(blob), width):
        chunk = blob[off:off + width]
        hexpart = " ".join("%02x" % c for c in chunk)
        text = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
        print("%04x  %-*s  %s" % (off, width * 3 - 1, hexpart, text))
hexdump(b"Hello, bytes!\x00\x01\x02\xfe\xff tail")
enc = "naïve café".encode()
print(enc, len(enc), [b for b in enc if b > 127])
print(b"".join(bytes([c]) for c in range(97, 100)), bytes(map(ord, "xyz")))
print(max(b"hello"), min(b"hello"), b"hello".index(108), 108 in b"hello", 255 in b"hello")
try:
    300 in b"hello"
except ValueError as e:
    print("ValueError:", e)
print(int.from_bytes(b"\x01\x00", "little"), (513).to_bytes(2, "big"), list((513).to_bytes(2, "little")))
print(sorted(set(b"mississippi")), bytes(sorted(set(b"mississippi"))))

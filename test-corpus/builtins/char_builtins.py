# Checks chr, ord, hex, oct, bin, format, ascii, repr on chars and code points across the Unicode range.
for cp in [0, 9, 10, 32, 65, 97, 126, 127, 160, 233, 960, 8364, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF]:
    c = chr(cp)
    print(cp, hex(cp), repr(c), ascii(c), ord(c) == cp, len(c))
print(ord("A"), ord("é"), ord("€"), ord("😀"), ord("\n"), ord(b"A"), ord(bytes([200])))
print("".join(chr(i) for i in range(ord("a"), ord("z") + 1)))
print([chr(c) for c in range(0x3b1, 0x3b6)], [hex(ord(c)) for c in "Hi!"])
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar)
for bad in [lambda: ord(""), lambda: ord("ab"), lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: ord(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(hex(0), hex(16), hex(-16), oct(0), oct(64), bin(0), bin(1), bin(-1), bin(10))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "08b"), format(8, "o"), format(65, "c"))
print(format(3.14159, ".2f"), format(1234567, ","), format(0.25, "%"), format("s", ">3"), format(42), format(None))
print(ascii("plain"), ascii("ü"), ascii(["é", 1]), ascii({"ключ": "значение"}), ascii(b"\xff"))
print(repr("\x00\x1f\x7f\x80\xff"), ascii("\x00\x1f\x7f\x80\xff"))
print([chr(ord("a") + i) for i in range(0, 26, 5)], "".join(chr(0x41 + i) for i in range(3)))
print(ord(max("hello")), chr(ord(min("hello"))), sorted("Zebra", key=ord), sorted("Zebra", key=str.lower))
print(bin(ord("A"))[2:].zfill(8), int("01000001", 2), chr(int("01000001", 2)))

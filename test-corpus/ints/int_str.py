# Checks int <-> str conversions, repr, formatting of negative and big ints, and digit sums.
for n in [0, 7, -7, 10, 255, -256, 2 ** 31, -(2 ** 31), 2 ** 64 + 1, -(10 ** 25)]:
    print(str(n), repr(n), hex(n), oct(n), bin(n)[:12], len(str(n)))
print(str(1_000) + str(2_000))
print("%d|%5d|%-5d|%05d|%+d" % (42, 42, 42, 42, 42))
print(f"{12345678:,} {12345678:_} {255:x} {255:#X} {5:08b} {-5:+04d}")
print(format(10 ** 20, ","), format(-(10 ** 20), "_x"))
n = 2 ** 200
digits = str(n)
print(digits)
print(sum(int(c) for c in digits), digits.count("7"), digits[::-1][:10])
print(int(digits[::-1]) % 97)
print(int(str(-12)) * 2, int(repr(10 ** 20)) == 10 ** 20)
words = {0: "zero", 1: "one", 2: "two", 3: "three"}
print([words[int(c)] for c in str(1203)])
print(ascii(123), str(-0), f"{-0}", f"{0:+}")
print(chr(ord("0") + 7), ord("9") - ord("0"))
print(list(map(int, "1 22 333".split())))
print(" ".join(str(i * i) for i in range(12)))
print(str(12).zfill(5), str(-12).zfill(5), str(12).rjust(5, "*"))
print(int("1" * 50) * 9 + 1 == 10 ** 50)

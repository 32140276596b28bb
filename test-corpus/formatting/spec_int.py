# Checks format specs for ints: fill/align, sign, #, 0, width, grouping with , and _, and types d x X o b c n.
values = [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 40]
for v in values:
    print(f"[{v:d}] [{v:8d}] [{v:<8d}] [{v:^8d}] [{v:>8d}] [{v:+d}] [{v: d}] [{v:-d}]")
for v in values:
    print(f"[{v:x}] [{v:X}] [{v:#x}] [{v:#X}] [{v:o}] [{v:#o}] [{v:b}] [{v:#b}]")
for v in values:
    print(f"[{v:,}] [{v:_}] [{v:_x}] [{v:_b}] [{v:012,}] [{v:0=+10}] [{v:*^+12,}] [{v:08}]")
print(f"[{65:c}] [{0x1F600:c}] [{97:>3c}] [{1234:n}]")
print(f"[{True:d}] [{False:5}] [{True}] [{True:>6}]")
print(format(42, "=+6"), format(42, "+06"), format(-42, "06"), format(42, "#010x"), format(-42, "#010b"))
print(format(10 ** 20, ","), format(-(10 ** 20), "_"), format(2 ** 64, "x"), format(12, "e"), format(12, ".2f"), format(7, "%"))
for bad in ["s", ",b", "_c", "+c", ".2d", "=s", "z"]:
    try:
        format(5, bad)
    except ValueError as e:
        print(f"{bad!r}: ValueError: {e}")
print(f"[{42:*<8}] [{42:*>8}] [{42:*^8}] [{-42:*=8}] [{42:#<8x}] [{255:_>#12b}]")
print(f"[{123456789:>15,}] [{123456789:<15_}] [{-123456789:^+15,}] [{0:,}] [{-1:_}]")
print(f"[{10:#o}] [{10:#b}] [{10:#X}] [{-10:#x}] [{0:#x}] [{0:#b}] [{0:#o}]")
print(format(1234, "010,"), format(-1234, "010,"), format(1234, "+010_"), format(12345678, "020_b"))
print([format(n, "03d") for n in range(-2, 3)], [format(n, "+") for n in (0, 5, -5)])

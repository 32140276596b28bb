# Checks f-strings: expressions, nested fields, !r/!s/!a, = debugging, format specs, nested quotes, and braces.
name, value, items = "pyjit", 3.14159, [1, 2, 3]
print(f"{name} {value} {items}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{value:.2f} {value:10.3f}| {value:<10.1e}|")
print(f"{len(items) * 2} {items[-1]} {items[1:]} {sum(items) / len(items):.2f}")
print(f"{name.upper()} {name[::-1]} {', '.join(map(str, items))}")
print(f"{'yes' if value > 3 else 'no'} {value if value < 0 else -value}")
d = {"key": "val", "n": 5}
print(f"{d['key']} {d['n'] + 1} {d}")
print(f"{{literal braces}} {{{name}}} {{}}")
width, precision = 10, 3
print(f"[{value:{width}.{precision}f}] [{value:>{width}}] [{name:^{width}}]")
print(f"{value=} {name=} {len(items)=} {value=:.2f} {name=!s} {items[0] + 1 = }")
x = 7
print(f"{x=}, {x = }, {x*2=}, {x!r:>5}|, {x:#x}")
print(f"{3 + 4}", f"{(lambda a: a * 2)(5)}", f"{[i * i for i in range(4)]}", f"{ {1: 2} }")
print(f"{'nested ' + f'{x:03d}'}", f"{f'{x}'}", f"""{f'''{f"{x:>3}"}'''}""")
print(f"multi" f"ple {x}" " plain")
print(f"""triple
{name}""")
print(f"{name:>{width}}|{name:<{width}}|")
print(rf"\n{x}", fr"{x}\t")
class Temp:
    def __format__(self, spec):
        return f"Temp<{spec}>"
    def __repr__(self):
        return "Temp()"
print(f"{Temp()} {Temp():abc} {Temp()!r} {Temp()=}")
print(f"{3.0:g} {1e20:g} {255:#010b} {-1:+} {1000000:,} {0.5:%}")
print(f"{None} {True} {b'raw'} {1.0} {10**20}")

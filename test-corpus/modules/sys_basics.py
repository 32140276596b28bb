# Checks the deterministic parts of sys: argv, maxsize, version_info, recursion limit, modules, path type, float_info.
import sys
print(sys.argv, len(sys.argv), type(sys.argv).__name__)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 11))
print(sys.getrecursionlimit())
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print("sys" in sys.modules, "builtins" in sys.modules, sys.modules["sys"] is sys, type(sys.modules).__name__)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.max == 1.7976931348623157e308, sys.int_info.bits_per_digit in (15, 30))
print(sys.byteorder in ("little", "big"), isinstance(sys.platform, str), sys.implementation.name in ("cpython", "pyjit"))
print(sys.stdout is sys.__stdout__, hasattr(sys.stdout, "write"), hasattr(sys.stderr, "flush"))
n = sys.stdout.write("written with sys.stdout.write\n")
print("returned", n)
sys.stdout.flush()
print(sys.get_int_max_str_digits())
print(callable(sys.exit), callable(sys.getrecursionlimit), callable(sys.setrecursionlimit))
print(sys.exc_info(), isinstance(sys.maxsize, int))
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit, code =", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit, code =", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("caught SystemExit, code =", repr(e.code))
print(sys.argv[0], sys.argv[0].endswith(".py"))

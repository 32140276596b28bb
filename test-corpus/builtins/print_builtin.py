# Checks print(): sep and end arguments, file=sys.stdout/sys.stderr, flush, None values, and error cases.
import sys
print("a", "b", sep=None, end=None)
print("x", "y", "z", sep="", end="\n")
print("one", "two", sep="\n")
print(1, 2, 3, sep=", ", end=".\n")
print("to stderr", file=sys.stderr)
print("to stdout explicitly", file=sys.stdout)
print("flushed", flush=True)
print("err", 42, sep=":", file=sys.stderr, flush=True)
print("no end ->", end=" ")
print("<- same line")
print(end="")
print("", end="\n\n")
print(*range(5), sep=" < ")
print([1, 2], (3,), {4: 5}, {6}, sep=" | ")
print(None, True, 3.0, "s", b"b", sep="/")
print("multi\nline\nstring")
print("\ttabbed")
try:
    print("x", sep=1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=2)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", file=42)
except AttributeError as e:
    print("AttributeError:", e)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writer()
print("captured", 1, 2, sep="-", file=w)
print("second", file=w, end="!")
print(w.parts)
n = sys.stdout.write("direct write\n")
print("write returned", n)
sys.stderr.write("direct stderr\n")
print(print.__name__, type(print("inner")).__name__)

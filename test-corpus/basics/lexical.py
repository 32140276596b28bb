# Checks lexical details: continuation lines, implicit joining, tab-indented blocks, semicolons, literals, unicode names.
total = 1 + \
    2 + \
    3
print("backslash continuation:", total)
values = [
    10,   # comments inside brackets
    20,

    30,   # blank line above is fine inside brackets
]
print("implicit joining:", values, {"a": 1,
                                    "b": 2})
def tabbed(n):
	if n > 0:
		return "positive (tab-indented block)"
	return "not positive"
print(tabbed(1), "|", tabbed(0))
def mixed_widths(x):
  if x:
        return "two then eight spaces"
  return "two spaces"
print(mixed_widths(True), "|", mixed_widths(False))
a = 1; b = 2; c = a + b; print("semicolons:", a, b, c)
if c == 3: print("one-line if body")
for i in range(2): print("one-line for body", i)
while False: pass
print(0x_ff, 0o17, 0b1010, 1_000_000, 1e3, 1E-3, 3.14_15, .5, 5., 0.0, 00, 0_0)
print(r"raw\n", b"bytes", rb"raw\bytes", Rb"R", BR"x", u"unicode", f"{c}", F"{c!r}", fR"{c}\n")
print('single' "double" '''triple single''' """triple double""")
long_text = """first line \
continued on the same logical line
second line"""
print(repr(long_text))
café = "unicode identifier"
π = 3.14159
Ωmega_2 = π * 2
print(café, π, Ωmega_2)
def docstring_only():
    """A function whose body is only a docstring."""
print(docstring_only(), docstring_only.__doc__)
x = (
    1
    + 2
)
print("parenthesized continuation:", x)
    # an indented comment line does not start a block
print("after indented comment")
if True:
    pass
        # deeper comment, still ignored
print("end of lexical checks")

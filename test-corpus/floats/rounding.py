# Checks round(): half-to-even for ints, floats with ndigits, negative ndigits, and result types.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5000001]:
    print(v, round(v), type(round(v)).__name__)
for v, n in [(2.675, 2), (2.665, 2), (1.005, 2), (0.125, 2), (0.135, 2), (1.25, 1), (1.35, 1),
             (123.456, -1), (125.0, -1), (135.0, -1), (-125.0, -1), (1234.5678, 0),
             (1e20, -19), (1.5, 0), (0.0, 3), (5e-324, 400)]:
    r = round(v, n)
    print(v, n, r, type(r).__name__)
for v, n in [(125, -1), (135, -1), (-125, -1), (15, -1), (25, -1), (123456, -3), (5, 0), (5, 2), (150, -2), (250, -2)]:
    r = round(v, n)
    print(v, n, r, type(r).__name__)
print(round(10 ** 20 + 5, -1), round(-(10 ** 20) - 5, -1))
print(round(2.5, None), round(7), round(True), type(round(True)).__name__)
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError:", e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
print([round(x / 8, 2) for x in range(9)])
print([round(x / 2) for x in range(-6, 7)])
print(round(1e300), len(str(round(1e300))))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))

# Checks abs, divmod, pow (2 and 3 args), round, sum (with start), min/max (key, default, several args).
print(abs(-7), abs(7), abs(-7.5), abs(0), abs(-0.0), abs(True), abs(-2 ** 70))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-1, 2 ** 70))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3) if False else "skip", pow(7, 2, 10), pow(7, -1, 10), pow(2, 100, 10 ** 9 + 7))
print(pow(base=3, exp=4), pow(3, 4, mod=5), pow(0, 0), pow(0.0, 0))
print(round(3.14159, 2), round(2.5), round(-2.5), round(1234, -2), round(0.5 + 1e-9), round(1e16 + 1.0))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([[1], [2, 3]], []), sum(range(101)), sum(()), sum([], 5.5))
print(sum([1, 2.5, True]), sum(x * x for x in range(4)), sum([10 ** 20, 1]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min("b", "a", "c"), max([1, 5], [2]))
print(min([], default="empty"), max((), default=None), min([3, -5, 2], key=abs), max(["aa", "b", "ccc"], key=len))
print(max([1, 3, 3.0, 2]), max([3.0, 3, 2]), min([True, 0, False]), max("b", "a", key=str.upper))
print(max([(1, "b"), (1, "a")]), min({3: "x", 1: "y"}), max({3: "x", 1: "y"}.values()))
print(max([2, 1], [1, 9], key=sum), min(range(10), key=lambda n: (n - 4) ** 2))
for bad in [lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, 2, default=0), lambda: max([1, "a"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(int(7.9), int(-7.9), float(3), complex is not None, bool(0.0), round(7.25, 1), round(7.35, 1))
print(hex(255), oct(255), bin(255), hex(-1), bin(0), oct(-8), bin(2 ** 40))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
class Idx:
    def __index__(self):
        return 10
print(hex(Idx()), bin(Idx()), oct(Idx()), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10][Idx()], range(Idx()))

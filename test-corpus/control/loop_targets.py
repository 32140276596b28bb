# Checks loop targets and iteration over many kinds of iterables: ranges, strings, dicts, nested unpacking.
for i in range(3):
    pass
print("i after loop", i)
for ch in "héllo":
    print(ch, end=".")
print()
d = {"x": 1, "y": 2}
for k in d:
    print("key", k)
for k, v in d.items():
    print("item", k, v)
for v in d.values():
    print("value", v)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for first, *rest in ["abc", [1, 2]]:
    print(first, rest)
lst = [0, 0, 0]
for i, lst[i] in enumerate("xyz"):
    pass
print(lst)
class Obj:
    pass
o = Obj()
for o.attr in range(3):
    pass
print(o.attr)
for x in range(10, 0, -3):
    print("down", x)
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 4)), list(range(5, 0, -1)), list(range(0)), list(range(3, 3)))
r = range(1, 20, 3)
print(r, len(r), r[2], r[-1], r[1:4], r[::-1], 7 in r, 8 in r, r.index(10), r.count(4))
print(range(10)[2:9:2], list(range(10)[::-3]), range(0, -10, -2)[3], len(range(10, 0)))
print(range(5) == range(0, 5), range(0) == range(5, 5), range(1, 2, 3).start, range(1, 2, 3).step)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    r.index(11)
except ValueError as e:
    print("ValueError:", e)
big = range(0, 10 ** 20, 10 ** 18)
print(len(big), big[-1], 10 ** 19 in big)
for i, (a, b) in enumerate(zip("ab", "xy"), start=1):
    print(i, a, b)
nums = [1, 2, 3]
for n in nums[:]:
    nums.append(n * 10)
print(nums)

# Checks iterating lists: iterators, enumerate/reversed/zip, mutation while iterating, and exhaustion.
lst = ["a", "b", "c"]
it = iter(lst)
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
for i, v in enumerate(lst):
    print(i, v)
for v in reversed(lst):
    print("rev", v)
for a, b in zip(lst, lst[1:]):
    print("pair", a, b)
nums = [1, 2, 3, 4, 5, 6]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print("after removing while iterating", nums)
nums = [1, 2, 3, 4, 5, 6]
nums = [n for n in nums if n % 2]
print(nums)
grow = [1]
for g in grow:
    if g < 5:
        grow.append(g + 1)
print(grow)
it2 = iter([10, 20])
lst2 = list(it2)
print(lst2, list(it2))
data = [3, 1, 2]
it3 = iter(data)
data.append(4)
print(list(it3))
r = reversed(data)
print(next(r), list(r))
m = [[1, 2, 3], [4, 5, 6]]
for row in m:
    for x in row:
        print(x, end=" ")
    print()
total = 0
i = 0
while i < len(data):
    total += data[i]
    i += 1
print("total", total, sum(data))
print(list(enumerate(lst, start=10)), list(zip(*[(1, "x"), (2, "y")])))
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, None))
print([x for x in iter([1, 2, 3])], list(map(lambda x: x * 10, data)))
print(type(iter([])).__name__, type(reversed([])).__name__, type(enumerate([])).__name__)

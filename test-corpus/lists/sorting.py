# Checks sorted()/list.sort(): keys, reverse, stability, tuples, mixed numbers, and errors.
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted([3, 1.5, -2, True, 0]), sorted("hello world"), sorted((5, 2, 8)))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted({3: "c", 1: "a"}.items()), sorted([[2, 1], [1, 2], [1]]))
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower), sorted(["b", "A"], key=str.upper, reverse=True))
print(sorted(range(10), key=lambda n: n % 3), sorted(range(10), key=lambda n: n % 3, reverse=True))
data = [5, 2, 9, 1]
s = sorted(data)
print(data, s, s is data)
print(sorted([]), sorted([1]), sorted(["x"], reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[::-1]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([None, None])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], key=5)
except TypeError as e:
    print("TypeError:", e)
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("compare", self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return "Item(%d)" % self.v
print(sorted([Item(3), Item(1), Item(2)]))
big = [(i * 7919) % 1000 for i in range(200)]
print(sorted(big)[:10], sorted(big)[-5:], max(big), min(big))
nums = [10, -3, 7, -3, 0]
nums.sort(key=abs)
print(nums)
print(sorted([0.5, -0.0, 0.0, -1.5, 2]))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]))

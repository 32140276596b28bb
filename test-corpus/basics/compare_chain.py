# Checks comparison operators, chaining, identity vs equality, and mixed-type comparisons.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1.0)
def v(x):
    print("v", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (1, "a") < (1, "b"))
print([1, 2] == [1, 2], [1, 2] is [1, 2], [] == [])
a = [1]
b = a
print(a is b, a == b, a is not b)
print(1 == "1", None == 0, "a" != "b")
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(2 ** 64 > 2 ** 63, -2 ** 64 < 1, 10 ** 20 == 1e20, 10 ** 30 == 1e30)
print(True == 1 == 1.0, {1: "a"} == {1.0: "a"})
print(1 in [1, 2], 3 not in [1, 2], "b" in "abc", "ab" in "xaby")
print(2 in {1: 1, 2: 2}, 2 in {1, 3})
for op in [lambda: 1 < "a", lambda: 1 > "a", lambda: 1 <= "a", lambda: 1 >= "a"]:
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    None < None
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print("TypeError:", e)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {3} > {1})
print(max("apple", "banana"), min([3, 1], [2, 9]))
x = 5
print(0 < x < 10, 0 < x > 3, x == 5 != 6)

# Checks if/elif/else chains, nested ifs, conditional expressions, and truthiness of conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(n) for n in [-5, 0, 3, 42, 1000]])
def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)
print(" ".join(fizzbuzz(i) for i in range(1, 21)))
for x in [0, 1, "", "a", None, [], [0]]:
    if x:
        print(repr(x), "is truthy")
    else:
        print(repr(x), "is falsy")
def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 65]])
a, b = 5, 7
if a > 3:
    if b > 6:
        print("both")
    else:
        print("only a")
else:
    print("not a")
if a > 10: print("one-line if")
else: print("one-line else")
if not a == b and (a < b or b < 0):
    print("compound condition")
x = 5
if 0 < x < 10 and x % 2:
    print("chained and odd")
if x in (1, 3, 5):
    print("membership in tuple")
if (y := x * 2) > 8:
    print("walrus in if", y)
value = None
print("default" if value is None else value)
def sign(n):
    if n > 0: return 1
    if n < 0: return -1
    return 0
print([sign(n) for n in (-3, 0, 8)])

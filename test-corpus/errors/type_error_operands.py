# Uncaught TypeError from a binary operation; CPython 3.11 underlines the operation with ~ and ^ markers.
# Warm-up: ordinary work before the failure, so the error comes after real output.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print("warm-up", [fib(i) for i in range(12)])
pairs = list(zip("abc", range(3)))
print("warm-up", pairs, dict(pairs), "-".join(k for k, _ in pairs))
# Warm-up: ordinary work before the failure, so the error comes after real output.
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
for row in matrix:
    print("warm-up", row, sum(row))
print("warm-up", [list(col) for col in zip(*matrix)], max(map(max, matrix)))
text = "warm-up text"
print("warm-up", text.title(), text[::-1], len(text))
def add_tax(price, rate):
    return price + price * rate
print(add_tax(100, 0.25))
amount = "100"
print(add_tax(amount, 0.25))

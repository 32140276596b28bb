# Checks classic recursive algorithms: Hanoi, permutations, power set, Ackermann, flood fill, and memoised Fibonacci.
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])
def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([x] + rest)
    return result
print(permutations([1, 2, 3]), len(permutations(list(range(6)))))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(sorted(power_set([1, 2, 3])), len(power_set(list(range(10)))))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(m, n) for m in range(3) for n in range(4)], ackermann(2, 3))
grid = [list(row) for row in ["..#..", ".##..", "#...#", "..#.."]]
def fill(r, c):
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != ".":
        return 0
    grid[r][c] = "o"
    return 1 + fill(r + 1, c) + fill(r - 1, c) + fill(r, c + 1) + fill(r, c - 1)
print(fill(0, 0), fill(0, 4))
for row in grid:
    print("".join(row))
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(300))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(2 ** 64, 3 ** 40 * 2 ** 10), gcd(1071, 462))
def binary(n):
    return str(n) if n < 2 else binary(n // 2) + str(n % 2)
print(binary(37), binary(2 ** 20 + 1))

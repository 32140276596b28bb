# Recursion: naive Fibonacci, Ackermann on small arguments, and Tower of Hanoi move counting.
# Exercises Python-level calls, argument passing and returns.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def hanoi(n, source, target, spare, moves):
    if n == 0:
        return 0
    count = hanoi(n - 1, source, spare, target, moves)
    moves[source * 3 + target] += 1
    return count + 1 + hanoi(n - 1, spare, target, source, moves)


def tree_sum(depth, value):
    # a full binary recursion that also carries a value down
    if depth == 0:
        return value % 7
    return tree_sum(depth - 1, value * 2 + 1) + tree_sum(depth - 1, value * 3 + 2)


sys.setrecursionlimit(10000)
f = fib(34)
a = ackermann(2, 300) + ackermann(3, 5)
moves = [0] * 9
h = hanoi(21, 0, 2, 1, moves)
t = tree_sum(21, 1)
print("fib", f)
print("ackermann", a)
print("hanoi", h, moves)
print("tree", t)
print("checksum", (f + a * 31 + h * 17 + t) % 1000000007)

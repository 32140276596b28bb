# Deep and mutual recursion in native code, and recursion past the limit.
import sys

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

def forever(n):
    return forever(n + 1) + 1

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

print(fib(24), [fib(i) for i in range(15)])
print(is_even(500), is_odd(501), is_even(7))
print(depth(900))
print(ackermann(2, 3), ackermann(2, 10))
print(fact(20), fact(21), fact(25))
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(500))
sys.setrecursionlimit(200)
try:
    depth(300)
except RecursionError as e:
    print("RecursionError again:", e)
print(depth(150))

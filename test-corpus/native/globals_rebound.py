# Globals a compiled function depends on are rebound after compilation.
import math

LIMIT = 10
FACTOR = 2

def helper(x):
    return x + 1

def uses_globals(n):
    s = 0
    for i in range(n):
        s += helper(i) * FACTOR
        if s > LIMIT * 1000000:
            s = 0
    return s

def circle(r):
    return math.pi * r * r

def main():
    global FACTOR, LIMIT, helper
    for i in range(3000):
        uses_globals(20)
    print(uses_globals(20), circle(2.0))
    FACTOR = 3
    print(uses_globals(20))
    FACTOR = 1.5
    print(uses_globals(20))
    def helper2(x):
        return x - 1
    helper = helper2
    print(uses_globals(20))
    helper = lambda x: str(x)
    try:
        print(uses_globals(20))
    except TypeError as e:
        print("TypeError:", e)
    saved = math.pi
    try:
        math.pi = 3
        print(circle(2.0))
        del math.pi
        try:
            print(circle(2.0))
        except AttributeError as e:
            print("AttributeError:", e)
    finally:
        math.pi = saved  # the module is shared by every program a test JVM runs
    print(circle(2.0))

def shadow(n):
    return abs(n) + len(str(n))

for i in range(100):
    shadow(-5)
print(shadow(-5))
abs = lambda v: 1000
print(shadow(-5))
del abs
print(shadow(-7))
main()

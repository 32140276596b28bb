# Checks exactly how deep Python-level recursion gets under limits 1000 and 50 before RecursionError.
import sys
deepest = 0
def dive(n):
    global deepest
    deepest = n
    dive(n + 1)
try:
    dive(1)
except RecursionError:
    pass
print("deepest frame number with limit 1000:", deepest)
sys.setrecursionlimit(50)
deepest = 0
try:
    dive(1)
except RecursionError:
    pass
print("deepest frame number with limit 50:", deepest)
sys.setrecursionlimit(1000)
def nested_call(n):
    if n == 0:
        return dive_from_here()
    return nested_call(n - 1)
def dive_from_here():
    global deepest
    deepest = 0
    try:
        dive(1)
    except RecursionError:
        pass
    return deepest
print("dive available after 100 frames:", nested_call(100))

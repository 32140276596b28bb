# Checks sys.getrecursionlimit/setrecursionlimit: raising the limit allows deeper recursion, lowering it restricts it.
import sys
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
try:
    depth(1500)
except RecursionError:
    print("1500 fails at the default limit")
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), depth(1500), depth(4000))
sys.setrecursionlimit(200)
try:
    depth(300)
except RecursionError as e:
    print("300 fails at limit 200:", e)
print(depth(150))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit(), depth(900))
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print("TypeError:", e)

# Checks break/continue in nested loops, flags, loops inside try/finally, and while with complex conditions.
grid = [[1, 2, 3], [4, 99, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 99:
            found = (r, c)
            break
    if found:
        break
print("found", found)
def search(target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
print(search(8), search(100))
total = 0
for row in grid:
    for v in row:
        if v % 2 == 0:
            continue
        if v > 50:
            break
        total += v
print("total", total)
i = 0
while i < 5:
    j = 0
    while j < 5:
        if j > i:
            break
        j += 1
    print("row", i, "inner ran", j)
    i += 1
for k in range(3):
    try:
        if k == 1:
            continue
        print("try body", k)
    finally:
        print("finally", k)
n = 0
while True:
    try:
        n += 1
        if n == 3:
            break
    finally:
        print("finally in while", n)
print("n", n)
a, b = 0, 10
while a < b and b - a > 2:
    a += 1
    b -= 1
print(a, b)
count = 0
for x in range(100):
    if x % 7:
        continue
    count += 1
    if count == 5:
        print("fifth multiple of 7:", x)
        break

# Checks for/while with else: else runs when no break, skipped on break, with continue and empty loops.
for i in range(3):
    print("for", i)
else:
    print("for else ran")
for i in range(5):
    if i == 2:
        print("breaking at", i)
        break
else:
    print("not printed")
for i in []:
    print("never")
else:
    print("else of empty for")
n = 0
while n < 3:
    n += 1
else:
    print("while else ran, n =", n)
n = 0
while True:
    n += 1
    if n == 4:
        break
else:
    print("not printed")
print("after break n =", n)
def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            break
    else:
        return "not found"
    return "found at %d" % idx
print(find([5, 6, 7], 6), find([5, 6, 7], 9), find([], 1))
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for i in range(6):
    if i % 2 == 0:
        continue
    print("odd", i)
else:
    print("continue does not stop else")
count = 0
while count < 10:
    count += 1
    if count % 3:
        continue
    print("multiple of 3:", count)
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            break
        print("pair", outer, inner)
    else:
        print("inner completed for", outer)
i = 10
while i:
    i -= 3
    if i < 0:
        print("went negative", i)
        break

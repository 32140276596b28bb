# Checks list-heavy algorithms: bubble sort, binary search, matrix multiply, rotation, dedupe, merge.
def bubble(seq):
    a = list(seq)
    n = len(a)
    swaps = 0
    for i in range(n):
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
    return a, swaps
print(bubble([5, 1, 4, 2, 8, 0, 2]))
def bsearch(a, x):
    lo, hi = 0, len(a)
    steps = 0
    while lo < hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo, steps
data = list(range(0, 100, 3))
for x in [0, 1, 50, 51, 99, 200]:
    print("bsearch", x, bsearch(data, x))
def matmul(A, B):
    return [[sum(A[i][k] * B[k][j] for k in range(len(B))) for j in range(len(B[0]))] for i in range(len(A))]
A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
print(matmul(A, B))
I = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(matmul(matmul(A, B), I) == matmul(A, B))
def rotate(a, k):
    k %= len(a)
    return a[-k:] + a[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3, 4, 5], -1), rotate([1, 2, 3], 7))
def dedupe(a):
    seen = []
    for x in a:
        if x not in seen:
            seen.append(x)
    return seen
print(dedupe([3, 1, 3, 2, 1, 5]), dedupe("mississippi"))
def merge(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out
print(merge([1, 4, 9], [2, 3, 10, 11]), merge([], [1]), merge([5], []))
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]))
sieve = [True] * 50
sieve[0] = sieve[1] = False
for i in range(2, 8):
    if sieve[i]:
        sieve[i * i::i] = [False] * len(sieve[i * i::i])
print([i for i, p in enumerate(sieve) if p])
pascal = [[1]]
for _ in range(6):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in pascal:
    print(row)

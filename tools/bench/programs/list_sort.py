# Containers: list building, slicing, sorting with and without keys, insort-style
# insertion, reversing, comprehension filtering and a hand-written merge sort.


def make_data(n, seed):
    data = []
    for _ in range(n):
        seed = (seed * 1664525 + 1013904223) & 0xFFFFFFFF
        data.append((seed >> 8) % 100000)
    return data


def merge_sort(items):
    if len(items) <= 1:
        return items
    middle = len(items) // 2
    left = merge_sort(items[:middle])
    right = merge_sort(items[middle:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def sorted_insert(n):
    result = []
    seed = 3
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        value = seed % 10000
        lo, hi = 0, len(result)
        while lo < hi:
            mid = (lo + hi) // 2
            if result[mid] < value:
                lo = mid + 1
            else:
                hi = mid
        result.insert(lo, value)
    return result


data = make_data(400000, 42)
mine = merge_sort(data)
builtin = sorted(data)
assert mine == builtin
by_digits = sorted(data[:200000], key=lambda v: (v % 10, -v))
evens = [v for v in data if v % 2 == 0]
evens.reverse()
inserted = sorted_insert(60000)
window = data[1000:1010] + data[-5:]
print("sorted", mine[:3], mine[-3:], len(mine))
print("by digits", by_digits[:4])
print("evens", len(evens), evens[:3])
print("inserted", inserted[:3], inserted[-3:])
print("window", window)
print("checksum", (sum(mine[::97]) + sum(by_digits[::89]) + sum(inserted[::7]) + len(evens)) % 1000000007)

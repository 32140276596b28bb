# Containers: a dict used as a cache with inserts, lookups, deletes and updates; int and
# tuple keys; dict iteration in insertion order, items() and comprehensions.


def churn(operations):
    table = {}
    hits = misses = deleted = 0
    seed = 99
    for i in range(operations):
        seed = (seed * 69069 + 1) & 0xFFFFFFFF
        key = seed % 5000
        action = seed >> 29
        if action < 4:
            if key in table:
                hits += 1
                table[key] += 1
            else:
                misses += 1
                table[key] = 1
        elif action < 6:
            value = table.get(key)
            if value is None:
                misses += 1
            else:
                hits += 1
        elif key in table:
            del table[key]
            deleted += 1
    return table, hits, misses, deleted


def tuple_keys(n):
    grid = {}
    for x in range(n):
        for y in range(n):
            grid[(x, y)] = (x * y) % 17
    total = 0
    for (x, y), value in grid.items():
        if (y, x) in grid and value > 8:
            total += value + grid[(y, x)]
    return len(grid), total


def nested_counts(rounds):
    groups = {}
    for i in range(rounds):
        bucket = groups.setdefault(i % 37, {})
        bucket[i % 101] = bucket.get(i % 101, 0) + i
    merged = {k: sum(v.values()) for k, v in groups.items()}
    order = list(merged)[:5]
    return sum(merged.values()) % 1000000007, order


table, hits, misses, deleted = churn(2800000)
size, total = tuple_keys(700)
nested, order = nested_counts(1200000)
first_keys = list(table)[:5]
print("churn", len(table), hits, misses, deleted, first_keys)
print("grid", size, total)
print("nested", nested, order)
print("checksum", (len(table) + hits * 3 + misses * 5 + deleted * 7 + total + nested) % 1000000007)

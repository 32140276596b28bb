# Recursion and lists: counts N-queens solutions by backtracking with column and
# diagonal occupancy lists, and solves a small knapsack by recursive search.


def queens(n):
    columns = [False] * n
    rising = [False] * (2 * n)
    falling = [False] * (2 * n)
    placement = [0] * n
    first = []

    def place(row):
        if row == n:
            if not first:
                first.extend(placement)
            return 1
        found = 0
        for col in range(n):
            r = row + col
            f = row - col + n
            if not columns[col] and not rising[r] and not falling[f]:
                columns[col] = rising[r] = falling[f] = True
                placement[row] = col
                found += place(row + 1)
                columns[col] = rising[r] = falling[f] = False
        return found

    return place(0), first


def knapsack(weights, values, capacity):
    best = [0]

    def search(index, weight, value):
        if value > best[0]:
            best[0] = value
        if index == len(weights):
            return
        if weight + weights[index] <= capacity:
            search(index + 1, weight + weights[index], value + values[index])
        search(index + 1, weight, value)

    search(0, 0, 0)
    return best[0]


solutions, first = queens(12)
weights = [(i * 37) % 23 + 3 for i in range(26)]
values = [(i * 53) % 31 + 5 for i in range(26)]
best = knapsack(weights, values, 110)
print("queens", solutions, first)
print("knapsack", best)
print("checksum", solutions * 1000 + best + sum(first))

# Uncaught exception raised inside a generator while a for loop in a function consumes it.
# Warm-up: ordinary work before the failure, so the error comes after real output.
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
for row in matrix:
    print("warm-up", row, sum(row))
print("warm-up", [list(col) for col in zip(*matrix)], max(map(max, matrix)))
text = "warm-up text"
print("warm-up", text.title(), text[::-1], len(text))
def numbers(limit):
    n = 0
    while True:
        if n > limit:
            raise OverflowError(f"passed the limit {limit}")
        yield n
        n += 1
def consume():
    total = 0
    for x in numbers(3):
        total += x
        print("total", total)
    return total
consume()

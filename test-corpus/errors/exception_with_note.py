# Uncaught exception with add_note() (new in 3.11): notes are printed after the message.
# Warm-up: ordinary work before the failure, so the error comes after real output.
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
for row in matrix:
    print("warm-up", row, sum(row))
print("warm-up", [list(col) for col in zip(*matrix)], max(map(max, matrix)))
text = "warm-up text"
print("warm-up", text.title(), text[::-1], len(text))
# Warm-up: ordinary work before the failure, so the error comes after real output.
def running_totals(xs):
    out, acc = [], 0
    for x in xs:
        acc += x
        out.append(acc)
    return out
print("warm-up", running_totals([3, 1, 4, 1, 5, 9, 2, 6]))
words = "the error below is expected".split()
print("warm-up", sorted(words, key=len), {w: len(w) for w in words[:2]})
def load(name):
    try:
        raise FileNotFoundError(2, "No such file or directory", name)
    except FileNotFoundError as e:
        e.add_note(f"while loading configuration {name!r}")
        e.add_note("hint: create the file first")
        raise
print("loading")
load("settings.ini")

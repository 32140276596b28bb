# Uncaught NameError for a misspelled variable, with CPython 3.11's "Did you mean" suggestion.
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
def count_words(text):
    counter = {}
    for word in text.split():
        counter[word] = countr.get(word, 0) + 1
    return counter
print("counting")
print(count_words("a b a"))

# Checks the messages of list errors: index, pop, remove, index(), assignment and type errors.
lst = [10, 20, 30]
tests = [
    ("index 3", lambda: lst[3]),
    ("index -4", lambda: lst[-4]),
    ("pop empty", lambda: [].pop()),
    ("pop 7", lambda: lst.copy().pop(7)),
    ("remove 99", lambda: lst.copy().remove(99)),
    ("index 99", lambda: lst.index(99)),
    ("index 'a'", lambda: lst.index("a")),
    ("str index", lambda: lst["0"]),
    ("float index", lambda: lst[1.0]),
    ("none index", lambda: lst[None]),
    ("insert str", lambda: lst.copy().insert("0", 1)),
    ("pop str", lambda: lst.copy().pop("0")),
    ("extend int", lambda: lst.copy().extend(5)),
    ("list int", lambda: list(5)),
    ("call list", lambda: lst()),
    ("attr", lambda: lst.push(1)),
    ("sort args", lambda: lst.copy().sort(lambda x: x)),
    ("step zero", lambda: lst[::0]),
    ("count args", lambda: lst.count()),
    ("append args", lambda: lst.append(1, 2)),
]
for name, fn in tests:
    try:
        result = fn()
        print(name, "->", result)
    except Exception as e:
        print(name, "->", type(e).__name__ + ":", e)
def set_item(seq, i, v):
    seq[i] = v
for i in [3, -4]:
    try:
        set_item(lst, i, 0)
    except IndexError as e:
        print("set", i, "->", e)
try:
    del lst[5]
except IndexError as e:
    print("del ->", e)
print(lst)

# Uncaught KeyError raised three calls deep, after some output: traceback with every frame, exit status 1.
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
inventory = {"apples": 3, "pears": 5}
def lookup(store, item):
    return store[item]
def total(store, items):
    result = 0
    for item in items:
        print("looking up", item)
        result += lookup(store, item)
    return result
def report(store):
    print("report starts")
    value = total(store, ["apples", "pears", "plums"])
    print("never reached", value)
report(inventory)
print("not printed either")

# Uncaught AttributeError where CPython 3.11 adds a "Did you mean" suggestion to the last line.
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
class Person:
    def __init__(self, name):
        self.name = name
        self.email = name.lower() + "@example.com"
def greet(person):
    return "Hello, " + person.name + " <" + person.emal + ">"
p = Person("Ada")
print(p.name, p.email)
print(greet(p))

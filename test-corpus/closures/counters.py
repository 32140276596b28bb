# Checks closures capturing variables: independent counters, shared cells, nonlocal updates.
def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1(), c2(10))
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make_pair()
print(get())
set_(42)
print(get())
get2, set2 = make_pair()
set2("other")
print(get(), get2())
def accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = accumulator()
print(acc(1), acc(2), acc("three"))
print(c1.__closure__ is not None, len(c1.__closure__), c1.__code__.co_freevars)
print(type(c1.__closure__[0]).__name__, c1.__closure__[0].cell_contents)
def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def rebinding():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    i = 99
    return [f() for f in fns]
print(rebinding())
def capture_after():
    def show():
        return late
    late = "bound later"
    return show()
print(capture_after())

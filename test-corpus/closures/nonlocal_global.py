# Checks global and nonlocal declarations, module-level rebinding, and UnboundLocalError messages.
total = 0
def add_global(n):
    global total
    total += n
    return total
print(add_global(5), add_global(7), total)
def make_global():
    global created_later
    created_later = "made inside a function"
make_global()
print(created_later)
def read_global():
    return total * 2
print(read_global())
def shadow():
    total = "local"
    return total
print(shadow(), total)
def broken():
    print(total)
    total = 1
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def broken_nested():
    x = 1
    def inner():
        x += 1
        return x
    return inner()
try:
    broken_nested()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def level1():
    a = 1
    def level2():
        nonlocal a
        a += 10
        def level3():
            nonlocal a
            a += 100
            return a
        return level3()
    r = level2()
    return a, r
print(level1())
def global_in_nested():
    def inner():
        global total
        total = -1
    inner()
    return total
print(global_in_nested(), total)
def del_local():
    v = 5
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(del_local())
def undefined_name():
    return not_defined_anywhere
try:
    undefined_name()
except NameError as e:
    print("NameError:", e)
x = "module x"
def uses_module_x():
    return x
def rebinds_module_x():
    global x
    x = "rebound x"
print(uses_module_x())
rebinds_module_x()
print(uses_module_x(), x)

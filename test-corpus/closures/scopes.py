# Checks scoping rules: class bodies are not enclosing scopes, comprehension scopes, builtins shadowing.
x = "global"
class C:
    x = "class"
    y = x + " via class body"
    def method(self):
        return x
    z = [x for _ in range(1)]
    w = [n for n in range(3)]
print(C.y, C().method(), C.z, C.w)
def f():
    x = "enclosing"
    class D:
        print("class body sees", x)
        x = "class attr"
        def m(self):
            return x
    return D().m(), D.x
print(f())
def g():
    len = lambda s: "shadowed"
    return len("abc")
print(g(), len("abc"))
def h():
    return [x for x in range(3)], x
print(h())
i = "outer i"
squares = [i * i for i in range(4)]
print(squares, i)
gen = (i for i in range(2))
print(list(gen), i)
def nested_comp():
    return [[i * j for j in range(3)] for i in range(3)]
print(nested_comp())
def locals_demo(a, b=2):
    c = a + b
    return sorted(locals().items())
print(locals_demo(1))
def shadow_param(list):
    return list * 2
print(shadow_param(3), list("ab"))
class Counter:
    count = 0
    def inc(self):
        Counter.count += 1
        return Counter.count
a, b = Counter(), Counter()
print(a.inc(), b.inc(), Counter.count, a.count)

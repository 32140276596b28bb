# Checks lambda expressions: arguments, defaults, closures, immediate calls, use as keys and in data.
square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda a, b=10: a + b)(5), (lambda *a: len(a))(1, 2, 3))
print((lambda **kw: sorted(kw))(b=1, a=2), (lambda x, *, y: x - y)(10, y=3))
print(square.__name__, type(square).__name__, (lambda: 0).__name__)
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b, "pow": lambda a, b: a ** b}
for name in sorted(ops):
    print(name, ops[name](3, 4))
adders = [lambda x, n=n: x + n for n in range(4)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(4)]
print([f(10) for f in late])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(sorted(["bbb", "a", "cc"], key=lambda s: len(s)), sorted([(1, "b"), (2, "a")], key=lambda t: t[1]))
print(list(map(lambda x: x ** 2, range(5))), list(filter(lambda x: x % 3 == 0, range(10))))
print(max(["apple", "fig", "banana"], key=lambda s: s[-1]))
cond = lambda x: "even" if x % 2 == 0 else "odd"
print([cond(i) for i in range(4)])
nested = lambda x: (lambda y: (lambda z: x + y + z))
print(nested(1)(2)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(20))
print((lambda: (yield_ := 5) * 2)())
curry = lambda a: lambda b: lambda c: a * b * c
print(curry(2)(3)(4))
counter = [0]
bump = lambda: counter.__setitem__(0, counter[0] + 1) or counter[0]
print(bump(), bump(), bump())
print((lambda x: x)(lambda: "inner")())

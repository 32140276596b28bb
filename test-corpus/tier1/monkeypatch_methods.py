# Methods replaced, shadowed and restored while a loop keeps calling them (inline-cache invalidation).


class Counter:
    def __init__(self):
        self.n = 0

    def step(self):
        self.n += 1
        return 1


class Child(Counter):
    pass


def step_by_ten(self):
    self.n += 10
    return 10


def step_by_hundred(self):
    self.n += 100
    return 100


def run(obj, rounds):
    total = 0
    for i in range(rounds):
        if i == 60:
            Counter.step = step_by_ten          # class attribute assignment
        if i == 90:
            obj.step = lambda: -1               # instance attribute shadows the method
        if i == 120:
            del obj.step                        # the class method again
        if i == 150:
            Counter.step = step_by_hundred
        total += obj.step()
    return total


c = Counter()
print("counter", run(c, 200), c.n)
Counter.step = lambda self: 0
k = Child()
print("child before", run(k, 40), k.n)
Counter.step = lambda self: 2
print("child after base change", run(k, 200), k.n)


class Shape:
    def area(self):
        return 1


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


def areas(shapes, rounds):
    out = []
    for r in range(rounds):
        s = 0
        for sh in shapes:
            s += sh.area()
        out.append(s)
        if r == 30:
            del Square.area                     # falls back to the base class method
        if r == 50:
            Shape.area = lambda self: 7
        if r == 70:
            Square.area = lambda self: self.side
    return out


res = areas([Square(2), Square(3), Shape()], 90)
print(res[0], res[31], res[51], res[71], res[-1])


class Temperature:
    def __init__(self, c):
        self.celsius = c


def read(ts, rounds):
    acc = []
    for r in range(rounds):
        acc.append(ts[r % len(ts)].celsius)
        if r == 40:
            Temperature.celsius = property(lambda self: -273)   # a data descriptor now wins
        if r == 80:
            del Temperature.celsius
    return acc


vals = read([Temperature(20), Temperature(30)], 120)
print(vals[:3], vals[41:44], vals[81:84])


class Greeter:
    def hello(self, who):
        return "hello " + who


g = Greeter()
words = []
for i in range(100):
    words.append(g.hello(str(i % 3)))
    if i == 49:
        Greeter.hello = lambda self, who: "hi " + who
print(words[48:52], len(words))

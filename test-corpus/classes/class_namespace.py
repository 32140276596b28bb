# Checks class body execution: statements run at definition, order of definition, nested classes, class attributes computed.
print("before class")
class Table:
    print("class body runs")
    columns = ["id", "name"]
    width = len(columns)
    lookup = {name: i for i, name in enumerate(["id", "name"])}
    class Row:
        def __init__(self, *values):
            self.values = values
        def __repr__(self):
            return "Row" + repr(self.values)
    def make(self, *values):
        return self.Row(*values)
    for i in range(2):
        print("loop in class body", i)
    del i
print("after class")
t = Table()
print(Table.columns, Table.width, Table.lookup, t.make(1, "x"), Table.Row.__qualname__)
print(hasattr(Table, "i"), sorted(k for k in vars(Table) if not k.startswith("__")))
def make_class(label):
    class Inner:
        tag = label
        def show(self):
            return "Inner with " + self.tag
    return Inner
A = make_class("a")
B = make_class("b")
print(A().show(), B().show(), A is B, A.__name__, A.__qualname__)
class Meta:
    attrs = []
    for name in ("alpha", "beta"):
        attrs.append(name.upper())
print(Meta.attrs, Meta.name)
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, v):
        self.ops.append(("add", v))
        return self
    def mul(self, v):
        self.ops.append(("mul", v))
        return self
print(Chain().add(1).mul(2).add(3).ops)

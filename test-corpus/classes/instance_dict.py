# Checks instance __dict__, vars(), dir() of user classes (filtered), and attribute shadowing rules.
class Config:
    default_level = 1
    def __init__(self, **options):
        for key, value in options.items():
            setattr(self, key, value)
    def level(self):
        return getattr(self, "custom_level", self.default_level)
c = Config(name="app", debug=True)
print(vars(c), c.level())
c.custom_level = 5
print(vars(c), c.level())
c.__dict__["injected"] = "via dict"
print(c.injected, "injected" in vars(c))
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Config) if not n.startswith("__")])
print(sorted(k for k in Config.__dict__ if not k.startswith("__")))
class Shadow:
    value = "class"
    def value_method(self):
        return "method"
s = Shadow()
s.value = "instance"
s.value_method = lambda: "instance function"
print(s.value, Shadow.value, s.value_method(), Shadow.value_method(s))
del s.value_method
print(s.value_method())
print(vars(Shadow)["value"], "value_method" in vars(Shadow))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def total(self):
        return self.value + sum(ch.total() for ch in self.children)
    def depth(self):
        return 1 + max((ch.depth() for ch in self.children), default=0)
tree = Node(1, [Node(2, [Node(4)]), Node(3, [Node(5, [Node(6)])])])
print(tree.total(), tree.depth(), [ch.value for ch in tree.children], len(vars(tree)))

# Checks dict keys: hash equality of 1/1.0/True, tuple and frozenset keys, unhashables, custom __hash__/__eq__.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: "bool first"}
d2[1] = "int second"
print(d2)
d3 = {0: "zero", 0.0: "float zero", False: "false", -0.0: "neg"}
print(d3)
k = {(1, 2): "pair", frozenset({1, 2}): "fs", "": "empty", None: "none", (): "unit", b"b": "bytes"}
print(k[(1, 2)], k[frozenset([2, 1])], k[""], k[None], k[()], k[b"b"], len(k))
for bad in [[1], {1: 2}, {1}, ([1],)]:
    try:
        {bad: 1}
    except TypeError as e:
        print("TypeError:", e)
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return "Key(%r)" % self.name
m = {Key("Alpha"): 1}
m[Key("ALPHA")] = 2
m[Key("beta")] = 3
print(m, Key("alpha") in m, Key("gamma") in m)
class Plain:
    pass
p1, p2 = Plain(), Plain()
pd = {p1: "first", p2: "second"}
print(pd[p1], pd[p2], len(pd), p1 in pd, Plain() in pd)
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__)
try:
    print({"a": 1}["b"])
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError:", e)
try:
    {}[None]
except KeyError as e:
    print("KeyError:", e)
try:
    {}[""]
except KeyError as e:
    print("KeyError:", e, repr(str(e)))
nan = float("nan")
nd = {nan: 1}
nd[nan] = 2
nd[float("nan")] = 3
print(len(nd), sorted(nd.values()))

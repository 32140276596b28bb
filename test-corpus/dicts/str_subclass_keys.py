# Keys that are instances of a str subclass: equal to the plain str, so they find, replace and
# remove its entry (and the other way round), in dicts, dict views and sets made from dicts.


class Name(str):
    pass


class Shout(str):
    def __hash__(self):
        return hash(self.upper())

    def __eq__(self, other):
        return isinstance(other, str) and self.upper() == other.upper()


d = {"alpha": 1, "beta": 2}
print(Name("alpha") in d, d[Name("beta")], d.get(Name("gamma"), "none"))
d[Name("alpha")] = 10
print(d, len(d), type(list(d)[0]).__name__)
del d[Name("beta")]
print(d)
d[Name("delta")] = 4
print("delta" in d, d["delta"], d.pop("delta"), d)

e = {Name("x"): 1, Name("y"): 2}
print("x" in e, e["y"], e.get("z"), sorted(e))
e.update({"x": 100})
print(e, len(e))
print(e.setdefault("y", 0), e.setdefault(Name("w"), 5), sorted(e.items()))

keys = d.keys() | {Name("alpha"), "omega"}
print(sorted(keys), Name("omega") in keys)
print(sorted(e.keys() & {"x", "w"}), sorted(e.keys() - {Name("x")}))
s = set(e)
print("x" in s, Name("y") in s, "q" in s, len(s))
f = frozenset(d)
print("alpha" in f, Name("alpha") in f)
print(dict.fromkeys([Name("k"), "k", "j"]))

h = {"hello": 1}
print(Shout("HELLO") in h, Shout("hello") in h)
h[Shout("hi")] = 2
print("HI" in h, "hi" in h, Shout("HI") in h, len(h))
print({Name("a"): 1} == {"a": 1}, {"a": 1} == {Name("a"): 1})

# A wrapper that hashes and compares like the str it holds (not a str subclass).
class Key:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        return other == self.s if isinstance(other, str) else isinstance(other, Key) and other.s == self.s


w = {"a": 1, "b": 2}
print(Key("a") in w, w[Key("b")])
w[Key("c")] = 3
print("c" in w, w["c"], len(w), w.get("a"), w.pop("b"), len(w))
copied = dict(w)
print("a" in copied, Key("c") in copied, copied.copy() == w)
merged = {"x": 1}
merged.update(w)
print(sorted(k if isinstance(k, str) else "Key:" + k.s for k in merged), "c" in merged)
many = {}
for i in range(50):
    many["k%d" % i] = i
many[Key("k7")] = "seven"
print(len(many), many["k7"], many.get("k49"), "k7" in set(many))

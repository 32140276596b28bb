# Checks mapping patterns: literal and dotted keys, **rest, extra keys, non-dict mappings and get() semantics.
import collections
import collections.abc

class Keys:
    NAME = "name"

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if not rest:
            return f"key {k} (exact)"
        case {"type": "key", "key": k, **rest}:
            return f"key {k} with {sorted(rest.items())}"
        case {Keys.NAME: name, 1: one, -2: m, 3.5: f, None: n, False: t}:
            return f"odd keys {name} {one} {m} {f} {n} {t}"
        case {}:
            return "some other mapping"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "pos": (3, 4), "extra": 1},
    {"type": "key", "key": "q"},
    {"type": "key", "key": "w", "shift": True, "alt": False},
    {"type": "key", "key": 5},
    {"name": "n", 1: "one", -2: "minus two", 3.5: "f", None: "none", 0.0: "zero"},
    {"name": "n", 1: "one", -2: "minus two", 3.5: "f", None: "none"},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))

# dict subclasses and other mappings
class MyDict(dict):
    pass
dd = collections.defaultdict(list, {"type": "click", "pos": [1, 2]})
print(handle(MyDict(type="key", key="z")), handle(dd), handle(collections.OrderedDict(type="key", key="o")))
# a missing key does not create it in a defaultdict (get() is used, not __getitem__)
match dd:
    case {"absent": v}:
        print("found", v)
    case _:
        print("absent not added:", "absent" in dd)

class Config(collections.abc.Mapping):
    def __init__(self, **kw):
        self.data = kw
        self.gets = []
    def __getitem__(self, k):
        return self.data[k]
    def __iter__(self):
        return iter(self.data)
    def __len__(self):
        return len(self.data)
    def get(self, k, default=None):
        self.gets.append(k)
        return self.data.get(k, default)

c = Config(host="h", port=80, debug=False)
match c:
    case {"host": host, "port": port, **others}:
        print(host, port, others, type(others).__name__)
print("get() calls:", c.gets)

# mappingproxy is a mapping; a mapping pattern does not match lists of pairs
match type("T", (), {"attr": 1}).__dict__:
    case {"attr": a}:
        print("mappingproxy attr", a)

# **rest copies: changing it does not touch the subject
subject = {"a": 1, "b": 2}
match subject:
    case {"a": _, **rest}:
        rest["c"] = 3
print(subject, rest)

# json: dumps/loads of nested data, formatting options, custom encoders and object hooks, errors with positions.
import json
from collections import OrderedDict

data = {"name": "pyjit", "version": [0, 1], "ok": True, "none": None, "pi": 3.14159, "big": 2 ** 70,
        "text": "héllo \"quoted\" \n tab\t", "nested": {"a": [1, {"b": []}], "e": {}}}
s = json.dumps(data)
print(s)
print(json.loads(s) == data, json.dumps(data, sort_keys=True, indent=2)[:80])
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("é€😀"), json.dumps("é€😀", ensure_ascii=False))
print(json.dumps({3: "x", 1.5: "y", True: "z", None: "n"}), json.dumps(float("inf")), json.dumps([float("nan")]))
print(json.loads('[1, 2.5, -3e2, "x\\u00e9\\ud83d\\ude00", true, false, null, {"k": {}}]'))
print(json.loads("123"), json.loads(' "s" '), json.loads("1e400"), json.loads("-0.0"), json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads('{"x": 1.5}', parse_float=str), json.loads("[1]", parse_int=float))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        return super().default(o)

def as_point(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d

enc = json.dumps({"p": Point(1, 2), "l": [Point(3, 4)]}, cls=PointEncoder)
print(enc)
back = json.loads(enc, object_hook=as_point)
print(back["p"].x, back["l"][0].y, type(back["p"]).__name__)
print(json.dumps({"p": Point(5, 6)}, default=lambda o: vars(o)))
try:
    json.dumps({"p": Point(0, 0)})
except TypeError as e:
    print("TypeError:", e)
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "nul", ""]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.lineno, e.colno, e.pos)
print(json.dumps([[1, [2, [3]]]], indent=1))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), json.dumps("\u2028\x00"), json.loads(b'{"bytes": 1}'))

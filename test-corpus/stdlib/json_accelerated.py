# json through the _json accelerator: scanner and encoder results, error messages and positions, hooks, subclasses
import collections
import decimal
import enum
import json

docs = ['"abc', '"a\x01"', '"a\\q"', '"\\u12"', '"\\u12zz"', '{', '{"a" 1}', '{"a":1 "b"}', '{"a":1,}', '[1,]',
        '[1 2]', '', 'x', '[', '-', '-x', '1.', '1e', '01', 'nul', 'NaN', '-Infinity', 'Infinity', '[1,2', '{"a"',
        '"\\ud800"', '"\\ud83d\\ude00"', '"\\', ' [1, {"k": [true, false, null]}, -0.5e3, 12345678901234567890] ',
        '"\U0001f600 x" ', '["\U0001f600", bad]', '{"\U0001f600": 1, "b": x}', '1.5E+2', '-0', '[]', '{}', '[[[]]]']
for s in docs:
    try:
        print(repr(s), "->", repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), "error:", e.msg, e.pos, e.lineno, e.colno)

print(json.loads('{"a": 1, "b": [1.25, "x"]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=collections.OrderedDict))
print(json.loads('[1.1, 2, 3e1]', parse_float=decimal.Decimal, parse_int=lambda t: int(t) * 10))
print(json.loads('[NaN, Infinity]', parse_constant=lambda c: "const:" + c))
print(json.loads('"tab\there"', strict=False))
try:
    json.loads('"tab\there"')
except json.JSONDecodeError as e:
    print(e)
print(json.decoder.scanstring('"abc\\n" rest', 1))
print(json.decoder.scanstring('x"\U0001f600\\u00e9"', 2))
print(json.JSONDecoder().raw_decode('{"a": 1} trailing'))
dec = json.JSONDecoder(object_hook=lambda d: json.loads('{"inner": true}') if "outer" in d else d)
print(dec.decode('{"outer": {"x": 1}}'))

class Color(enum.IntEnum):
    RED = 1

class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"

class MyStr(str):
    pass

values = [None, True, False, 0, -7, 2 ** 70, 1.5, 1e16, -0.0, "é\U0001f600\n\"\\", Color.RED, MyFloat(2.5), MyStr("s"),
          [], {}, (1, 2), [1, [2, [3]]], {"k": {"n": [None]}}, {1: "int", 2.5: "float", True: "bool", None: "none"}]
for v in values:
    print(json.dumps(v), json.dumps(v, ensure_ascii=False))
print(json.dumps({"b": 1, "a": [1, 2], "c": {"z": 0, "y": 1}}, sort_keys=True, separators=(",", ":")))
print(json.dumps({(1, 2): 1, "ok": 2}, skipkeys=True))
try:
    json.dumps({(1, 2): 1})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps(loop, check_circular=False) if False else "skipped unbounded check_circular=False")
print(json.dumps({"when": {1, 2}}, default=sorted))
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", e)
print(json.dumps([1, {"a": 2}], indent=2))
big = {"items": [{"id": i, "name": "n%d" % i, "vals": [i, i / 2, None]} for i in range(300)]}
print(json.loads(json.dumps(big)) == big, len(json.dumps(big)))

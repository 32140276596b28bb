# Checks string indexing and slicing: negative indices, steps, clamping, and index errors.
s = "abcdefghij"
print(s[0], s[9], s[-1], s[-10], s[3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1] == "")
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], s[-100:100])
print(s[::3], s[-1::-3], s[:-11:-1], s[5::-1], s[:5:-1])
print(s[slice(2, 6)], s[slice(None, None, -1)], s[slice(1, None, 4)])
sl = slice(1, 8, 2)
print(sl, sl.start, sl.stop, sl.step, sl.indices(5), slice(None).indices(10), slice(-3, None).indices(10))
print(slice(5), slice(1, 2), repr(slice(None, None, None)))
for i in [10, -11, 100]:
    try:
        s[i]
    except IndexError as e:
        print("IndexError:", e)
try:
    s[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
print("".join(s[i] for i in range(0, len(s), 3)))
print([s[i:i + 3] for i in range(0, len(s), 3)])
word = "racecar"
print(word == word[::-1], "python"[::-1], "python"[1:-1], "python"[-1:0:-1])
print(s[True], s[False:True + 2])
class Idx:
    def __index__(self):
        return 4
print(s[Idx()], s[Idx():], s[:Idx()])

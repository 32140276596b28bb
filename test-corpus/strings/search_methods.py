# Checks str search methods: find/rfind/index/rindex/count/startswith/endswith with ranges and errors.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.rfind("the"), s.rfind("o"), s.rfind("o", 0, 20))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), s.count("o", 15, 30))
print(s.find(""), s.find("", 10), s.find("", 100), s.rfind(""), "".find(""), "".count("x"))
print(s.find("dog", -3), s.find("dog", -5, -1), s.find("t", -100), s.count("o", -10))
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.startswith(""))
print(s.endswith("dog"), s.endswith("lazy", 0, -4), s.endswith(("cat", "dog")), s.endswith("x"))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)
try:
    s.find(3)
except TypeError as e:
    print("TypeError:", e)
print("aaaa".count("aa"), "aaaa".find("aa", 1), "abab".rfind("ab"), "abcabc".index("c", 3))
print("fox" in s, "Fox" in s, "" in s, s.lower().find("QUICK".lower()))
positions = []
start = 0
while True:
    i = s.find("o", start)
    if i < 0:
        break
    positions.append(i)
    start = i + 1
print(positions)
print([w for w in s.split() if w.startswith(("t", "l"))])
print("mississippi".count("ss"), "mississippi".count("s"), "mississippi".rfind("ss"), "mississippi".find("ssi", 3))

# Checks split/rsplit/splitlines/partition/rpartition/join with separators, maxsplit and edge cases.
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "a,b,,c".split(",", 0))
print("  a  b   c  ".split(), "  a  b   c  ".split(None, 1), "  a  b   c  ".rsplit(None, 1))
print("".split(), "".split(","), "   ".split(), ",".split(","), "abc".split("abc"))
print("a\tb\nc\x0bd\x0ce\rf g".split())
print("1<>2<>3".split("<>"), "1<>2<>3".rsplit("<>", maxsplit=1), "a b c".split(maxsplit=1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("line1\nline2\r\nline3\rline4".splitlines())
print("line1\nline2\n".splitlines(), "line1\nline2\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("x\n\ny".split("\n"), "x\n\ny".splitlines())
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(str(i) for i in range(5)))
print("::".join(("only",)), ", ".join(sorted({"b": 1, "a": 2})), "\n".join(["l1", "l2"]))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
csv = "name,age\nalice,30\nbob,25\n"
rows = [line.split(",") for line in csv.splitlines()]
print(rows)
header, *data = rows
print([dict(zip(header, r)) for r in data])
words = "the cat sat on the mat".split()
print(words, len(words), " ".join(reversed(words)), "_".join(w.upper() for w in words))
print("a b".split(" "), "a  b".split(" "), " a b ".split(" "))

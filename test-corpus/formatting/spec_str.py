# Checks format specs for strings: fill, alignment, width, precision truncation, and invalid options.
for s in ["", "a", "hello", "wide text here", "é😀"]:
    print(f"[{s}] [{s:8}] [{s:<8}] [{s:>8}] [{s:^8}] [{s:*^9}] [{s:.3}] [{s:>8.2}] [{s:-<6.4}]")
print(f"[{'x':🙂^5}] [{'y':·>4}]", "[" + format("x", "~^5") + "]")
print(format("abc", "s"), format("abc", ">5s"), format("abc", ""), format("", "^4") + "|")
for bad in ["d", "=10", "+", ",", "#", "05", "x"]:
    try:
        format("text", bad)
    except ValueError as e:
        print(f"{bad!r}: ValueError: {e}")
table = [("Name", "Qty", "Price"), ("apple", "3", "1.50"), ("kiwi", "12", "0.25")]
for a, b, c in table:
    print(f"|{a:<8}|{b:>5}|{c:^8}|")
print(f"{'left':<{10}}|{'right':>{5 + 5}}|")
width, fill = 12, "."
print(f"{'dyn':{fill}^{width}}")
print("{:>6}".format(None) if False else format(str(None), ">6"), format(repr("q"), "^7"))
print(f"[{'abc':.0}] [{'abc':.1}] [{'abc':5.1}] [{'abc':>5.2}] [{'':.3}] [{'abc':.10}]")
print(f"[{'x':<1}] [{'xyz':1}] [{'é':*>4}] [{'中文':_^6}] [{'a b':!^7}]")
print("{:<6}|{:^6}|{:>6}".format("a", "b", "c"), "{0:>{1}}|".format("w", 4))
print(format("fill", "0>8"), format("fill", "0<8"), format("fill", "08"))
print([format(w, "^7") for w in ["a", "bb", "ccc"]], "|".join(format(w, ">3") for w in "xyz"))

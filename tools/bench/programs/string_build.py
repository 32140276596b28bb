# Strings: building text with join and concatenation, %-formatting, str.format and
# f-strings, then hashing the result by hand. Exercises str allocation and formatting.


def make_report(rows):
    lines = []
    for i in range(rows):
        name = "item" + str(i % 97)
        price = (i * 37 % 1000) / 10.0
        qty = i % 13
        lines.append("%-8s|%6.1f|%3d|%s" % (name, price, qty, "*" * (qty % 5)))
        lines.append("{0:>8}:{1:08.3f}:{2:x}".format(name, price * qty, i))
        lines.append(f"{name}={qty * price:.2f};{i:05d}")
    return "\n".join(lines)


def build_by_concatenation(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
        if i % 50 == 49:
            s += "\n"
    return s


def text_hash(text):
    h = 5381
    for ch in text:
        h = (h * 33 + ord(ch)) & 0xFFFFFFFF
    return h


total = 0
length = 0
for round_number in range(12):
    report = make_report(15000 + round_number)
    length += len(report)
    total = (total * 131 + text_hash(report)) % 1000000007
built = build_by_concatenation(600000)
print("report length", length)
print("built lines", built.count("\n"), "upper", built[:26].upper())
print("checksum", (total + text_hash(built)) % 1000000007)

# Checks str case methods and predicates: upper/lower/title/capitalize/swapcase/casefold, is* tests.
samples = ["hello world", "Hello World", "HELLO", "hello", "it's a dog's life", "123abc",
           "abc123DEF", "", "   ", "Title Case Here", "ÉCOLE école", "mIxEd CaSe", "a1b2", "x_y-z"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
for s in samples:
    print(repr(s), s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum(), s.isdigit(), s.isspace())
for s in ["123", "12.3", "½", "²", "٣", "", "0x1", "Ⅻ", "１２"]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum())
for s in ["abc", "_x", "x1", "1x", "class", "a b", "", "é", "a-b"]:
    print(repr(s), s.isidentifier())
for s in ["abc", "a\tb", "a\nb", " ", "", "\x00", "é"]:
    print(repr(s), s.isprintable(), s.isascii())
print("hello world".title(), "HELLO wORLD".capitalize(), "o'neil mc-donald".title())
print("ß".upper(), "ß".casefold(), "ß".lower(), "ﬀ".upper(), "İ".lower() == "i\u0307")
print("hELLO".swapcase().swapcase(), "ABC".lower().upper(), "mixed Case 123".upper().isupper())
print("ǈ".istitle(), "ǈ".upper(), "ǈ".lower(), "ǈ".title(), "ǈabc".capitalize())
print("σς".upper(), "ΣΑΣ ΣΑΣ".lower(), "ﬃ".casefold(), "Straße".upper(), "Straße".casefold() == "STRASSE".casefold())
print([c for c in "aB1 _" if c.isalnum()], [c.isspace() for c in " \t\n\r\x0b\x0c\u3000a"])
print("snake_case_name".replace("_", " ").title().replace(" ", ""), "CamelCase".lower())

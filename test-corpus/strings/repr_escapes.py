# Checks repr() of strings: quote choice, escapes for control chars, backslashes, unicode and ascii().
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\rret",
           "back\\slash", "nul\x00byte", "bell\x07", "esc\x1b", "del\x7f", "\x80\x9f", "\xa0nbsp",
           "é ü ñ", "日本語", "\u200b zero width", "\ufeff bom", "\U0001F600", "\ud800" if False else "ok",
           "", "'", '"', "'\"", "\\", "\x0b\x0c", "\u2028", "\U000e007f"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(repr("a'b"), str(repr("a'b")), repr(repr("x")))
print(["list", "of 'strs'", "with\nnewline"])
print({"key's": "val\tue"}, ("tuple\\",))
print("%r %a %s" % ("é\n", "é\n", "é"))
print(f"{'é'!r} {'é'!a} {'q' if False else 'z'!r}")
print("\x41\102\u0043\U00000044", "\N{BLACK STAR}", "\101\0".encode() == b"A\x00")
print(r"\n\t\x41", len(r"\n"), rb"\n" == b"\\n")
print(repr("a\\b"), repr("\\n"), repr("tab:\t|"), repr("\r\n"))
print(repr("🐍 and \x1f"), ascii("🐍 and \x1f"), repr("\u00ad"), repr("\u0300"), repr("\U0001d400"))
print(str(["'", '"', "\\"]), repr(("a", 'b"c')))
for ch in ["\x00", "\x1f", "\x7f", "\x9f", "\xa0", "\xad", "\u2028", "\ufffd"]:
    print(hex(ord(ch)), repr(ch), ch.isprintable())
print(eval_free := "no eval needed", repr(eval_free))

# textwrap: wrap, fill, shorten, dedent, indent, TextWrapper options.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "How vexingly quick daft zebras jump!")
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50), "|", textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("abc", 10))
print(textwrap.shorten(text, width=40, placeholder=" [...]"))
code = """
    def f():
        return 1
      # comment
    """
print(repr(textwrap.dedent(code)))
print(textwrap.indent("a\nb\n\nc", "> "), textwrap.indent("a\n\nb", "+", lambda line: True), sep="\n")
w = textwrap.TextWrapper(width=20, break_long_words=True, max_lines=3, placeholder="...")
print(w.wrap("supercalifragilisticexpialidocious and other long words go here for testing"))
print(textwrap.wrap("a-very-long-hyphenated-word-that-wraps", width=10), textwrap.wrap("short", 80), textwrap.wrap("", 10))
print(textwrap.wrap("tabs\there\tand there", width=12, expand_tabs=True, tabsize=4))
print(textwrap.wrap("Sentence one.  Sentence two.", width=80, fix_sentence_endings=True))
print(textwrap.fill("x " * 30, width=20, drop_whitespace=False).count("\n"))
print(textwrap.wrap("averyveryverylongword here", width=8, break_long_words=False), textwrap.wrap("a b", width=1))

# re pattern methods convert pos/endpos before checking the subject's kind: out-of-range ints raise OverflowError
import re, sys
p = re.compile(r'\w+')
for args in [(b"xxx", sys.maxsize + 1), ("abc", sys.maxsize + 1), ("abc", -sys.maxsize - 2), ("abc", 1, sys.maxsize * 2)]:
    for f in (p.match, p.search, p.fullmatch, p.findall):
        try:
            print(f.__name__, f(*args))
        except (OverflowError, TypeError) as e:
            print(f.__name__, type(e).__name__, e)
print(p.match("abc", 1, 2), p.findall("ab cd", 1))

# possessive quantifiers and atomic groups do not give back; characters whose uppercase is several
# characters are cased; anchored searches; sub with a replacement of the wrong kind
import re

for pattern, text in [('(.)++.', 'ee'), (r'(?:ab)++c', 'abc'), (r'(?>x)++x', 'xxx'), (r'(?>x++)x', 'xxx'),
                      (r'x*+x', 'xxx'), (r'(?:a|ab)++c', 'ababc'), (r'(\d{2,4})++(\d)', '123456'),
                      (r'(?>(\w+)),', 'ab,cd'), (r'a{1,3}+b', 'aaab')]:
    m = re.match(pattern, text)
    f = re.fullmatch(pattern, text)
    print(pattern, m and m.group(0), m and m.groups(), f and f.span())

print(re.match(r'\ufb05', '\ufb06', re.I) is not None, re.match(r'[\ufb04-\ufb05]', '\ufb06', re.I) is not None)
print(re.match('ß', 'SS', re.I), re.match('(?i)ǆ', 'ǅ') is not None, re.findall('(?i)[k]', 'Kk\u212a'))

s = 'x' * 100000
for p in (r'\Ay', r'^y', r'^x', r'(?m)^y'):
    print(p, re.search(p, s) is None, len(re.split(p, s)), len(re.findall(p, s)), re.sub(p, '', s) == s)
print(re.compile('^a').search('ab', 1), re.compile('(?m)^a').search('b\na', 1))

pat, bpat = re.compile('.'), re.compile(b'.')
for f, args in [(pat.match, (b'b',)), (bpat.match, ('b',)), (pat.sub, (b'b', 'c')), (pat.sub, ('b', b'c')),
                (bpat.sub, (b'b', 'c')), (bpat.sub, ('b', b'c')), (pat.sub, (lambda m: b'x', 'ab'))]:
    try:
        print(f(*args))
    except TypeError as e:
        print("TypeError", e)

import weakref
compiled = re.compile('a+')
ref = weakref.ref(compiled)
print(ref() is compiled, ref().match('aa').group())

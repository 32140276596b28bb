# binascii's uuencode and quoted-printable codecs: line lengths, quoting rules, headers, CRLF, errors
import binascii
samples = [b'', b'hello world', b'a=b\tc \n', b'line with trailing space \nnext\t\r\nx', b'.\n.x', bytes(range(256)), b'x' * 200,
           b'word ' * 30 + b'\n', b'_under score_', b'a\r\nb\r\n', b'=\n', b'caf\xc3\xa9 \t']
for s in samples:
    for kw in ({}, {'quotetabs': True}, {'istext': False}, {'header': True}):
        e = binascii.b2a_qp(s, **kw)
        print(kw, e, binascii.a2b_qp(e, header=kw.get('header', False)) == s)
for enc in (b'=41=4a', b'=\r\nab', b'a=\nb', b'==', b'=4', b'=zz', b'_a_', b'=', b'abc=\r'):
    print(enc, binascii.a2b_qp(enc), binascii.a2b_qp(enc, header=True), binascii.a2b_qp(enc.decode()))
for s in (b'', b'a', b'ab', b'abc', b'hello world!', bytes(range(45))):
    for bt in (False, True):
        e = binascii.b2a_uu(s, backtick=bt); print(e, binascii.a2b_uu(e) == s)
print(binascii.a2b_uu(b''), binascii.a2b_uu(b'!'), binascii.a2b_uu(' 7'), binascii.a2b_uu(b'$86)C\n'))
for bad in (b'!\x01', b'!ab!'):
    try: binascii.a2b_uu(bad)
    except binascii.Error as e: print(e)
try: binascii.b2a_uu(b'x' * 46)
except binascii.Error as e: print(e)

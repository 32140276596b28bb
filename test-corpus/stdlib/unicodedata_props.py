# unicodedata: properties, names, lookup and normalization of common characters (Unicode 14.0.0 answers), error messages
import unicodedata as ud
chars = "aZ5 \n\t!é\u0301ß\u00bd\u2163\u2460\u00b2\u0663\u4e00\u4e07\uac00\uac01\uff21\uff71\u3042\u05d0\u0627\u20ac\U0001F600\U0001F9D1\u200b\ufeff\ud7a3\u3000\u00a0\u2028\uf900\U00020000\U0001D11E\u0e01\u0915\u093f\u1100\u2603\u00ad\U0001FAE0\u0378\U000E0001"
for c in chars:
    print("%06x" % ord(c), ud.category(c), ud.bidirectional(c), ud.combining(c), ud.east_asian_width(c), ud.mirrored(c),
          repr(ud.decomposition(c)), ud.name(c, None), ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None))
for name in ["LATIN SMALL LETTER A", "latin small letter e with acute", "EURO SIGN", "SNOWMAN", "GRINNING FACE",
             "CJK UNIFIED IDEOGRAPH-4E00", "HANGUL SYLLABLE GAG", "CJK COMPATIBILITY IDEOGRAPH-F900", "NO SUCH THING", "BASIC LATIN 41"]:
    try:
        print(name, ascii(ud.lookup(name)))
    except KeyError as e:
        print("KeyError", e)
s = "Ame\u0301lie \ufb01 \u2460 \u00c5 \u212b \uac00 \u1100\u1161"
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    n = ud.normalize(form, s)
    print(form, ascii(n), ud.is_normalized(form, s), ud.is_normalized(form, n))
print(ud.unidata_version, ud.ucd_3_2_0.unidata_version, ud.ucd_3_2_0.category("a"))
for bad in [lambda: ud.category("ab"), lambda: ud.category(5), lambda: ud.name("\n"), lambda: ud.decimal("x"),
            lambda: ud.digit("\u00bd"), lambda: ud.numeric("a"), lambda: ud.normalize("NFX", "a"), lambda: ud.category("")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
import re
print(re.findall(r"\w+", "naïve café ñandú 中文"), "ÉCOLE".casefold(), "straße".upper())

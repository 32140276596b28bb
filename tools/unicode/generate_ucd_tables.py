"""Writes the Unicode Character Database properties pyjit's `unicodedata` module serves from a
table (CPython 3.11 answers from Unicode 14.0.0; the JDK carries a newer Unicode) as
runtime/src/main/resources/org/pyjit/runtime/modules/unicodedata/ucd.txt.gz.

Run with a CPython 3.11 (whose unicodedata is Unicode 14.0.0): python3.11 tools/unicode/generate_ucd_tables.py

Format, one section per property: a line "@name kind", then for kind "runs" one line
"hex-start value" where the value changes (it holds up to the next line's start), and for kind
"points" one line "hex-code value" per code point that has the property.
"""
import gzip
import os
import sys
import unicodedata as u

assert u.unidata_version == "14.0.0", "needs CPython 3.11's Unicode 14.0.0"
ALL = range(0x110000)


def runs(name, f):
    out = ["@%s runs" % name]
    prev = object()
    for c in ALL:
        v = f(chr(c))
        if v != prev:
            out.append("%x %s" % (c, v))
            prev = v
    return out


def points(name, f):
    out = ["@%s points" % name]
    for c in ALL:
        v = f(chr(c), None)
        if v is not None and v != "":
            out.append("%x %s" % (c, v))
    return out


lines = ["@version " + u.unidata_version]
lines += runs("category", u.category)
lines += runs("east_asian_width", u.east_asian_width)
lines += runs("combining", u.combining)
lines += runs("bidirectional", lambda ch: u.bidirectional(ch) or "-")
lines += runs("mirrored", u.mirrored)
lines += points("decimal", u.decimal)
lines += points("digit", u.digit)
lines += points("numeric", lambda ch, d: None if u.numeric(ch, None) is None else repr(u.numeric(ch)))
lines += points("decomposition", lambda ch, d: u.decomposition(ch).replace(" ", "_"))
here = os.path.dirname(os.path.abspath(__file__))
target = os.path.join(here, "..", "..", "runtime", "src", "main", "resources", "org", "pyjit", "runtime", "modules",
                      "unicodedata", "ucd.txt.gz")
with gzip.GzipFile(target, "wb", mtime=0) as f:
    f.write(("\n".join(lines) + "\n").encode("ascii"))
print("wrote", os.path.normpath(target), len(lines), "lines", file=sys.stderr)

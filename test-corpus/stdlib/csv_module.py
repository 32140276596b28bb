# csv through CPython's csv.py on pyjit's _csv: dialects, quoting styles, escapes, embedded
# newlines, DictReader/DictWriter, Sniffer, and the errors bad input raises.
import csv
import io
import os
import tempfile

rows = [
    ["name", "quote", "n"],
    ["plain", "no special chars", 1],
    ["comma", "a, b", 2.5],
    ["quote", 'say "hi"', None],
    ["newline", "line1\nline2", True],
    ["unicode", "héllo wörld 😀", -3],
    ["empty", "", 0],
]

for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    out = io.StringIO()
    w = csv.writer(out, quoting=quoting)
    w.writerows(rows)
    text = out.getvalue()
    print(quoting, repr(text))
    try:
        print(list(csv.reader(io.StringIO(text, newline=""), quoting=quoting)))
    except ValueError as e:  # QUOTE_NONNUMERIC reads the unquoted True back as a float
        print("ValueError", e)

out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
w.writerow(["a,b", 'c"d', "e\\f", "g\nh"])
print(repr(out.getvalue()))
print(list(csv.reader(io.StringIO(out.getvalue()), quoting=csv.QUOTE_NONE, escapechar="\\")))

csv.register_dialect("pipes", delimiter="|", quotechar="'", lineterminator="\n")
print(sorted(csv.list_dialects()))
d = csv.get_dialect("pipes")
print(d.delimiter, d.quotechar, repr(d.lineterminator), d.quoting, d.doublequote, d.escapechar)
out = io.StringIO()
csv.writer(out, "pipes").writerow(["x|y", "it's", "z"])
print(repr(out.getvalue()))
print(next(csv.reader([out.getvalue()], "pipes")))
csv.unregister_dialect("pipes")


class Semicolons(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = True
    lineterminator = "\r\n"
    quoting = csv.QUOTE_MINIMAL


print(list(csv.reader(["a; b;  c", '"x;y"; z'], Semicolons)))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "people.csv")
    with open(path, "w", newline="") as f:
        dw = csv.DictWriter(f, fieldnames=["first", "last", "age"], extrasaction="ignore")
        dw.writeheader()
        dw.writerow({"first": "Ada", "last": "Lovelace", "age": 36, "extra": 1})
        dw.writerow({"first": "Alan", "last": "Turing, A.", "age": 41})
        dw.writerow({"first": "Grace", "age": 85})
    with open(path, newline="") as f:
        print(repr(f.read()))
    with open(path, newline="") as f:
        r = csv.DictReader(f)
        print(r.fieldnames)
        for rec in r:
            print(dict(rec), r.line_num)

sample = "id;name;score\n1;ann;3.5\n2;bob;4.0\n3;cy;2.25\n"
dialect = csv.Sniffer().sniff(sample)
print(repr(dialect.delimiter), csv.Sniffer().has_header(sample))

r = csv.reader(['a,"multi', 'line",b', "c,d"])
print([(row, r.line_num) for row in r])
print(list(csv.reader(['1,"2",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["", "x", ""])))


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("bytes", lambda: next(csv.reader([b"a,b"])))
attempt("strict", lambda: list(csv.reader(['"a"b'], strict=True)))
attempt("eof", lambda: list(csv.reader(['"open'], strict=True)))
attempt("newline", lambda: list(csv.reader(["a\rb"])))
attempt("noescape", lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]))
attempt("empty", lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]))
attempt("notiter", lambda: csv.writer(io.StringIO()).writerow(5))
attempt("nowrite", lambda: csv.writer(object()))
attempt("delimiter", lambda: csv.reader([], delimiter="::"))
attempt("quoting", lambda: csv.reader([], quoting=9))
attempt("quotechar", lambda: csv.reader([], quotechar=None, quoting=csv.QUOTE_ALL))
attempt("unknown", lambda: csv.get_dialect("nope"))
attempt("readonly", lambda: setattr(csv.get_dialect("excel"), "delimiter", ";"))
old = csv.field_size_limit(5)
attempt("limit", lambda: list(csv.reader(["abcdef"])))
print(csv.field_size_limit(old))

# string: constants, capwords, Template (substitute, safe_substitute, custom delimiters, errors), Formatter subclasses.
import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable), string.ascii_lowercase[:5], string.ascii_uppercase[-3:])
print(string.capwords("hello   world  from python"), string.capwords("a-b c-d", "-"))

t = string.Template("$who likes $what, ${who}'s $$ costs $amount")
print(t.substitute(who="tim", what="kung pao", amount=5), t.template)
print(t.safe_substitute(who="sue"), t.safe_substitute({"what": "tea"}, who="al"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError:", e)
print(t.get_identifiers(), t.is_valid(), string.Template("$ok $").is_valid())

class Percent(string.Template):
    delimiter = "%"
    idpattern = r"[a-z]+"
print(Percent("%greet, %name!").substitute(greet="Hi", name="bob"))

f = string.Formatter()
print(f.format("{0} + {1} = {total:>5}", 2, 3, total=5), f.vformat("{a[0]}-{b.real}", (), {"a": [9], "b": 3}))
print(list(f.parse("x{0!r:>4}y{name}z{{}}")))

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)
print(Upper().format("{0} and {missing} and {x:>3}", "abc", x="q"))
try:
    f.format("{0} {1}", 1)
except IndexError as e:
    print("IndexError:", e)
print("{:,}".format(1234567), "{:08.3f}".format(3.14159), "{!a}".format("é"))

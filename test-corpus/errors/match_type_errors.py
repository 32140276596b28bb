# Checks the TypeErrors and ValueErrors class and mapping patterns raise at run time, caught and uncaught.
class NoArgs:
    pass

class BadArgs:
    __match_args__ = ("a", 1)
    a = 1

class ListArgs:
    __match_args__ = ["a"]

class Dup:
    __match_args__ = ("a",)
    a = 5

class Keys:
    a = "a"
    b = "a"

def attempt(label, subject, fn):
    try:
        fn(subject)
        print(label, "matched nothing")
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)

def positional(v):
    match v:
        case NoArgs(x):
            return x

def too_many_for_int(v):
    match v:
        case int(a, b):
            return a

def not_strings(v):
    match v:
        case BadArgs(_, y):
            return y

def not_tuple(v):
    match v:
        case ListArgs(y):
            return y

def twice(v):
    match v:
        case Dup(x, a=y):
            return x

def not_a_class(v):
    f = len
    match v:
        case f():
            return 1

def duplicate_keys(v):
    match v:
        case {Keys.a: 1, Keys.b: 2}:
            return 1

attempt("positional", NoArgs(), positional)
attempt("positional, other type", 5, positional)
attempt("int", 3, too_many_for_int)
attempt("not strings", BadArgs(), not_strings)
attempt("not a tuple", ListArgs(), not_tuple)
attempt("twice", Dup(), twice)
attempt("not a class", 1, not_a_class)
attempt("duplicate keys", {"a": 1, "b": 2}, duplicate_keys)
attempt("duplicate keys, short mapping", {"a": 1}, duplicate_keys)

def shapes(items):
    for item in items:
        match item:
            case NoArgs(kind):
                print("never")
            case _:
                print("skipped", item)

shapes([1, "two"])
shapes([NoArgs()])

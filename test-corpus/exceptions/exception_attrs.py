# Checks attributes of built-in exceptions: args, KeyError str, OSError errno/strerror, StopIteration value, SyntaxError fields.
e = OSError(2, "No such file or directory")
print(e.errno, e.strerror, e.args, str(e), type(e).__name__)
print(type(OSError(2, "x")).__name__, str(OSError("just message")), OSError("m").errno)
f = FileNotFoundError(2, "missing", "data.txt")
print(f.errno, f.strerror, f.filename, str(f))
s = StopIteration(5)
print(s.value, s.args)
se = SystemExit(3)
print(se.code, se.args, SystemExit().code, SystemExit("msg").code)
k = KeyError("key")
print(str(k), repr(k), k.args[0])
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
n = NameError("name 'x' is not defined")
print(n.args, str(n))
try:
    undefined_var
except NameError as err:
    print(err.name if hasattr(err, "name") else "no name attr", str(err))
try:
    None.some_attr
except AttributeError as err:
    print(str(err), err.name, err.obj)
a = AssertionError()
print(repr(a), repr(str(a)), a.args)
r = RecursionError("deep")
print(isinstance(r, RuntimeError), str(r))
ex = Exception("a", "b", 3)
print(str(ex), repr(ex), len(ex.args))
syn = SyntaxError("invalid syntax", ("prog.py", 3, 5, "x = = 1\n", 3, 6))
print(type(syn).__name__, syn.msg, syn.filename, syn.lineno, syn.offset, repr(syn.text), str(syn))
print(ValueError("v").with_traceback(None).args, BaseException.__name__)
ge = GeneratorExit()
print(isinstance(ge, Exception), isinstance(ge, BaseException))

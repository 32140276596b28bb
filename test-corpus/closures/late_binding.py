# Checks late binding in closures over loop variables and the usual fixes (defaults, factories).
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(4):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
def make(i):
    return lambda: i
print([make(i)() for i in range(4)])
funcs = [lambda: j for j in range(3)]
print([f() for f in funcs])
funcs = [(lambda k: lambda: k)(j) for j in range(3)]
print([f() for f in funcs])
def loop_closures():
    out = []
    n = 0
    while n < 3:
        out.append(lambda: n)
        n += 1
    return [f() for f in out]
print(loop_closures())
def changing():
    x = 1
    f = lambda: x
    x = 2
    r1 = f()
    x = 3
    return r1, f()
print(changing())
gen_funcs = list(lambda: k for k in "ab")
print([f() for f in gen_funcs])
handlers = {}
for name in ["start", "stop"]:
    def handler(name=name):
        return "handling " + name
    handlers[name] = handler
print(handlers["start"](), handlers["stop"]())

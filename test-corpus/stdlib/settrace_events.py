# sys.settrace/setprofile/gettrace, frame.f_trace and threading.settrace: the event sequences CPython 3.11 delivers
import sys
import threading

events = []

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == "exception":
        arg = arg[0].__name__
    elif event == "return" and not isinstance(arg, (int, str, type(None), list, tuple)):
        arg = type(arg).__name__
    events.append((event, frame.f_code.co_name, frame.f_lineno, arg))
    return tracer

def show(title):
    print("--", title)
    for e in events:
        print(" ", *e)
    events.clear()

def traced(fn, *args):
    sys.settrace(tracer)
    try:
        return fn(*args)
    finally:
        sys.settrace(None)

def add(a, b):
    return a + b

def calls():
    x = add(1, 2)
    y = add(x,
            3)
    return y

traced(calls)
show("nested calls")

def loops(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        total += i
    k = 0
    while k < 2:
        k += 1
    else:
        total += 100
    return total

traced(loops, 4)
show("loops")

def deep(n):
    if n == 0:
        raise KeyError(n)
    return deep(n - 1)

def catcher():
    try:
        deep(2)
    except KeyError as e:
        r = "caught"
    else:
        r = "no"
    finally:
        r += "!"
    return r

traced(catcher)
show("exception through frames")

def uncaught():
    return 1 / 0

try:
    traced(uncaught)
except ZeroDivisionError:
    pass
show("uncaught")

class Box:
    def __init__(self, v):
        self.v = v

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

def with_block():
    with Box(3) as b:
        v = b.v
    return v

traced(with_block)
show("with and methods")

def producer():
    for i in range(2):
        yield i
    return "done"

def consumer():
    out = [x for x in producer()]
    g = producer()
    next(g)
    g.close()
    return out

traced(consumer)
show("generators")

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

traced(fact, 3)
show("recursion")

def lam():
    f = lambda x: x + 1
    return f(1)

traced(lam)
show("lambda")

def only_calls(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        events.append((event, frame.f_code.co_name, frame.f_lineno, None))
    return None

sys.settrace(only_calls)
calls()
sys.settrace(None)
show("global tracer returning None")

def lines_off(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    frame.f_trace_lines = False
    events.append((event, frame.f_code.co_name, frame.f_lineno, arg if event == "return" else None))
    return lines_off

sys.settrace(lines_off)
calls()
sys.settrace(None)
show("f_trace_lines = False")

def switching(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    events.append(("S", event, frame.f_code.co_name, frame.f_lineno))
    if event == "line" and frame.f_lineno == 36:
        return tracer
    return switching

sys.settrace(switching)
calls()
sys.settrace(None)
show("local tracer replaced")

def broken(frame, event, arg):
    if frame.f_code.co_filename == __file__ and event == "line":
        raise RuntimeError("tracer failed")
    return broken

sys.settrace(broken)
try:
    calls()
except RuntimeError as e:
    print("tracer raised:", e, sys.gettrace())
sys.settrace(None)

print(sys.gettrace() is None)
sys.settrace(tracer)
print(sys.gettrace() is tracer)
sys.settrace(None)

def watch_locals(frame, event, arg):
    if frame.f_code.co_name == "add" and event == "return":
        events.append(("locals", sorted(frame.f_locals.items()), arg))
    return watch_locals

sys.settrace(watch_locals)
add(5, 6)
sys.settrace(None)
show("f_locals in tracer")

profiled = []

def profiler(frame, event, arg):
    if frame.f_code.co_filename == __file__ and not event.startswith("c_"):
        profiled.append((event, frame.f_code.co_name, arg if event == "return" else None))

sys.setprofile(profiler)
calls()
sys.setprofile(None)
print(sys.getprofile())
for p in profiled:
    print(" ", *p)

def worker():
    add(7, 8)

threading.settrace(tracer)
t = threading.Thread(target=worker)
t.start()
t.join()
threading.settrace(None)
print("thread events:", [e for e in events if e[1] in ("worker", "add")])
events.clear()

counts = {}

def counter(frame, event, arg):
    if event == "line" and frame.f_code.co_filename == __file__:
        key = (frame.f_code.co_name, frame.f_lineno)
        counts[key] = counts.get(key, 0) + 1
    return counter

sys.settrace(counter)
for _ in range(3):
    loops(5)
sys.settrace(None)
for k in sorted(counts):
    print(k, counts[k])

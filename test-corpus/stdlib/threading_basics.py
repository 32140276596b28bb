# threading: start/join, locks guarding shared state, Event, Condition, Barrier, thread-local data, exceptions in threads
import threading

counter = 0
lock = threading.Lock()

def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=add, args=(5000,), name=f"adder-{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter, [t.is_alive() for t in threads])

# unsynchronized appends to one list: each append is atomic, none is lost
items = []
def append_many(tag):
    for i in range(3000):
        items.append((tag, i))
ts = [threading.Thread(target=append_many, args=(k,)) for k in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("appended", len(items), sorted(set(tag for tag, _ in items)))

# a busy wait on a flag another thread sets must not hang
flag = False
def setter():
    global flag
    flag = True
t = threading.Thread(target=setter)
t.start()
spins = 0
while not flag:
    spins += 1
t.join()
print("flag seen")

ready = threading.Event()
results = []
def waiter():
    ready.wait()
    results.append("woke")
w = threading.Thread(target=waiter)
w.start()
print("event set before:", ready.is_set())
ready.set()
w.join()
print(results, ready.wait(0.01))

cond = threading.Condition()
queue = []
def consumer(out):
    with cond:
        while not queue:
            cond.wait()
        out.append(queue.pop(0))
got = []
cs = [threading.Thread(target=consumer, args=(got,)) for _ in range(3)]
for c in cs: c.start()
for v in (10, 20, 30):
    with cond:
        queue.append(v)
        cond.notify()
for c in cs: c.join()
print("consumed", sorted(got))

barrier = threading.Barrier(3)
order = []
def party(i):
    barrier.wait()
    with lock:
        order.append(i)
ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for p in ps: p.start()
for p in ps: p.join()
print("barrier passed by", sorted(order))

local = threading.local()
seen = {}
def use_local(i):
    local.value = i * 10
    seen[i] = local.value
ls = [threading.Thread(target=use_local, args=(i,)) for i in range(4)]
for t in ls: t.start()
for t in ls: t.join()
print("locals", sorted(seen.items()), hasattr(local, "value"))

rl = threading.RLock()
with rl:
    with rl:
        print("rlock reentered")

def boom():
    raise ValueError("bad thread")
captured = []
old_hook = threading.excepthook
threading.excepthook = lambda args: captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
b = threading.Thread(target=boom, name="boomer")
b.start(); b.join()
threading.excepthook = old_hook
print("excepthook got", captured)

print("main is", threading.current_thread().name, threading.main_thread() is threading.current_thread())
print("active", threading.active_count())

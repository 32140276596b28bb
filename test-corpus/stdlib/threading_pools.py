# concurrent.futures thread pools, queue.Queue producers/consumers, timers and a daemon thread left running at exit
import concurrent.futures
import queue
import threading
import time

def square(x):
    return x * x

with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
    print(list(pool.map(square, range(10))))
    futures = {pool.submit(square, n): n for n in (3, 5, 7)}
    done = sorted(f.result() for f in concurrent.futures.as_completed(futures))
    print(done)
    bad = pool.submit(int, "x")
    try:
        bad.result()
    except ValueError as e:
        print("future raised:", e)

q = queue.Queue()
out = queue.Queue()
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.put(item * 2)
        q.task_done()
workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers: w.start()
for i in range(20):
    q.put(i)
for _ in workers:
    q.put(None)
q.join()
for w in workers: w.join()
vals = []
while not out.empty():
    vals.append(out.get_nowait())
print(sorted(vals) == [i * 2 for i in range(20)], len(vals))

try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("empty after timeout")

fired = threading.Event()
timer = threading.Timer(0.01, fired.set)
timer.start()
print("timer fired", fired.wait(5))
cancelled = threading.Timer(10, print, args=("never",))
cancelled.start()
cancelled.cancel()
cancelled.join()
print("cancelled timer joined")

sem = threading.BoundedSemaphore(2)
inside = []
peak = [0]
lock = threading.Lock()
def limited():
    with sem:
        with lock:
            inside.append(1)
            peak[0] = max(peak[0], len(inside))
        time.sleep(0.005)
        with lock:
            inside.pop()
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("peak within semaphore", peak[0] <= 2)

def forever():
    while True:
        time.sleep(0.01)
threading.Thread(target=forever, daemon=True).start()

def late():
    time.sleep(0.05)
    print("non-daemon thread finished before exit")
threading.Thread(target=late).start()
print("main done")

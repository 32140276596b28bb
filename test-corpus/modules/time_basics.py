# Checks the deterministic parts of the time module: types, monotonicity, sleep, gmtime and strftime on fixed instants.
import time
t = time.time()
print(type(t).__name__, t > 1.6e9, type(time.time_ns()).__name__, time.time_ns() > 1.6e18)
m1 = time.monotonic()
p1 = time.perf_counter()
time.sleep(0.02)
m2 = time.monotonic()
p2 = time.perf_counter()
print(m2 >= m1, p2 - p1 >= 0.015, m2 - m1 >= 0.015, type(time.process_time()).__name__)
print(time.perf_counter_ns() > 0, type(time.monotonic_ns()).__name__)
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday)
print(tuple(time.gmtime(86400 * 365)))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1_000_000_000)))
print(time.strftime("%a %b %d %j %y", time.gmtime(1_700_000_000)))
print(time.gmtime(1_234_567_890)[:6], time.gmtime(1_234_567_890).tm_wday)
print(time.asctime(time.gmtime(0)))
start = time.time()
total = sum(range(100000))
elapsed = time.time() - start
print(total, elapsed >= 0, elapsed < 60)
print(isinstance(time.gmtime(), time.struct_time), len(time.gmtime()), time.gmtime(0) == time.gmtime(0))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)

# a native loop polling a global that another thread sets: native code must let the thread run
import threading

done = False


def worker():
    global done
    done = True


def spin(limit):
    n = 0
    while not done and n < limit:
        n += 1
    return n


for _ in range(3):
    spin(10)
t = threading.Thread(target=worker)
t.start()
print(spin(10**12) < 10**12)
t.join()
print(done)

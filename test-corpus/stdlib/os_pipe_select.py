# os.pipe: os.read/os.write, open() on a pipe descriptor, a writer thread, select and poll over pipe ends
import os, select, threading, time
r, w = os.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"through the pipe")
print(select.select([r], [], [], 1)[0] == [r])
print(os.read(r, 100))
def later():
    time.sleep(0.1)
    os.write(w, b"from a thread\nsecond line\n")
    os.close(w)
threading.Thread(target=later).start()
f = open(r, "rb")
print(f.readline(), f.readline(), f.read())
f.close()
try:
    os.read(r, 1)
except OSError as e:
    print(type(e).__name__, e)
r2, w2 = os.pipe()
with open(w2, "w") as out:
    out.write("text mode\n")
with open(r2) as inp:
    print(inp.read())
p = select.poll()
r3, w3 = os.pipe()
p.register(r3, select.POLLIN)
p.register(w3, select.POLLOUT)
print(sorted((fd == r3, ev) for fd, ev in p.poll(0)))
os.close(w3)
os.close(r3)

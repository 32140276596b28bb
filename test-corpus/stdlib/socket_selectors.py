# select and selectors over socketpair and TCP sockets; os.read/os.write/os.close on socket descriptors
import os
import select
import selectors
import socket

a, b = socket.socketpair()
print("pair", a.family, a.type, a.getsockname() == "", b.getpeername() == "")
print(select.select([a, b], [], [], 0))
r, w, x = select.select([a, b], [a], [], 0)
print(len(r), len(w) == 1 and w[0] is a, x)
b.sendall(b"for a")
r, w, x = select.select([a, b], [], [], 1.0)
print([s is a for s in r])
print(a.recv(100))

# os functions on a socket's descriptor
os.write(a.fileno(), b"via os.write")
print(os.read(b.fileno(), 100))

# selectors with two sockets
sel = selectors.DefaultSelector()
print(type(sel).__name__ in ("PollSelector", "EpollSelector"))
sel.register(a, selectors.EVENT_READ, data="a")
sel.register(b, selectors.EVENT_READ | selectors.EVENT_WRITE, data="b")
events = sel.select(timeout=1)
print(sorted((key.data, mask) for key, mask in events))
a.sendall(b"to b")
events = sel.select(timeout=1)
print(sorted((key.data, mask) for key, mask in events))
print(b.recv(10))
sel.modify(b, selectors.EVENT_READ, data="b2")
print(sel.select(timeout=0.01))
print(sorted(k.data for k in sel.get_map().values()))
sel.unregister(a)
sel.unregister(b)
sel.close()

# poll directly
p = select.poll()
p.register(a, select.POLLIN)
p.register(b.fileno(), select.POLLIN | select.POLLOUT)
print(sorted((fd == b.fileno(), ev) for fd, ev in p.poll(0)))
b.sendall(b"x")
print(sorted((fd == a.fileno(), ev) for fd, ev in p.poll(1000)))
p.unregister(a)
try:
    p.unregister(a)
except KeyError:
    print("KeyError on second unregister")

# end of stream is readable; a closed peer
b.close()
print(select.select([a], [], [], 1)[0] == [a], a.recv(10), a.recv(10))
a.close()

# a listening socket is readable when a connection waits
srv = socket.create_server(("127.0.0.1", 0))
print(select.select([srv], [], [], 0)[0])
c = socket.create_connection(srv.getsockname())
print(select.select([srv], [], [], 2)[0] == [srv])
conn, _ = srv.accept()
c.sendall(b"data")
print(select.select([conn], [conn], [], 2) == ([conn], [conn], []))
print(conn.recv(10))

# a descriptor closed by os.close
fd = c.fileno()
d = socket.socket(fileno=socket.dup(fd))
c.detach()
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e)
d.sendall(b"from the duplicate")
print(conn.recv(100))
d.close()
conn.close()
srv.close()
try:
    select.select([fd], [], [], 0)
except OSError as e:
    print("select on closed:", type(e).__name__, e.errno)

# os.dup and os.dup2 of socket descriptors: the socket closes with its last descriptor
a, b = socket.socketpair()
fd = os.dup(a.fileno())
a.close()
os.write(fd, b"dup ok")
print(b.recv(10))
c, d = socket.socketpair()
os.dup2(c.fileno(), fd)
os.write(fd, b"dup2 ok")
print(d.recv(10), b.recv(10))
os.close(fd)
c.close()
print(d.recv(10))
for s in (b, d):
    s.close()

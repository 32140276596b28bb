# _socket: a TCP echo server in a thread and a client on 127.0.0.1 port 0, timeouts, non-blocking, errors
import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print("reuseaddr", srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print("server", host, port > 0, srv.family, srv.type, srv.proto)
print("type option", srv.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))


log = []  # the server thread's observations, printed after it ends (thread order is not fixed)


def serve(count):
    for _ in range(count):
        conn, addr = srv.accept()
        with conn:
            log.append(("accepted from", addr[0], conn.family, conn.type, conn.gettimeout()))
            while True:
                data = conn.recv(4)  # small reads: messages arrive in pieces
                if not data:
                    break
                conn.sendall(data.upper())


t = threading.Thread(target=serve, args=(2,))
t.start()

c = socket.create_connection((host, port), timeout=5)
print("client timeout", c.gettimeout(), c.getblocking())
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print("nodelay", c.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
print("peer", c.getpeername() == (host, port), c.getsockname()[0])
c.sendall(b"hello, echo server")
got = b""
while len(got) < 18:
    got += c.recv(100)
print(got)
c.shutdown(socket.SHUT_WR)
print("after shutdown", c.recv(100))
c.close()
print("closed fileno", c.fileno())
try:
    c.recv(1)
except OSError as e:
    print(type(e).__name__, e.errno)

# a second connection: recv_into and a bytearray, send returning counts, makefile
c2 = socket.socket()
c2.connect((host, port))
print("sent", c2.send(b"abcdefgh"))
buf = bytearray(8)
n = 0
view = memoryview(buf)
while n < 8:
    n += c2.recv_into(view[n:])
print(n, bytes(buf))
w = c2.makefile("wb")
r = c2.makefile("rb")
w.write(b"line one\nline two\n")
w.flush()
print(r.readline(), r.readline())
w.close()
r.close()
c2.close()
t.join()
srv.close()
for entry in log:
    print(*entry)

# timeouts and non-blocking mode
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(1)
s.settimeout(0.05)
try:
    s.accept()
except socket.timeout as e:
    print("timeout:", type(e).__name__, e, e.args)
s.setblocking(False)
print("blocking", s.getblocking(), s.gettimeout())
try:
    s.accept()
except BlockingIOError as e:
    print("non-blocking:", e.errno, e.strerror)
closed_port = s.getsockname()[1]
s.close()

# connecting to a port nobody listens on
try:
    socket.create_connection(("127.0.0.1", closed_port), timeout=5)
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
print("connect_ex", socket.socket().connect_ex(("127.0.0.1", closed_port)))

# two sockets on one address
a = socket.socket()
a.bind(("127.0.0.1", 0))
a.listen()
b = socket.socket()
try:
    b.bind(a.getsockname())
except OSError as e:
    print(type(e).__name__, e)
a.close()
b.close()

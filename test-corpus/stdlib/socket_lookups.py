# socket module functions: getaddrinfo, gethostby*, inet_* conversions, byte order, constants, UDP, errors
import socket

for info in socket.getaddrinfo("127.0.0.1", 80):
    print(info)
print(socket.getaddrinfo("localhost", "http", socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo(None, 8080, type=socket.SOCK_DGRAM))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo("::1", 443, socket.AF_INET6, socket.SOCK_STREAM))
for bad in (("no-such-host.invalid", 80), ("localhost", "no-such-service"), (None, None)):
    try:
        socket.getaddrinfo(*bad)
    except socket.gaierror as e:
        print(type(e).__name__, e.errno, e, isinstance(e, OSError))
try:
    socket.getaddrinfo("abc", 80, flags=socket.AI_NUMERICHOST)
except socket.gaierror as e:
    print("numeric only:", e)
print(socket.gethostbyname("localhost"), socket.gethostbyname("127.0.0.1"))
print(socket.gethostbyname_ex("localhost"))
print(socket.gethostbyaddr("127.0.0.1"))
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(("127.0.0.1", 22), socket.NI_NUMERICHOST))
print(socket.getservbyname("http", "tcp"), socket.getservbyport(443), socket.getprotobyname("udp"))
print(isinstance(socket.gethostname(), str), socket.getfqdn("127.0.0.1"))

print(socket.inet_aton("192.168.1.2"), socket.inet_aton("127.1"), socket.inet_ntoa(b"\x0a\x00\x00\x01"))
for text in ("::1", "::", "2001:db8::8:800:200c:417a", "fe80::1:0:0:1", "::ffff:1.2.3.4", "1:0:0:1::"):
    packed = socket.inet_pton(socket.AF_INET6, text)
    print(text, len(packed), socket.inet_ntop(socket.AF_INET6, packed))
print(socket.inet_pton(socket.AF_INET, "1.2.3.4"), socket.inet_ntop(socket.AF_INET, b"\x01\x02\x03\x04"))
for f, arg in ((socket.inet_aton, "1.2.3.400"), (socket.inet_ntoa, b"\x01\x02"), (lambda s: socket.inet_pton(socket.AF_INET, s), "1.2.3")):
    try:
        f(arg)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
print(socket.htons(0x1234) == 0x3412, socket.ntohs(0x3412), socket.htonl(1), socket.ntohl(0x01000000))
try:
    socket.htons(70000)
except OverflowError as e:
    print("OverflowError", e)

print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM)
print(repr(socket.AF_INET), repr(socket.SOCK_DGRAM), socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP)
print(socket.error is OSError, socket.timeout is TimeoutError, issubclass(socket.herror, OSError), socket.has_ipv6)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
print(socket.getdefaulttimeout(), socket.socket().gettimeout())
socket.setdefaulttimeout(None)
try:
    socket.socket().settimeout(-1)
except ValueError as e:
    print("ValueError", e)

# UDP
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2.bind(("127.0.0.1", 0))
u2.settimeout(5)
print(u1.sendto(b"datagram one", u2.getsockname()))
data, addr = u2.recvfrom(100)
print(data, addr == u1.getsockname())
u1.connect(u2.getsockname())
u1.send(b"two")
buf = bytearray(10)
n, addr = u2.recvfrom_into(buf)
print(n, bytes(buf[:n]), addr == u1.getsockname())
u2.settimeout(0.05)
try:
    u2.recv(10)
except TimeoutError as e:
    print("udp", e)
u1.close()
u2.close()

# misuse
s = socket.socket()
for call in (lambda: s.recv(1), lambda: s.getpeername(), lambda: s.send(b"x"), lambda: s.bind(("127.0.0.1", 70000)),
             lambda: s.connect("not a tuple"), lambda: s.recv(-1), lambda: s.sendall("text")):
    try:
        call()
    except (OSError, TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
with socket.socket() as s2:
    print(repr(s2)[:15], s2.fileno() > 2)
print(repr(s2))
s.close()

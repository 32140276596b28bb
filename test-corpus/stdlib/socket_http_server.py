# socketserver, http.server in a thread, http.client and urllib.request against it on 127.0.0.1
import http.client
import http.server
import json
import socketserver
import threading
import urllib.error
import urllib.request


class EchoHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            if line.strip() == b"bye":
                self.wfile.write(b"bye\n")
                return
            self.wfile.write(line[::-1].strip() + b"\n")


with socketserver.ThreadingTCPServer(("127.0.0.1", 0), EchoHandler) as server:
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}).start()
    import socket
    with socket.create_connection(server.server_address) as c:
        f = c.makefile("rb")
        for word in (b"hello", b"pyjit", b"bye"):
            c.sendall(word + b"\n")
            print(f.readline())
        f.close()
    server.shutdown()


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/missing":
            self.send_error(404, "Not here")
            return
        body = json.dumps({"path": self.path, "agent": self.headers.get("User-Agent", "")[:6]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        n = int(self.headers["Content-Length"])
        data = self.rfile.read(n)
        self.send_response(201)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data.upper())

    def log_message(self, format, *args):
        pass  # the default writes timestamps to stderr


httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
host, port = httpd.server_address
thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
thread.start()

conn = http.client.HTTPConnection(host, port, timeout=10)
conn.request("GET", "/hello?x=1")
resp = conn.getresponse()
print(resp.status, resp.reason, resp.getheader("Content-Type"))
print(json.loads(resp.read()))
conn.request("POST", "/echo", body=b"posted body")
resp = conn.getresponse()
print(resp.status, resp.reason, resp.read())
conn.close()

with urllib.request.urlopen("http://%s:%d/from-urllib" % (host, port), timeout=10) as r:
    print(r.status, json.loads(r.read()))
try:
    urllib.request.urlopen("http://%s:%d/missing" % (host, port), timeout=10)
except urllib.error.HTTPError as e:
    print("HTTPError", e.code, e.reason)
    e.close()

httpd.shutdown()
thread.join()
httpd.server_close()

try:
    urllib.request.urlopen("http://%s:%d/" % (host, port), timeout=10)
except urllib.error.URLError as e:
    print("URLError", type(e.reason).__name__, e.reason)

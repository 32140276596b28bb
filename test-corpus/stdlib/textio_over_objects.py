# TextIOWrapper over objects that only look like binary files (as xml.sax.saxutils wraps a
# writer): a write that returns None is not "would block", and write_through passes each write on.
import io


class Sink(list):
    write = list.append
    closed = False

    def seekable(self):
        return True

    def tell(self):
        return len(self)


sink = Sink()
buffer = io.BufferedIOBase()
buffer.writable = lambda: True
buffer.write = sink.write
w = io.TextIOWrapper(buffer, encoding="ascii", errors="xmlcharrefreplace", newline="\n", write_through=True)
print(w.write_through, w.line_buffering)
w.write("<a>caf\u00e9</a>")
print(sink)
w.write("\n\u20ac")
print(sink)

plain = io.BytesIO()
t = io.TextIOWrapper(plain, encoding="utf-8")
t.write("held")
print(plain.getvalue(), t.write_through)
t.reconfigure(write_through=True)
t.write(" now")
print(plain.getvalue(), t.write_through)

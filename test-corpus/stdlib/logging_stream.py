# logging: a logger writing to a stream with formatters, levels, propagation, exc_info and LoggerAdapter
import io
import logging
import sys

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)-8s %(name)s: %(message)s"))
log = logging.getLogger("app")
log.setLevel(logging.DEBUG)
log.addHandler(handler)
log.propagate = False

log.debug("debug %d", 1)
log.info("info %s", "two")
log.warning("warn %r", {"k": 3})
child = logging.getLogger("app.db")
child.error("child error")
child.setLevel(logging.ERROR)
child.warning("not shown")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
adapter = logging.LoggerAdapter(log, {"user": "ann"})
adapter.info("adapted")
print(stream.getvalue().replace('File "' + __file__, 'File "FILE'), end="")

h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("[%(levelname)s] %(funcName)s:%(lineno)d %(message)s"))
other = logging.getLogger("other")
other.addHandler(h2)
other.propagate = False
def work():
    other.warning("from work")
work()
other.info("below default level: not shown")
print(logging.getLevelName(logging.WARNING), logging.getLevelName(25), logging.root.level)

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
other.addFilter(OnlyOdd())
for i in range(4):
    other.warning("n=%d", i)
logging.basicConfig(stream=sys.stdout, format="%(name)s|%(message)s", level=logging.INFO)
logging.info("root info")
logging.getLogger("x.y").info("propagated")

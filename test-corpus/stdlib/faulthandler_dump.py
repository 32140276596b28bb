# faulthandler: the current thread's stack in CPython's format (thread ids masked: they differ by run)
import faulthandler, re, sys, tempfile, time


def show(text):
    print(re.sub(r"0x[0-9a-f]{16}", "0xTHREAD", text.replace(__file__, "PROG")), end="")


def inner(f, all_threads):
    faulthandler.dump_traceback(f, all_threads=all_threads)


def outer(f, all_threads):
    inner(f, all_threads)


with tempfile.TemporaryFile("w+") as f:
    outer(f, False)
    outer(f, True)
    f.seek(0)
    show(f.read())

print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())
for bad in (0, -1):
    try:
        faulthandler.dump_traceback_later(bad)
    except ValueError as e:
        print("ValueError", e)

with tempfile.TemporaryFile("w+") as f:
    faulthandler.dump_traceback_later(0.2, file=f)
    time.sleep(0.6)
    faulthandler.dump_traceback_later(0.25, file=f)
    faulthandler.cancel_dump_traceback_later()
    time.sleep(0.4)
    f.seek(0)
    show(f.read())

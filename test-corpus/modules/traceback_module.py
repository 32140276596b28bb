# Checks the traceback module: print_exc, format_exception, extract_tb and TracebackException, carets included.
import traceback, sys, linecache
# linecache is primed with this file's lines so the module formats them without re-reading the file
src = open(__file__).read()
linecache.cache[__file__] = (len(src), None, src.splitlines(True), __file__)
def inner(x):
    return [1, 2][x] + 1
def outer():
    return inner(5)
try:
    outer()
except IndexError:
    traceback.print_exc(file=sys.stdout)
    print("".join(traceback.format_exception(*sys.exc_info())))
    tb = sys.exc_info()[2]
    print([f.name for f in traceback.extract_tb(tb)])
    print(traceback.format_exc().splitlines()[-1])
try:
    {}["k"]
except KeyError as e:
    s = traceback.TracebackException.from_exception(e)
    print(list(s.format()))

# raise SystemExit(2) from inside nested calls: no traceback, exit status 2, finally blocks run.
# Warm-up: ordinary work before the failure, so the error comes after real output.
def running_totals(xs):
    out, acc = [], 0
    for x in xs:
        acc += x
        out.append(acc)
    return out
print("warm-up", running_totals([3, 1, 4, 1, 5, 9, 2, 6]))
words = "the error below is expected".split()
print("warm-up", sorted(words, key=len), {w: len(w) for w in words[:2]})
def parse_args(args):
    if "--help" in args:
        print("usage: prog [--help]")
        raise SystemExit(2)
    return args
def main():
    try:
        parse_args(["-v", "--help"])
    finally:
        print("cleanup in finally")
main()
print("not reached")

# Checks that sys.exit() and sys.exit(None) exit with status 0, and that SystemExit passes through except Exception.
import sys
print("first line")
def caught_then_continue():
    try:
        sys.exit()
    except SystemExit as e:
        print("caught once, code", e.code, "args", e.args)
    return "continued after catching"
print(caught_then_continue())
def nested():
    try:
        print("raising through except Exception")
        sys.exit(None)
    except Exception:
        print("not caught by except Exception")
    finally:
        print("finally before exit")
try:
    nested()
finally:
    print("outer finally")
print("unreachable")

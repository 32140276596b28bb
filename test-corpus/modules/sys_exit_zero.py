# Checks that sys.exit(0) after output ends the program with status 0, runs finally blocks and with-exits, and skips later code.
import sys
print("start")
class Guard:
    def __enter__(self):
        print("guard entered")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("guard exit sees", exc_type.__name__, exc.code)
        return False
def cleanup_demo():
    try:
        print("in try")
        with Guard():
            sys.exit(0)
    except Exception:
        print("not reached: SystemExit is not an Exception")
    finally:
        print("finally still runs")
for i in range(3):
    print("loop", i)
cleanup_demo()
print("never printed")

# Checks that sys.exit(0) after output ends the program with status 0, runs finally blocks, and skips later code.
import sys
print("start")
def cleanup_demo():
    try:
        print("in try")
        sys.exit(0)
    finally:
        print("finally still runs")
for i in range(3):
    print("loop", i)
cleanup_demo()
print("never printed")

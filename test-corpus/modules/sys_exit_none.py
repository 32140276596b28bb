# Checks that sys.exit() and sys.exit(None) exit with status 0, and that SystemExit passes through except Exception.
import sys
print("first line")
try:
    print("raising through except Exception")
    sys.exit(None)
except Exception:
    print("not caught by except Exception")
finally:
    print("finally before exit")
print("unreachable")

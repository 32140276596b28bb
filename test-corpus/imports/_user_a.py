# Helper module that imports _state and changes it at import time.
import _state
_state.bump("a")
def report():
    return "a sees counter=%d" % _state.counter

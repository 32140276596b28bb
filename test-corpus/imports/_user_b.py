# Helper module that imports _state with from-import and changes it at import time.
from _state import bump, log
bump("b")
def report():
    import _state
    return "b sees counter=%d log=%s" % (_state.counter, log)

# Checks that modules execute once and share state between importers, and a circular import's partial module.
import _state
print("counter before users:", _state.counter)
import _user_a
import _user_b
print(_user_a.report())
print(_user_b.report())
import _user_a
print("after re-import:", _state.counter, _state.log)
_state.bump("main")
print(_user_a.report())
import _circ_a
print(_circ_a.A_LATE, _circ_a.from_b())
import _circ_b
print(_circ_b.B_VALUE, _circ_b._circ_a is _circ_a)
import _state as again
print(again is _state, again.counter, again.log)
def import_in_function():
    import _state
    return _state.bump("function")
print(import_in_function(), import_in_function(), _state.log)
import sys
print(sorted(m for m in sys.modules if m.startswith(("_state", "_user", "_circ"))))

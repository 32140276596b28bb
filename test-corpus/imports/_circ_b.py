# Helper for the circular-import program: sees _circ_a half-initialised.
print("_circ_b start")
import _circ_a
print("_circ_b sees", _circ_a.A_EARLY, hasattr(_circ_a, "A_LATE"))
B_VALUE = "b value"
print("_circ_b end")

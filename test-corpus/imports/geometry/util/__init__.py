# Subpackage of geometry with a helper function.
def fmt(x):
    return "%.2f" % x

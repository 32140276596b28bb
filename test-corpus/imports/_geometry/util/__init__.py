# Subpackage of _geometry with a helper function.
def fmt(x):
    return "%.2f" % x

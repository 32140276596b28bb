# Helper module for error_in_module.py: raises its own exception class from nested functions.
class FaultyError(Exception):
    pass
def check(x):
    if x < 0:
        raise FaultyError(f"negative value {x}")
    return x * 10
def process(values):
    return [check(v) for v in values]

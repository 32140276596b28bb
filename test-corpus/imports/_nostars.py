# Helper module without __all__, for star-import tests.
visible = 1
_hidden = 2
def func():
    return "func from _nostars"

# Helper module for the imports programs: functions, constants and a side effect on first import.
print("_mathutil is being imported, __name__ =", __name__)
PI = 3.14159
calls = 0
def square(x):
    global calls
    calls += 1
    return x * x
def cube(x):
    return x * square(x)
class Vector:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "Vector%r" % (self.c,)
_private = "underscore names are skipped by star imports without __all__"
if __name__ == "__main__":
    print("this never runs on import")

# Submodule of the _geometry package, using a relative import of a sibling subpackage.
print("_geometry.shapes loading, __name__ =", __name__)
from .util.numbers import PI
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return PI * self.r ** 2
class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

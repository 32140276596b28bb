# Writes the _geometry package that the import programs use into a temporary directory, puts that
# directory first on sys.path and removes it at exit. The corpus holds programs and the modules
# directly beside them; a package (files in folders) is kept here as text.
import atexit
import os
import shutil
import sys
import tempfile

SOURCES = {
    "__init__.py": '''\
# Package used by the imports programs; re-exports names from its submodules.
print("_geometry package init")
from .shapes import Circle, Square
from . import util
VERSION = "1.0"
def describe(shape):
    return f"{type(shape).__name__} with area {util.fmt(shape.area())}"
''',
    "shapes.py": '''\
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
''',
    "util/__init__.py": '''\
# Subpackage of _geometry with a helper function.
def fmt(x):
    return "%.2f" % x
''',
    "util/numbers.py": '''\
# Constants for the _geometry package; refers back to its parent package by relative import.
from .. import util as parent_util_pkg
PI = 3.14159
PARENT = __name__.rpartition(".")[0]
''',
}

root = tempfile.mkdtemp(prefix="pyjit-corpus-")
for name, text in SOURCES.items():
    path = os.path.join(root, "_geometry", *name.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
sys.path.insert(0, root)
atexit.register(shutil.rmtree, root, True)

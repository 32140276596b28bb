# Checks packages: __init__ execution, submodules, relative imports, re-exports, `import a.b`, and attribute binding.
import _packages  # writes the _geometry package to a temporary directory on sys.path
import _geometry
print(_geometry.VERSION, _geometry.__name__, _geometry.Circle.__name__)
print(_geometry.describe(_geometry.Circle(1)), _geometry.describe(_geometry.Square(3)))
import _geometry.shapes
print(_geometry.shapes.__name__, _geometry.shapes.Circle is _geometry.Circle)
from _geometry.shapes import Square as Sq
print(Sq(4).area())
import _geometry.util.numbers as nums
print(nums.PI, nums.PARENT, nums.__name__, nums.parent_util_pkg is _geometry.util)
from _geometry import util
print(util.fmt(2 / 3), util is _geometry.util, hasattr(_geometry.util, "numbers"))
from _geometry.util import numbers
print(numbers is nums)
import sys
print(sorted(m for m in sys.modules if m.startswith("_geometry")))
print(_geometry.shapes.__package__, _geometry.__package__, nums.__package__)
print(hasattr(_geometry, "__path__"), hasattr(_geometry.shapes, "__path__"))
print(_geometry.shapes.Circle(1).area(), round(_geometry.Circle(2).area(), 3))
print(sorted(n for n in vars(_geometry) if not n.startswith("__")))
print(sorted(n for n in vars(_geometry.util) if not n.startswith("__")))

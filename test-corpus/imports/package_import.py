# Checks packages: __init__ execution, submodules, relative imports, re-exports, `import a.b`, and attribute binding.
import geometry
print(geometry.VERSION, geometry.__name__, geometry.Circle.__name__)
print(geometry.describe(geometry.Circle(1)), geometry.describe(geometry.Square(3)))
import geometry.shapes
print(geometry.shapes.__name__, geometry.shapes.Circle is geometry.Circle)
from geometry.shapes import Square as Sq
print(Sq(4).area())
import geometry.util.numbers as nums
print(nums.PI, nums.PARENT, nums.__name__, nums.parent_util_pkg is geometry.util)
from geometry import util
print(util.fmt(2 / 3), util is geometry.util, hasattr(geometry.util, "numbers"))
from geometry.util import numbers
print(numbers is nums)
import sys
print(sorted(m for m in sys.modules if m.startswith("geometry")))
print(geometry.shapes.__package__, geometry.__package__, nums.__package__)
print(hasattr(geometry, "__path__"), hasattr(geometry.shapes, "__path__"))
print(geometry.shapes.Circle(1).area(), round(geometry.Circle(2).area(), 3))
print(sorted(n for n in vars(geometry) if not n.startswith("__")))
print(sorted(n for n in vars(geometry.util) if not n.startswith("__")))

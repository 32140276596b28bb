# Checks __name__ in the main program versus an imported module, and that a module's main guard does not run.
import _packages  # writes the _geometry package to a temporary directory on sys.path
print("main program __name__:", __name__)
import _mathutil
print("module __name__:", _mathutil.__name__)
import _geometry.shapes as shapes
print("submodule __name__:", shapes.__name__)
def main():
    print("main() called")
if __name__ == "__main__":
    main()
import sys
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
print(type(sys.modules["__main__"]).__name__, "main" in dir(sys.modules["__main__"]))
def helper():
    return __name__
print("helper sees", helper())
print(_mathutil.square.__module__, shapes.Circle.__module__, helper.__module__)
print(shapes.Circle.__qualname__, shapes.Circle(2).area())
module_globals = vars(_mathutil)
print(module_globals["__name__"], "square" in module_globals, module_globals is _mathutil.__dict__)
print(type(_mathutil.square).__name__, _mathutil.square(7))

# Checks import failures: ModuleNotFoundError messages, ImportError for missing names, and recovery with fallbacks.
import _packages  # writes the _geometry package to a temporary directory on sys.path
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    import _geometry.no_such_sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    from _mathutil import does_not_exist
except ImportError as e:
    print(type(e).__name__ + ":", str(e).split(" (")[0], "| name:", e.name)
try:
    from no_such_pkg.sub import thing
except ImportError as e:
    print(type(e).__name__ + ":", e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import _fast_impl as impl
except ImportError:
    import _mathutil as impl
print("fallback chose", impl.__name__)
def lazy():
    try:
        import also_missing
        return "found"
    except ImportError:
        return "missing at call time"
print(lazy())
import sys
print("no_such_module_here" in sys.modules)

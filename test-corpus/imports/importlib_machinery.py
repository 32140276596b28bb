# importlib on pyjit: import_module (absolute, relative, submodules), util.find_spec without importing, reload, specs and builtins
import _packages  # writes the _geometry package to a temporary directory on sys.path
import importlib
import importlib.util
import sys

geo = importlib.import_module("_geometry")
print(geo.__name__, geo.__spec__ is not None or geo.__name__)
shapes = importlib.import_module(".shapes", "_geometry") if importlib.util.find_spec("_geometry.shapes") else None
print("relative import:", shapes.__name__ if shapes else None)

spec = importlib.util.find_spec("_state")
print("spec found:", spec.name, spec.origin.endswith("_state.py"), "_state" in sys.modules)
print("missing:", importlib.util.find_spec("no_such_module_here"))

state = importlib.import_module("_state")
state.counter = 99
again = importlib.reload(state)
print("reloaded:", again is state, getattr(state, "counter", None) != 99)

json = importlib.import_module("json")
print(json.dumps({"a": [1, 2]}), importlib.import_module("json") is json)
try:
    importlib.import_module("no_such_module_here")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError:", e)
mod = importlib.util.module_from_spec(importlib.util.find_spec("_mathutil"))
spec_loader = mod.__spec__.loader
spec_loader.exec_module(mod)
print(sorted(n for n in vars(mod) if not n.startswith("__"))[:5])

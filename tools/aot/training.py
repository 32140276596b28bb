# The training run of the JDK AOT cache (Makefile target aot-cache), run with an empty object cache: the common
# standard-library modules are imported twice, first cold (parse, bytecode compile, tier-1 compile, stored in the
# cache) and then, once removed from sys.modules, warm (module bytecode and tier-1 classes loaded from the cache),
# so the Java classes and method-handle forms of both kinds of start are in the AOT cache; then the demo.
import sys

MODULES = ("os collections functools re io itertools weakref string argparse logging typing dataclasses enum json "
           "pathlib datetime decimal fractions random textwrap unittest").split()


def import_and_touch():
    for name in MODULES:
        try:
            __import__(name)
        except Exception:
            pass
    try:
        import argparse, collections, dataclasses, datetime, decimal, json, re, textwrap, unittest
        argparse.ArgumentParser(prog="training").add_argument("--n", type=int)
        collections.Counter("training")
        dataclasses.make_dataclass("P", ["x"])
        datetime.date(2024, 1, 2) + datetime.timedelta(days=1)
        decimal.Decimal("1.5") + 1
        json.loads(json.dumps({"a": [1, 2.5, None]}))
        re.match(r"(\w+)-(\d+)", "a-1")
        textwrap.shorten("training " * 5, width=20)
        unittest.TestSuite().countTestCases()
    except Exception:
        pass


already = set(sys.modules)
import_and_touch()
for name in [n for n in sys.modules if n not in already]:
    del sys.modules[name]
import_and_touch()
exec(open("demo/demo.py").read())

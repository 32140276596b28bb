# Start-up benchmark: imports a broad slice of the standard library, as applications do
# at start, then touches each module once so that lazy loading cannot skip the work.
import argparse
import collections
import dataclasses
import datetime
import decimal
import fractions
import functools
import itertools
import json
import logging
import os
import pathlib
import random
import re
import string
import textwrap
import typing
import unittest

parser = argparse.ArgumentParser(prog="startup")
counts = collections.Counter("startup")
Point = dataclasses.make_dataclass("Point", ["x", "y"])
moment = datetime.date(2024, 1, 2) + datetime.timedelta(days=3)
value = decimal.Decimal("1.10") + fractions.Fraction(1, 4).numerator
total = functools.reduce(lambda a, b: a + b, itertools.islice(itertools.count(1), 10))
encoded = json.dumps({"ok": True, "n": total}, sort_keys=True)
logger = logging.getLogger("startup")
joined = os.path.join("a", "b")
suffix = pathlib.PurePosixPath("x/y.py").suffix
rng = random.Random(5)
match = re.match(r"(\w+)-(\d+)", "item-42")
wrapped = textwrap.shorten(string.ascii_lowercase * 3, width=20)
alias = typing.List[int]
suite = unittest.TestSuite()
print(parser.prog, counts["t"], Point(1, 2), moment, value, encoded, joined, suffix,
      rng.randint(1, 100), match.group(2), wrapped, alias, suite.countTestCases())

# Start-up benchmark: the import-heavy modules pyjit runs today (argparse, typing, enum, re, json,
# pathlib, collections, functools). logging and dataclasses need the `match` statement (traceback.py,
# dataclasses.py) and join this list once the grammar supports it; import_heavy.py has them.
import argparse
import collections
import enum
import functools
import json
import pathlib
import re
import typing


class Color(enum.Enum):
    RED = 1
    GREEN = 2


parser = argparse.ArgumentParser(prog="startup")
parser.add_argument("--n", type=int, default=3)
args = parser.parse_args([])
counts = collections.Counter("startup")
total = functools.reduce(lambda a, b: a + b, range(args.n + 1))
encoded = json.dumps({"ok": True, "n": total}, sort_keys=True)
suffix = pathlib.PurePosixPath("x/y.py").suffix
match = re.match(r"(\w+)-(\d+)", "item-42")
alias = typing.List[int]
print(parser.prog, counts["t"], Color.GREEN, total, encoded, suffix, match.group(2), alias)

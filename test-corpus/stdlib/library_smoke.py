# A smoke test of library modules on the Java accelerators: decimal and fractions (_contextvars), statistics, datetime, enum, typing, argparse, pickle.
import decimal, fractions, statistics, datetime, enum, typing, argparse, pickle
print(decimal.Decimal("1.10") * 3, decimal.Decimal(1) / decimal.Decimal(7), fractions.Fraction("3/7") ** 2)
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), round(statistics.stdev([1, 2, 3, 4]), 6))
d = datetime.date(2024, 2, 28) + datetime.timedelta(days=2); print(d, d.isoformat(), d.strftime("%A %d %B"), datetime.datetime(2020, 1, 1, 12, 30).isoformat())
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED, Color(2), list(Color), Color.RED.name)
class F(enum.Flag):
    A = enum.auto(); B = enum.auto()
print(F.A | F.B)
T = typing.TypeVar("T")
class Box(typing.Generic[T]): pass
print(typing.List[int], Box[int], typing.Optional[str])
p = argparse.ArgumentParser(prog="x"); p.add_argument("--n", type=int, default=3); p.add_argument("files", nargs="*")
print(p.parse_args(["--n", "5", "a", "b"]))
class P:
    def __init__(self): self.x = [1, {"a": 2}]
print(pickle.loads(pickle.dumps(P())).x, pickle.loads(pickle.dumps({1, 2, 3})), pickle.loads(pickle.dumps((1, "a", 2.5, None, b"x"))))

# dataclasses: defaults and factories, order, frozen, post_init, InitVar, asdict/astuple, replace, fields, slots, kw_only
import dataclasses
from dataclasses import InitVar, asdict, astuple, dataclass, field, fields, replace

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    tags: list = field(default_factory=list, compare=False)

a, b = Version(1, 2), Version(1, 10, ["beta"])
print(a, b, a < b, sorted([b, a]) == [a, b], a == Version(1, 2, ["x"]))

@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3, 4)
print(p, p.dist(), hash(p) == hash(Point(3, 4)))
try:
    p.x = 1
except dataclasses.FrozenInstanceError as e:
    print("frozen:", e)

@dataclass
class Account:
    owner: str
    balance: float = 0.0
    rate: InitVar[float] = 0.01
    history: list = field(default_factory=list, repr=False)
    def __post_init__(self, rate):
        self.balance *= 1 + rate

acct = Account("ann", 100.0, 0.5)
print(acct, acct.balance)
print(asdict(Version(2, 1, ["x"])), astuple(p))
print(replace(p, y=0), [f.name for f in fields(Account)])

@dataclass(slots=True, kw_only=True)
class Config:
    name: str
    debug: bool = False

c = Config(name="svc")
print(c, hasattr(c, "__dict__"), Config.__slots__)
try:
    Config("svc")
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Node:
    value: int
    children: list["Node"] = field(default_factory=list)

tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(dataclasses.is_dataclass(tree), dataclasses.is_dataclass(3))
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
print(Version.__match_args__, repr(Version.__init__.__doc__))

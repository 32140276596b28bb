# pprint of nested structures, and typing: generics, Protocol with runtime_checkable, NamedTuple, TypedDict, get_type_hints
import pprint
from typing import (Any, Callable, Dict, Generic, List, NamedTuple, Optional, Protocol, TypedDict,
                    TypeVar, Union, get_args, get_origin, get_type_hints, runtime_checkable)

data = {"name": "pyjit", "tiers": ["interpreter", "baseline", "native"],
        "cache": {"entries": 1234, "hits": [1, 2, 3] * 8, "nested": {"a": (1, 2), "b": {3, 4}}}}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
print(pprint.pformat(list(range(30)), compact=True, width=50))
pprint.pprint({"z": 1, "a": 2, "m": [{"k": i} for i in range(3)]}, sort_dicts=False)

T = TypeVar("T")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__)

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...

class File:
    def close(self) -> None:
        pass

print(isinstance(File(), Closer), isinstance(3, Closer))

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int:
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p, p.norm(), p._asdict(), Point._fields, Point.__annotations__)

class Movie(TypedDict, total=False):
    title: str
    year: int

m: Movie = {"title": "Up"}
print(m, Movie.__required_keys__, Movie.__optional_keys__)

def f(a: int, b: Optional[str] = None, *, c: "List[int]") -> Dict[str, Any]:
    return {}

print(get_type_hints(f))
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Union[int, str, None]))
print(Optional[int], Union[int, str], Callable[[int], str], List["Point"])
print(int | None, list[int], dict[str, list[int]])

# operator: arithmetic and comparison functions, itemgetter/attrgetter/methodcaller, in-place operators, index/length_hint.
import operator as op
from operator import itemgetter, attrgetter, methodcaller

print(op.add(2, 3), op.sub(9, 4), op.mul("ab", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.lshift(1, 4), op.rshift(256, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.lt(1, 2), op.le(2, 2), op.eq("a", "a"), op.ne(1, 1), op.ge(3, 2), op.gt(1, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.contains("hello", "ell"), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.getitem([5, 6], 1))
lst = [1, 2, 3]
op.setitem(lst, 0, 9); op.delitem(lst, 1)
print(lst, op.index(7), op.length_hint(iter([1, 2, 3])), op.length_hint(object(), 4), op.matmul.__name__)
x = [1]
x = op.iadd(x, [2]); y = op.imul([0], 3); z = op.iconcat([1], (2,))
print(x, y, z, op.ipow(2, 3), op.ior({1}, {2}))
rows = [("b", 2, 9.5), ("a", 3, 1.5), ("c", 1, 4.0)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0, 2)), itemgetter(-1)("xyz"), itemgetter(slice(1, 3))("abcd"))

class P:
    def __init__(self, name, city):
        self.name = name
        self.addr = type("Addr", (), {"city": city})()
    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct
people = [P("zed", "Oslo"), P("amy", "Rome")]
print([p.name for p in sorted(people, key=attrgetter("name"))], attrgetter("addr.city")(people[0]), attrgetter("name", "addr.city")(people[1]))
print(methodcaller("greet", "hi")(people[0]), methodcaller("greet", "yo", punct="?")(people[1]), methodcaller("upper")("abc"))
print(repr(itemgetter(1, 2)), repr(attrgetter("a.b")), repr(methodcaller("f", 1, k=2)))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])), op.call(max, 3, 7) if hasattr(op, "call") else max(3, 7))
try:
    op.index(1.5)
except TypeError as e:
    print("TypeError:", e)

# Frame introspection from code running in tier 1: locals(), frames, super(), cells, unbound locals.
import sys


def snapshot(n):
    out = []
    for i in range(n):
        a = i * 2
        b = [a, i]
        if i % 10 == 9:
            out.append(sorted(locals().items()))
    return out


print(snapshot(30)[-1])


def caller_locals():
    return sorted(sys._getframe(1).f_locals)


def who_sees_me(rounds):
    seen = None
    for r in range(rounds):
        x = r
        seen = caller_locals()
    return seen, x


print(who_sees_me(40))


def line_of_caller():
    return sys._getframe(1).f_lineno


def lines(rounds):
    out = set()
    for r in range(rounds):
        out.add(line_of_caller())
    return sorted(out)


print(lines(40))


class Base:
    def hello(self):
        return "base hello from " + type(self).__name__


class Child(Base):
    def hello(self):
        return "child, then " + super().hello()


def greet(rounds):
    c = Child()
    last = None
    for r in range(rounds):
        last = c.hello()
    return last


print(greet(40))


def counter():
    count = 0

    def bump(k):
        nonlocal count
        count += k
        return count

    for i in range(50):
        bump(i)
    return count, bump(0)


print(counter())


def unbound(rounds):
    msgs = []
    for r in range(rounds):
        if r % 2 == 0:
            value = r
        else:
            del value
        try:
            msgs.append(value)
        except UnboundLocalError as e:
            msgs.append(str(e))
    return msgs[:4], len(msgs)


print(unbound(40))


def unpacking(rounds):
    acc = []
    for r in range(rounds):
        first, *middle, last = range(r % 5 + 2)
        a, (b, c) = r, (r + 1, r + 2)
        acc.append((first, len(middle), last, a + b + c))
    return acc[-3:]


print(unpacking(40))


def evaluate(rounds):
    total = 0
    for r in range(rounds):
        total += eval("r * 2")
    return total


print(evaluate(40))


def comprehension_errors(rounds):
    caught = 0
    for r in range(rounds):
        try:
            [1 // (k - r % 3) for k in range(3)]
        except ZeroDivisionError:
            caught += 1
    return caught


print(comprehension_errors(45))


def exc_info_in_handler(rounds):
    names = set()
    for r in range(rounds):
        try:
            {}["missing%d" % (r % 2)]
        except KeyError:
            t, v, tb = sys.exc_info()
            names.add((t.__name__, str(v), tb is not None))
    return sorted(names)


print(exc_info_in_handler(40))


def traceback_through_tier1(depth):
    if depth == 0:
        raise ValueError("deep")
    return traceback_through_tier1(depth - 1) + 1


for i in range(30):
    try:
        traceback_through_tier1(3)
    except ValueError:
        pass
traceback_through_tier1(2)

# Loops that build a str with `s += piece` (accumulated in place while the loop runs): every way of leaving the loop, non-str operands, frames that look at the local.
import sys


def basic(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
    return s


def with_break_and_else(words, stop):
    out = "<"
    for w in words:
        if w == stop:
            break
        out += w
        out += ","
    else:
        out += "(all)"
    return out + ">"


def while_loop(n):
    s, i = "", 0
    while i < n:
        s += str(i)
        i += 1
    return s


def nested(rows):
    text = ""
    for row in rows:
        for cell in row:
            text += cell
        text += "|"
    return text


def inner_only(rows):
    lines = []
    for row in rows:
        line = ""
        for cell in row:
            line += cell.upper()
        lines.append(line)
    return lines


def not_a_str_midway(items):
    s = ""
    for x in items:
        s += x
    return s


def numbers_and_lists(n):
    total, acc = 0, []
    for i in range(n):
        total += i
        acc += [i]
    return total, acc


def peek():
    return sys._getframe(1).f_locals.get("s")


def frame_reads_it(n):
    s = "x"
    seen = []
    for i in range(n):
        s += str(i)
        seen.append(peek())
    return s, seen


def unbound(n):
    for i in range(n):
        s += "a"
    return "never"


def raising(n):
    s = "start"
    for i in range(n):
        s += "-"
        if i == 2:
            raise ValueError(i)
    return s


def generator(n):
    s = ""
    for i in range(n):
        s += str(i)
        yield i
    yield s


class Shout(str):
    def __radd__(self, other):
        return other + self.upper() + "!"


def subclass_operand(parts):
    s = "a"
    for p in parts:
        s += p
    return s, type(s).__name__


def returns_inside(n):
    s = ""
    for i in range(n):
        s += "z"
        if len("z" * i) > 3:
            return "left early"
    return s


def while_else(n):
    s = ""
    while n > 0:
        s += "n"
        n -= 1
    else:
        s += "!"
    return s


for _ in range(3):  # also after tier 1 compiled the functions
    b = basic(60)
    print(len(b), b[:5], b[-3:])
    print(with_break_and_else(["a", "b", "c"], "b"), with_break_and_else(["a", "b"], "z"))
    print(while_loop(12), nested([["a", "b"], ["c"]]), inner_only([["a", "b"], [], ["c"]]))
    try:
        not_a_str_midway(["a", "b", 3, "d"])
    except TypeError as e:
        print("TypeError:", e)
    print(numbers_and_lists(5))
    print(frame_reads_it(3))
    try:
        unbound(2)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    print(unbound(0))
    try:
        raising(5)
    except ValueError as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        print("ValueError", e, tb.tb_frame.f_locals["s"])
    print(list(generator(4)))
    print(subclass_operand(["b", Shout("c"), "d"]))
    print(returns_inside(3), returns_inside(9), while_else(3), while_else(0))

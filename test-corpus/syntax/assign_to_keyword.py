# Syntax error: assignment to the keyword constant True.
# Valid code before the error: the parser must accept it, but it never runs.
accumulated = 0
for i, (a, *rest) in enumerate([(1, 2, 3)]):
    while (n := len(rest)) > 0:
        rest.pop()
    else:
        accumulated += a if a > 0 else -a
try:
    raise ValueError("x") from None
except (ValueError, TypeError) as exc:
    print(f"{exc!r:>10} {accumulated=}")
finally:
    del accumulated
flags = {"debug": False}
print(flags)
def toggle():
    True = False
    return True
print(toggle())

# Syntax error: nonlocal at module level (for a name not bound before it).
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
counter = 0
def increment():
    global counter
    counter += 1
increment()
nonlocal total
print(counter)

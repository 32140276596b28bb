# Syntax error: a parenthesis opened on one line and never closed; reported at the opening parenthesis.
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
values = [1, 2, 3]
def total(items):
    return sum(items)
result = total(values
print("result", result)
def other():
    return 42
print(other())

# Syntax error: '_' cannot be the target of an as-pattern.
def f(v):
    match v:
        case [1, 2] as _:
            return v
print(f(0))

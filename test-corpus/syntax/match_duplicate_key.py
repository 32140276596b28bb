# Syntax error: a mapping pattern repeats a literal key (True equals 1).
def f(v):
    match v:
        case {'a': 1, 'b': 2}:
            return 1
        case {1: 'one', 'x': _, True: 'true'}:
            return 2
print(f({}))

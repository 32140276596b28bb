# Syntax error: a complex literal pattern needs an imaginary second part.
def f(v):
    match v:
        case 1 + 2j:
            return 'complex'
        case 1 + 2:
            return 'sum'
print(f(3))

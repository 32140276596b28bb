# Syntax error: an f-string is not a literal pattern.
name = 'x'
def f(v):
    match v:
        case 'plain':
            return 1
        case f'{name}!':
            return 2
print(f('x!'))

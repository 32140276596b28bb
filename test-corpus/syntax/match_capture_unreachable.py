# Syntax error: a bare name capture before other cases makes them unreachable.
def f(v):
    match v:
        case 0:
            return 'zero'
        case other:
            return other
        case 1:
            return 'one'
print(f(0))

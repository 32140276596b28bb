# Syntax error: a wildcard (here under 'as') in an OR pattern's first alternative.
def f(v):
    match v:
        case (_ as w) | 1:
            return w
print(f(0))

# Syntax error: the alternatives of an OR pattern bind different names.
def f(v):
    match v:
        case [x, 1] | [1, x]:
            return x
        case {'a': a} | {'b': b}:
            return a
print(f([1, 1]))

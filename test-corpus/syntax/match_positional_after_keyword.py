# Syntax error: a positional sub-pattern after a keyword sub-pattern in a class pattern.
def f(v):
    match v:
        case int(real=0, imag=1):
            return 1
        case complex(real=0, 1):
            return 2
print(f(0))

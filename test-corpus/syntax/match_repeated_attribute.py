# Syntax error: one attribute named twice in a class pattern.
class P:
    pass
def f(v):
    match v:
        case P(x=1, y=2, x=3):
            return 1
print(f(0))

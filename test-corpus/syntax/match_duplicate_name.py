# Syntax error: one name captured twice in a pattern.
class P:
    __match_args__ = ('x', 'y')
def f(v):
    match v:
        case P(x, y=[1, {'k': x}]):
            return x
print(f(0))

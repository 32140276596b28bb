# Checks keyword-only (after * or *args) and positional-only (before /) parameters.
def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2), kwonly(1, c=4, b=5), kwonly(a=0, b=0))
def posonly(a, b, /, c, d=4):
    return a, b, c, d
print(posonly(1, 2, 3), posonly(1, 2, c=3), posonly(1, 2, 3, d=5))
def both(a, /, b, *, c):
    return a, b, c
print(both(1, 2, c=3), both(1, b=2, c=3))
def posonly_kwargs(name, /, **kwargs):
    return name, kwargs
print(posonly_kwargs("x", name="y"))
def varkw(*args, last):
    return args, last
print(varkw(1, 2, last=3), varkw(last=0))
def all_kinds(p1, p2=2, /, n1=3, *args, k1, k2=5, **kwargs):
    return p1, p2, n1, args, k1, k2, kwargs
print(all_kinds(1, k1=4))
print(all_kinds(1, 20, 30, 40, 50, k1=4, k2=6, extra=7))
print(all_kinds(1, n1=9, k1=0))
code = all_kinds.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(all_kinds.__defaults__, all_kinds.__kwdefaults__)
print(sorted(all_kinds.__kwdefaults__.items()), kwonly.__kwdefaults__)
def divmod_like(x, y, /):
    return x // y, x % y
print(divmod_like(17, 5), divmod_like(*(9, 2)))
lam = lambda a, /, b, *, c=1: (a, b, c)
print(lam(1, 2), lam(1, b=2, c=3))

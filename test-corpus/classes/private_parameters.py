# Private (double-underscore) names as parameters, keyword-only parameters, locals and loop
# variables of methods: mangled to _Class__name in the code object and read back correctly.
class X:
    def f(self, *, __a=42):
        return __a

    def g(self, __b, *__rest, __c=1, **__kw):
        __b += 1
        total = 0
        for __i in range(__b):
            total += __i
        __d = [__x * 2 for __x in __rest]
        return __b, total, __d, __c, sorted(__kw)

    def h(self):
        __e = 5
        __e *= 2
        return (lambda __f=__e: __f + 1)()


print(X().f(), X().f(_X__a=7))
print(X().g(2, 3, 4, _X__c=5, z=1))
print(X().h())
print(X.f.__code__.co_varnames, X.f.__kwdefaults__, X.g.__code__.co_varnames)

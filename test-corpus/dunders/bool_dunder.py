# Checks __bool__ and __len__ in truth tests, their precedence, and errors for bad return types.
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("__bool__", self.on)
        return self.on
print(bool(Flag(True)), bool(Flag(False)))
if Flag(True):
    print("if taken")
print(not Flag(False))
print(Flag(False) or "fallback")
print(Flag(True) and "second")
x = Flag(True) and Flag(False)
print(type(x).__name__, x.on)
while Flag(False):
    print("never")
print([1 for f in [Flag(True), Flag(False)] if f])
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Both()), len(Both()))
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(LenOnly(0)), bool(LenOnly(2)), "yes" if LenOnly(1) else "no")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return "3"
try:
    bool(BadLen())
except TypeError as e:
    print("TypeError:", e)
print(any([Flag(False), Flag(True), Flag(True)]))
print(all([Flag(True), Flag(False), Flag(True)]))
print(bool(object()), bool(Flag), sorted([Flag(True), Flag(False)], key=bool)[0].on)

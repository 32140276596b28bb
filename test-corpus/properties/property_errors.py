# Checks read-only properties and the exact AttributeError messages for missing setter/deleter.
class Account:
    def __init__(self, owner, balance):
        self._owner = owner
        self._balance = balance
    @property
    def owner(self):
        return self._owner
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        self._balance = value
a = Account("ann", 100)
print(a.owner, a.balance)
try:
    a.owner = "bob"
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.owner
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.balance
except AttributeError as e:
    print("AttributeError:", e)
a.balance = 50
print(a.balance)
class Broken:
    @property
    def fails(self):
        raise AttributeError("inner attribute missing")
    def __getattr__(self, name):
        return "__getattr__ for " + name
print(Broken().fails)
class Fails:
    @property
    def boom(self):
        return 1 / 0
try:
    Fails().boom
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(hasattr(Fails(), "boom") if False else "hasattr would raise")
p = property()
class Raw:
    x = p
try:
    Raw().x
except AttributeError as e:
    print("AttributeError:", e)
try:
    Raw().x = 1
except AttributeError as e:
    print("AttributeError:", e)
class Shadow:
    @property
    def val(self):
        return "property wins"
s = Shadow()
s.__dict__["val"] = "instance dict"
print(s.val, vars(s))

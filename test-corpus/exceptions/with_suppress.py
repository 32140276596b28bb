# Checks `with` statements that suppress exceptions and ones that do not, with state changes visible afterwards.
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return False
with Suppress(KeyError) as s:
    {}["missing"]
print("suppressed:", repr(s.caught))
with Suppress(KeyError, IndexError) as s:
    [][0]
print("suppressed:", repr(s.caught))
try:
    with Suppress(KeyError) as s:
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e, s.caught)
with Suppress(Exception) as s:
    pass
print("nothing raised:", s.caught)
results = []
for item in [1, 0, 2, "x", 4]:
    with Suppress(ZeroDivisionError, TypeError):
        results.append(10 / item)
print(results)
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, exc_type, exc, tb):
        if exc_type:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because of", exc_type.__name__)
        else:
            print("committed")
        return False
data = {"a": 1}
with Transaction(data) as d:
    d["b"] = 2
print(data)
try:
    with Transaction(data) as d:
        d["c"] = 3
        raise ValueError("abort")
except ValueError:
    print("after failed transaction:", data)
def in_function():
    with Suppress(ValueError):
        raise ValueError("inside function")
    return "function continued"
print(in_function())

# Uncaught AttributeError on None returned by a function that forgot to return.
# Warm-up: ordinary work before the failure, so the error comes after real output.
class Tally:
    def __init__(self):
        self.counts = {}
    def add(self, key):
        self.counts[key] = self.counts.get(key, 0) + 1
        return self
tally = Tally().add("x").add("y").add("x")
print("warm-up", tally.counts, max(tally.counts, key=tally.counts.get))
print("warm-up", [n * n for n in range(6) if n % 2], f"{2 ** 10:,}")
def find_user(users, name):
    for u in users:
        if u["name"] == name:
            return u
def email_of(users, name):
    user = find_user(users, name)
    return user.get("email")
users = [{"name": "ann", "email": "ann@x.org"}]
print(email_of(users, "ann"))
print(email_of(users, "bob"))

# Checks assert: passing, failing with and without message, message evaluation only on failure, and in functions.
def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n
print(check_positive(5))
try:
    check_positive(-2)
except AssertionError as e:
    print("AssertionError:", e)
calls = []
def message():
    calls.append("evaluated")
    return "lazy message"
assert True, message()
print("message calls after pass:", calls)
try:
    assert 0, message()
except AssertionError as e:
    print("AssertionError:", e, calls)
try:
    assert []
except AssertionError as e:
    print("empty message:", repr(str(e)), e.args)
try:
    assert None, None
except AssertionError as e:
    print("None message:", e.args)
try:
    assert 1 == 2, ("tuple", "message")
except AssertionError as e:
    print(e.args, str(e))
try:
    assert False, 42
except AssertionError as e:
    print(e.args, str(e))
def validate(items):
    for i, item in enumerate(items):
        assert isinstance(item, int), f"item {i} is {type(item).__name__}"
    return sum(items)
print(validate([1, 2, 3]))
try:
    validate([1, "two", 3])
except AssertionError as e:
    print("AssertionError:", e)
x = 5
assert x == 5 and x > 0
print("compound assert passed")

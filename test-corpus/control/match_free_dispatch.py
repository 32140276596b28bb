# Checks dispatch without match: dict of handlers, if-chains over types, and state machines driven by loops.
def area(shape):
    kind = shape[0]
    if kind == "circle":
        return round(3.14159 * shape[1] ** 2, 2)
    elif kind == "rect":
        return shape[1] * shape[2]
    elif kind == "square":
        return shape[1] ** 2
    raise ValueError("unknown shape " + kind)
for s in [("circle", 1), ("rect", 2, 3), ("square", 4)]:
    print(s, area(s))
try:
    area(("hexagon",))
except ValueError as e:
    print("ValueError:", e)
def describe(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    if isinstance(v, str):
        return "str of %d" % len(v)
    if isinstance(v, (list, tuple)):
        return type(v).__name__ + "[" + ", ".join(describe(x) for x in v) + "]"
    return "other"
print([describe(v) for v in [True, 1, 1.5, "abc", [1, "x"], (2.0,), None]])
transitions = {("idle", "start"): "running", ("running", "pause"): "paused", ("paused", "resume"): "running",
               ("running", "stop"): "idle", ("paused", "stop"): "idle"}
state = "idle"
for event in ["start", "pause", "resume", "jump", "stop", "stop"]:
    new = transitions.get((state, event))
    if new is None:
        print(f"{state:8} --{event}--> (ignored)")
    else:
        print(f"{state:8} --{event}--> {new}")
        state = new
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok))
    return stack[0]
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 /"))

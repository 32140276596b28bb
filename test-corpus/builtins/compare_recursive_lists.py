# comparing self-containing lists counts against the recursion limit, as CPython's comparisons do
x = []
x.append(x)
y = []
y.append(y)
for op in ("==", "!=", "<", "<=", ">", ">="):
    try:
        print(op, eval("y " + op + " x"))
    except RecursionError as e:
        print(op, type(e).__name__, e)
print(x is x[0], x == x, [x] == [x])

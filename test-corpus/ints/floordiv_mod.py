# Checks floor division, modulo and divmod with every sign combination, big operands and errors.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (0, -5), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
big = 10 ** 25 + 7
for b in [3, -3, 10 ** 12, -(10 ** 12)]:
    print(b, big // b, big % b, -big // b, -big % b)
print(2 ** 64 // 2 ** 32, 2 ** 64 % (2 ** 32 - 1))
print(-(2 ** 63) // -1, -(2 ** 63) % -1)
print((-2 ** 63) // 1, (-2 ** 63) // -1)
for a, b in [(7.0, 2), (-7.0, 2), (7, -2.0), (5.5, 1.5), (-5.5, 1.5), (1e300, 3)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(7 % 1, -0.0 % 5, 0.0 // -3)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    try:
        a // b
    except ZeroDivisionError as e:
        print("//", a, b, "ZeroDivisionError:", e)
    try:
        a % b
    except ZeroDivisionError as e:
        print("%", a, b, "ZeroDivisionError:", e)
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print("divmod", a, b, "ZeroDivisionError:", e)
    try:
        a / b
    except ZeroDivisionError as e:
        print("/", a, b, "ZeroDivisionError:", e)
print(True // 2, True % 2, 5 // True)
print(-1 % 2 ** 70, (2 ** 70) % -7, -(2 ** 70) // 7)

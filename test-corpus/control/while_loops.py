# Checks while loops: counters, sentinels, digit processing, Newton iteration, and loop with complex updates.
n = 12345
digits = []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits[::-1], sum(digits))
x = 2.0
guess = 1.0
steps = 0
while abs(guess * guess - x) > 1e-12:
    guess = (guess + x / guess) / 2
    steps += 1
print(guess, steps)
a, b = 1071, 462
while b:
    a, b = b, a % b
print("gcd", a)
queue = [1]
seen = []
while queue and len(seen) < 10:
    item = queue.pop(0)
    seen.append(item)
    queue.extend([item * 2, item * 3])
print(seen)
stack = [(0, "root")]
out = []
while stack:
    depth, name = stack.pop()
    out.append("  " * depth + name)
    if depth < 2:
        stack.append((depth + 1, name + ".b"))
        stack.append((depth + 1, name + ".a"))
print("\n".join(out))
value = 1
while value < 1000:
    value *= 3
print(value)
i = 0
while i < 10:
    i += 1
    if i == 3:
        continue
    if i == 6:
        break
    print("i", i)
bits = 0
v = 255
while v:
    bits += v & 1
    v >>= 1
print("bits", bits)
text = "aaabccdddd"
pos = 0
runs = []
while pos < len(text):
    start = pos
    while pos < len(text) and text[pos] == text[start]:
        pos += 1
    runs.append(text[start] + str(pos - start))
print("".join(runs))

# One long-running loop in a function called once: entered through OSR at a back-edge.

def main():
    total = 0
    x = 0.0
    for i in range(300000):
        total += i % 7
        x += 0.5
    k = 0
    while k < 200000:
        k += 3
    print(total, x, k)
    acc = 1
    for i in range(100000):
        acc = (acc * 31 + i) % 1000003
    print(acc)
    big = 1
    for i in range(200):
        big = big * 2 + 1
    print(big)

main()

def with_list(n):
    items = []
    s = 0
    for i in range(n):
        s += i
    items.append(s)
    return items

print(with_list(100000))

# Integer kernels: Collatz chain lengths, a linear congruential generator and digit sums.
# Exercises small-int arithmetic, comparisons and while/for loops.


def collatz_length(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        steps += 1
    return steps


def longest_chain(limit):
    best_start, best_len = 1, 0
    total = 0
    for start in range(1, limit):
        length = collatz_length(start)
        total += length
        if length > best_len:
            best_start, best_len = start, length
    return best_start, best_len, total


def lcg_mix(rounds):
    state = 12345
    acc = 0
    for i in range(rounds):
        state = (state * 1103515245 + 12345) % 2147483648
        acc ^= (state >> 7) + i
        acc = (acc * 31 + (state % 1000)) % 1000000007
    return acc


def digit_sum_range(limit):
    total = 0
    for n in range(limit):
        while n:
            total += n % 10
            n //= 10
    return total


start, length, total = longest_chain(150000)
print("collatz", start, length, total)
print("lcg", lcg_mix(1000000))
print("digits", digit_sum_range(400000))
print("checksum", (start * 7 + length * 13 + total + lcg_mix(1000)) % 1000000007)

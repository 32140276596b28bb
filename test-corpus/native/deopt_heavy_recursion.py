# A recursive function that leaves native code at an instruction the native tier does not lower
# (a list subscript) on many of its entries: it is dropped to the lower tier after its recompiles,
# and the results stay right.
def hanoi(n, source, target, spare, moves):
    if n == 0:
        return 0
    count = hanoi(n - 1, source, spare, target, moves)
    moves[source * 3 + target] += 1
    return count + 1 + hanoi(n - 1, spare, target, source, moves)


moves = [0] * 9
print(hanoi(16, 0, 2, 1, moves), moves)

# Checks that recursion 900 frames deep works (default limit 1000) for plain, mutual and method recursion.
def depth_sum(n):
    if n == 0:
        return 0
    return n + depth_sum(n - 1)
print(depth_sum(900))
def build(n):
    return [] if n == 0 else [build(n - 1)]
nested = build(900)
count = 0
node = nested
while node:
    node = node[0]
    count += 1
print("nested depth", count)
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(900), is_odd(899), is_even(899))
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
    def length(self):
        return 1 if self.next is None else 1 + self.next.length()
    def total(self):
        return self.value + (self.next.total() if self.next else 0)
head = None
for i in range(850):
    head = Node(i, head)
print(head.length(), head.total())
def count_down(n, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc + [n] if n % 100 == 0 else acc)
print(count_down(900, []))
def power(base, exp):
    if exp == 0:
        return 1
    return base * power(base, exp - 1)
print(power(2, 900) == 2 ** 900, len(str(power(3, 800))))

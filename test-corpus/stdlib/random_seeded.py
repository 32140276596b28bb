# random: seeded sequences (int, str, bytes, float and negative seeds), getrandbits, distributions, shuffle/sample/choices, state round trips.
import random

random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.getrandbits(70), random.getrandbits(1))
items = list(range(10))
random.shuffle(items)
print(items, random.sample(range(100), 5), random.sample("abcdefgh", 3))
print(round(random.gauss(0, 1), 12), round(random.normalvariate(5, 2), 12), random.uniform(1, 2), random.randrange(0, 100, 7))
print(random.choices("abc", weights=[1, 5, 10], k=6), random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=3))
print(round(random.expovariate(2), 12), round(random.betavariate(2, 3), 12), round(random.gammavariate(2.5, 1), 12), round(random.triangular(0, 10, 3), 12))
print(round(random.lognormvariate(0, 1), 12), round(random.vonmisesvariate(1, 2), 12), round(random.paretovariate(3), 12), round(random.weibullvariate(1, 1.5), 12))
for seed in ["hello", b"bytes", bytearray(b"ba"), -12345678901234567890, 2 ** 100, 0, 3.5, True]:
    random.seed(seed)
    print(repr(seed)[:20], random.random(), random.randrange(1000))
r = random.Random(7)
state = r.getstate()
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)], len(state[1]), state[0])
r2 = random.Random()
r2.seed(7)
print(r2.random() == first[0], random.Random(7).randbytes(5), random.Random(1).binomialvariate(10, 0.5) if hasattr(random, "binomialvariate") else "-")
class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)
d = Dice(2024)
print([d.roll() for _ in range(10)])
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randrange(5, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    random.getrandbits(-1)
except ValueError as e:
    print("ValueError:", e)

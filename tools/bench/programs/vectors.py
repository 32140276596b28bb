# Object-heavy: a small 2-D vector class with operator overloading, properties and
# bounding boxes, used to move particles around. Exercises dunder methods, attribute
# access, object allocation and isinstance checks.


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def length2(self):
        return self.x * self.x + self.y * self.y

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


class Box:
    def __init__(self, low, high):
        self.low = low
        self.high = high

    def contains(self, p):
        return self.low.x <= p.x <= self.high.x and self.low.y <= p.y <= self.high.y

    def reflect(self, particle):
        p = particle.position
        v = particle.velocity
        if p.x < self.low.x or p.x > self.high.x:
            v.x = -v.x
            particle.bounces += 1
        if p.y < self.low.y or p.y > self.high.y:
            v.y = -v.y
            particle.bounces += 1


class Particle:
    def __init__(self, position, velocity):
        self.position = position
        self.velocity = velocity
        self.bounces = 0

    def move(self, dt):
        self.position = self.position + self.velocity * dt


def simulate(count, steps):
    box = Box(Vec(0.0, 0.0), Vec(100.0, 100.0))
    particles = []
    seed = 7
    for i in range(count):
        seed = (seed * 48271) % 2147483647
        x = (seed % 10000) / 100.0
        seed = (seed * 48271) % 2147483647
        y = (seed % 10000) / 100.0
        particles.append(Particle(Vec(x, y), Vec((i % 7) - 3.0, (i % 5) - 2.0)))
    gravity = Vec(0.0, -0.01)
    for _ in range(steps):
        for p in particles:
            p.velocity = p.velocity + gravity
            p.move(0.5)
            box.reflect(p)
    inside = sum(1 for p in particles if box.contains(p.position))
    bounces = sum(p.bounces for p in particles)
    energy = sum(p.velocity.length2 for p in particles)
    centre = Vec(0.0, 0.0)
    for p in particles:
        centre = centre + p.position
    return inside, bounces, energy, centre * (1.0 / count)


inside, bounces, energy, centre = simulate(1500, 1250)
print("inside", inside)
print("bounces", bounces)
print("energy %.6f" % energy)
print("centre", repr(Vec(round(centre.x, 6), round(centre.y, 6))))
print("checksum", bounces * 1009 + inside)

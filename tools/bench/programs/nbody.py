# Float kernel: a small planetary system integrated with a leapfrog-style Euler step.
# Bodies are lists of floats; exercises float arithmetic, math.sqrt and list indexing.
import math

SOLAR_MASS = 4.0 * math.pi * math.pi
DAYS_PER_YEAR = 365.24


def make_bodies():
    # x, y, z, vx, vy, vz, mass: a heavy star and four planets on made-up orbits
    specs = [
        (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
        (4.8, -1.1, -0.10, 0.0016, 0.0077, -0.00007, 0.00095),
        (8.3, 4.1, -0.40, -0.0028, 0.0050, 0.00002, 0.00029),
        (12.9, -15.1, -0.22, 0.0030, 0.0024, -0.00003, 0.000044),
        (15.4, -25.9, 0.18, 0.0027, 0.0016, -0.00009, 0.000052),
    ]
    bodies = []
    for x, y, z, vx, vy, vz, m in specs:
        bodies.append([x, y, z, vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR, m * SOLAR_MASS])
    # move the centre of mass to rest
    px = py = pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    star = bodies[0]
    star[3] = -px / SOLAR_MASS
    star[4] = -py / SOLAR_MASS
    star[5] = -pz / SOLAR_MASS
    return bodies


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        a = bodies[i]
        e += 0.5 * a[6] * (a[3] * a[3] + a[4] * a[4] + a[5] * a[5])
        for j in range(i + 1, n):
            b = bodies[j]
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            e -= a[6] * b[6] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, dt, steps):
    n = len(bodies)
    pairs = [(bodies[i], bodies[j]) for i in range(n) for j in range(i + 1, n)]
    for _ in range(steps):
        for a, b in pairs:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            bm = b[6] * mag
            am = a[6] * mag
            a[3] -= dx * bm
            a[4] -= dy * bm
            a[5] -= dz * bm
            b[3] += dx * am
            b[4] += dy * am
            b[5] += dz * am
        for body in bodies:
            body[0] += dt * body[3]
            body[1] += dt * body[4]
            body[2] += dt * body[5]


bodies = make_bodies()
before = energy(bodies)
advance(bodies, 0.01, 350000)
after = energy(bodies)
print("energy before %.9f" % before)
print("energy after  %.9f" % after)
print("checksum", round(sum(b[0] + b[1] + b[2] for b in bodies), 6))

# Float kernel: escape-time Mandelbrot set on a grid, plus a Leibniz series.
# Exercises float multiply/add, comparisons and nested loops.


def mandelbrot(width, height, max_iter):
    inside = 0
    iterations = 0
    for row in range(height):
        ci = -1.2 + 2.4 * row / height
        for col in range(width):
            cr = -2.1 + 3.0 * col / width
            zr = zi = 0.0
            n = 0
            while n < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                n += 1
            iterations += n
            if n == max_iter:
                inside += 1
    return inside, iterations


def leibniz(terms):
    total = 0.0
    sign = 1.0
    for k in range(terms):
        total += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * total


inside, iterations = mandelbrot(400, 300, 300)
print("mandelbrot", inside, iterations)
print("pi", round(leibniz(7000000), 9))
print("checksum", inside * 1000003 + iterations)

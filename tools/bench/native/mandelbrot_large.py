# Escape-time Mandelbrot set on a larger grid: float arithmetic in nested loops.
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
    return inside * 1000003 + iterations


print("mandelbrot", mandelbrot(800, 600, 500))

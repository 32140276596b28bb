# cmath: every function at ordinary, tiny, huge, signed-zero, infinite and NaN arguments; branch cuts, errors, constants, isclose
import cmath, math
vals = [0j, -0.0+0j, complex(0.0, -0.0), complex(-0.0, -0.0), 1+0j, -1+0j, 1j, -1j, 2+3j, -2.5+0.5j, 0.5-0.25j, 1e-310+1e-310j,
        1e300+1e300j, -1e308-1e308j, 3-0j, complex(-3, -0.0), 1.0000001+0j, 0.7+0.7j]
inf, nan = math.inf, math.nan
specials = [complex(a, b) for a in (-inf, -2.0, -0.0, 0.0, 2.0, inf, nan) for b in (-inf, -2.0, -0.0, 0.0, 2.0, inf, nan)]
names = ['sqrt', 'exp', 'log', 'log10', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'sin', 'sinh', 'tan', 'tanh']
for name in names:
    f = getattr(cmath, name)
    out = []
    for z in vals + specials:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
for z in vals + specials:
    try: p = cmath.polar(z)
    except OverflowError as e: p = 'OverflowError'
    print('phase/polar', z, cmath.phase(z), p, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
for r in (-inf, -2.0, -0.0, 0.0, 2.0, inf, nan):
    out = []
    for phi in (-inf, -2.0, -0.0, 0.0, 2.0, inf, nan, math.pi / 3):
        try: out.append(repr(cmath.rect(r, phi)))
        except ValueError: out.append('ValueError')
    print('rect', r, ' '.join(out))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.log(8, 2), cmath.log(1j, 1+1j), cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(1))
for bad in ((1, 1), (0,), (1, 0)):
    try: print(cmath.log(*bad))
    except ValueError as e: print('log', bad, e)
try: cmath.exp(1000)
except OverflowError as e: print(e)
try: cmath.sqrt('x')
except TypeError as e: print(e)
class C:
    def __complex__(self): return 2j
class F:
    def __float__(self): return 4.0
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(1j, 1.001j, abs_tol=0.01))
try: cmath.isclose(1, 2, rel_tol=-1)
except ValueError as e: print(e)
print(cmath.isclose(complex(inf, 0), complex(inf, 0)), cmath.isclose(nan, nan))

# Checks format specs for floats: e E f F g G % and none, precision, grouping, sign, zero padding, inf/nan, -0.0.
values = [0.0, -0.0, 1.0, -1.5, 3.14159265, 1234567.891, 0.000123456, 1e16, 1.5e-10, 2.5, 0.5, 1e100]
for v in values:
    print(f"[{v}] [{v:e}] [{v:.2e}] [{v:E}] [{v:f}] [{v:.1f}] [{v:g}] [{v:.3g}] [{v:G}] [{v:%}] [{v:.0%}]")
for v in values[:8]:
    print(f"[{v:10.2f}] [{v:<10.2f}] [{v:^10.2f}] [{v:+.2f}] [{v: .2f}] [{v:010.2f}] [{v:,.2f}] [{v:_.1f}] [{v:.2}] [{v:.10}]")
for v in [float("inf"), float("-inf"), float("nan")]:
    print(f"[{v}] [{v:f}] [{v:F}] [{v:e}] [{v:E}] [{v:g}] [{v:G}] [{v:%}] [{v:8.2f}] [{v:+}] [{v:08f}]")
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {3.5:.0f} {-0.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f}")
print(f"{1e-5:g} {1e-4:g} {123456:g} {1234567:g} {1e15:.16g} {0.1:.17g} {0.1:.20f}")
print(f"{12.0:g} {12.0:#g} {12.0:.0e} {12.0:#.0e} {12.0:#.0f} {0.0:g} {-0.0:g}")
print(f"{3.0:n} {1234.5:n} {1e-7:n}")
print(f"{123.456:z.1f}" if False else "z skipped", f"{-0.0:.1f} {-0.04:.1f}")
print(format(1 / 3), format(1 / 3, ""), format(1 / 3, "<12"), format(2 / 3, ".5"), format(1e22, ""), format(1e22, "f"))
for bad in ["d", "x", "c", ",d", "s"]:
    try:
        format(1.5, bad)
    except ValueError as e:
        print(f"{bad!r}: ValueError: {e}")
print(f"{1.0:.0%} {0.005:.1%} {0.0051:.1%} {-0.25:+.0%} {1/3:.3%} {2.5:%}")
print(f"{1234.5678:,.2f} {-1234.5678:_.3f} {1e6:,.0f} {123.0:010.3f} {-1.5:08.2f} {1.5:+08.2f}")
print(f"{9.999:.2f} {9.995:.2f} {0.045:.2f} {1.0005:.3f} {99.5:.0f} {100.5:.0f}")
print(f"{5e-324:g} {5e-324:.3e} {1.7976931348623157e308:g} {1.7976931348623157e308:.3e}")

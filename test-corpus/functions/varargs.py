# Checks *args and **kwargs collection, forwarding, unpacking at call sites, and their types.
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 2, 3))
print(collect(a=1, b=2))
print(collect(1, "x", key="value", other=None))
print(type(collect()[0]).__name__, type(collect()[1]).__name__)
def mixed(a, b=0, *rest, flag=False, **extra):
    return f"a={a} b={b} rest={rest} flag={flag} extra={extra}"
print(mixed(1))
print(mixed(1, 2, 3, 4))
print(mixed(1, 2, 3, flag=True, z=9))
print(mixed(a=5, flag=1, q=2))
args = (10, 20, 30)
kwargs = {"flag": "yes", "color": "red"}
print(mixed(*args, **kwargs))
print(mixed(*[1], *[2, 3], **{"x": 1}, **{"y": 2}))
def forward(*args, **kwargs):
    return collect(*args, **kwargs)
print(forward(1, k=2))
def total(*nums):
    result = 0
    for n in nums:
        result += n
    return result
print(total(), total(1), total(1, 2, 3, 4), total(*range(101)))
def fmt(template, *values, sep=", "):
    return template.format(sep.join(str(v) for v in values))
print(fmt("[{}]", 1, 2, 3), fmt("<{}>", "a", "b", sep="|"))
def kw_only_collect(**options):
    for key in sorted(options):
        print(" ", key, "=", options[key])
kw_only_collect(zeta=1, alpha=2, mid=3)
def modify(*args, **kwargs):
    kwargs["added"] = True
    return len(args), kwargs
original = {"k": 1}
print(modify(**original), original)
print((lambda *a, **k: (a, k))(1, x=2))
print(max(*[3, 7, 5]), min(4, *[9, 2]), print(*["x", "y"], sep="+"))

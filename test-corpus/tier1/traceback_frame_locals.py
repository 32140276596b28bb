# The frames of functions that raised out of tier-1 code, seen through the traceback: their named
# locals hold the values of the moment they raised, whatever temporaries the loops and calls used.


def scale_all(n, items):
    total = 0
    for x in items:
        total += x * n
        if total > 100:
            raise ValueError("too big %d" % total)
    return total


def through_comprehension(k):
    values = [i * i for i in range(k)]
    return scale_all(k, values)


def generator_raising(limit):
    produced = 0
    for v in range(limit):
        produced += 1
        if v == limit - 1:
            raise KeyError(v)
        yield v * 2


def frames_of(tb):
    out = []
    while tb is not None:
        f = tb.tb_frame
        names = {k: (len(v) if isinstance(v, list) else v) for k, v in f.f_locals.items()
                 if not k.startswith("_") and k not in ("tb", "out", "e", "gen", "got", "rounds")}
        out.append((f.f_code.co_name, tb.tb_lineno, sorted(names.items())))
        tb = tb.tb_next
    return out[1:]


for rounds in range(60):
    try:
        through_comprehension(rounds)
    except ValueError as e:
        if rounds % 15 == 0 or rounds > 56:
            print(rounds, e, frames_of(e.__traceback__))

for rounds in range(40):
    gen = generator_raising(rounds % 7 + 1)
    got = []
    try:
        for item in gen:
            got.append(item)
    except KeyError as e:
        if rounds % 13 == 0:
            print(rounds, repr(e), got, frames_of(e.__traceback__))

# Start-up benchmark: 90 hot functions (60 numeric ones the native tier compiles, 30 that work on
# lists, dicts and strings and stay in tier 1). Cold cache: every function is compiled; warm cache or
# after `pyjit aot --train`: module bytecode, tier-1 classes and native objects come from the cache.

def num0(n, x):
    s = 0
    t = x
    for k in range(n):
        s = (s * 31 + k) % 1000003
        t = t * 0.5 + 0.25
        if s % 2 == 0:
            s += 0
    return s + int(t)

def num1(n, x):
    s = 1
    t = x
    for k in range(n):
        s = (s * 32 + k) % 1000003
        t = t * 0.5 + 1.25
        if s % 3 == 0:
            s += 1
    return s + int(t)

def num2(n, x):
    s = 2
    t = x
    for k in range(n):
        s = (s * 33 + k) % 1000003
        t = t * 0.5 + 2.25
        if s % 4 == 0:
            s += 2
    return s + int(t)

def num3(n, x):
    s = 3
    t = x
    for k in range(n):
        s = (s * 34 + k) % 1000003
        t = t * 0.5 + 3.25
        if s % 5 == 0:
            s += 0
    return s + int(t)

def num4(n, x):
    s = 4
    t = x
    for k in range(n):
        s = (s * 35 + k) % 1000003
        t = t * 0.5 + 4.25
        if s % 6 == 0:
            s += 1
    return s + int(t)

def num5(n, x):
    s = 5
    t = x
    for k in range(n):
        s = (s * 36 + k) % 1000003
        t = t * 0.5 + 0.25
        if s % 7 == 0:
            s += 2
    return s + int(t)

def num6(n, x):
    s = 6
    t = x
    for k in range(n):
        s = (s * 37 + k) % 1000003
        t = t * 0.5 + 1.25
        if s % 8 == 0:
            s += 0
    return s + int(t)

def num7(n, x):
    s = 7
    t = x
    for k in range(n):
        s = (s * 38 + k) % 1000003
        t = t * 0.5 + 2.25
        if s % 2 == 0:
            s += 1
    return s + int(t)

def num8(n, x):
    s = 8
    t = x
    for k in range(n):
        s = (s * 39 + k) % 1000003
        t = t * 0.5 + 3.25
        if s % 3 == 0:
            s += 2
    return s + int(t)

def num9(n, x):
    s = 9
    t = x
    for k in range(n):
        s = (s * 40 + k) % 1000003
        t = t * 0.5 + 4.25
        if s % 4 == 0:
            s += 0
    return s + int(t)

def num10(n, x):
    s = 10
    t = x
    for k in range(n):
        s = (s * 41 + k) % 1000003
        t = t * 0.5 + 0.25
        if s % 5 == 0:
            s += 1
    return s + int(t)

def num11(n, x):
    s = 11
    t = x
    for k in range(n):
        s = (s * 42 + k) % 1000003
        t = t * 0.5 + 1.25
        if s % 6 == 0:
            s += 2
    return s + int(t)

def num12(n, x):
    s = 12
    t = x
    for k in range(n):
        s = (s * 43 + k) % 1000003
        t = t * 0.5 + 2.25
        if s % 7 == 0:
            s += 0
    return s + int(t)

def num13(n, x):
    s = 13
    t = x
    for k in range(n):
        s = (s * 44 + k) % 1000003
        t = t * 0.5 + 3.25
        if s % 8 == 0:
            s += 1
    return s + int(t)

def num14(n, x):
    s = 14
    t = x
    for k in range(n):
        s = (s * 45 + k) % 1000003
        t = t * 0.5 + 4.25
        if s % 2 == 0:
            s += 2
    return s + int(t)

def num15(n, x):
    s = 15
    t = x
    for k in range(n):
        s = (s * 46 + k) % 1000003
        t = t * 0.5 + 0.25
        if s % 3 == 0:
            s += 0
    return s + int(t)

def num16(n, x):
    s = 16
    t = x
    for k in range(n):
        s = (s * 47 + k) % 1000003
        t = t * 0.5 + 1.25
        if s % 4 == 0:
            s += 1
    return s + int(t)

def num17(n, x):
    s = 17
    t = x
    for k in range(n):
        s = (s * 48 + k) % 1000003
        t = t * 0.5 + 2.25
        if s % 5 == 0:
            s += 2
    return s + int(t)

def num18(n, x):
    s = 18
    t = x
    for k in range(n):
        s = (s * 49 + k) % 1000003
        t = t * 0.5 + 3.25
        if s % 6 == 0:
            s += 0
    return s + int(t)

def num19(n, x):
    s = 19
    t = x
    for k in range(n):
        s = (s * 50 + k) % 1000003
        t = t * 0.5 + 4.25
        if s % 7 == 0:
            s += 1
    return s + int(t)

def num20(n, x):
    s = 20
    t = x
    for k in range(n):
        s = (s * 51 + k) % 1000003
        t = t * 0.5 + 0.25
        if s % 8 == 0:
            s += 2
    return s + int(t)

def num21(n, x):
    s = 21
    t = x
    for k in range(n):
        s = (s * 52 + k) % 1000003
        t = t * 0.5 + 1.25
        if s % 2 == 0:
            s += 0
    return s + int(t)

def num22(n, x):
    s = 22
    t = x
    for k in range(n):
        s = (s * 53 + k) % 1000003
        t = t * 0.5 + 2.25
        if s % 3 == 0:
            s += 1
    return s + int(t)

def num23(n, x):
    s = 23
    t = x
    for k in range(n):
        s = (s * 54 + k) % 1000003
        t = t * 0.5 + 3.25
        if s % 4 == 0:
            s += 2
    return s + int(t)

def num24(n, x):
    s = 24
    t = x
    for k in range(n):
        s = (s * 55 + k) % 1000003
        t = t * 0.5 + 4.25
        if s % 5 == 0:
            s += 0
    return s + int(t)

def num25(n, x):
    s = 25
    t = x
    for k in range(n):
        s = (s * 56 + k) % 1000003
        t = t * 0.5 + 0.25
        if s % 6 == 0:
            s += 1
    return s + int(t)

def num26(n, x):
    s = 26
    t = x
    for k in range(n):
        s = (s * 57 + k) % 1000003
        t = t * 0.5 + 1.25
        if s % 7 == 0:
            s += 2
    return s + int(t)

def num27(n, x):
    s = 27
    t = x
    for k in range(n):
        s = (s * 58 + k) % 1000003
        t = t * 0.5 + 2.25
        if s % 8 == 0:
            s += 0
    return s + int(t)

def num28(n, x):
    s = 28
    t = x
    for k in range(n):
        s = (s * 59 + k) % 1000003
        t = t * 0.5 + 3.25
        if s % 2 == 0:
            s += 1
    return s + int(t)

def num29(n, x):
    s = 29
    t = x
    for k in range(n):
        s = (s * 60 + k) % 1000003
        t = t * 0.5 + 4.25
        if s % 3 == 0:
            s += 2
    return s + int(t)

def num30(n, x):
    s = 30
    t = x
    for k in range(n):
        s = (s * 61 + k) % 1000003
        t = t * 0.5 + 0.25
        if s % 4 == 0:
            s += 0
    return s + int(t)

def num31(n, x):
    s = 31
    t = x
    for k in range(n):
        s = (s * 62 + k) % 1000003
        t = t * 0.5 + 1.25
        if s % 5 == 0:
            s += 1
    return s + int(t)

def num32(n, x):
    s = 32
    t = x
    for k in range(n):
        s = (s * 63 + k) % 1000003
        t = t * 0.5 + 2.25
        if s % 6 == 0:
            s += 2
    return s + int(t)

def num33(n, x):
    s = 33
    t = x
    for k in range(n):
        s = (s * 64 + k) % 1000003
        t = t * 0.5 + 3.25
        if s % 7 == 0:
            s += 0
    return s + int(t)

def num34(n, x):
    s = 34
    t = x
    for k in range(n):
        s = (s * 65 + k) % 1000003
        t = t * 0.5 + 4.25
        if s % 8 == 0:
            s += 1
    return s + int(t)

def num35(n, x):
    s = 35
    t = x
    for k in range(n):
        s = (s * 66 + k) % 1000003
        t = t * 0.5 + 0.25
        if s % 2 == 0:
            s += 2
    return s + int(t)

def num36(n, x):
    s = 36
    t = x
    for k in range(n):
        s = (s * 67 + k) % 1000003
        t = t * 0.5 + 1.25
        if s % 3 == 0:
            s += 0
    return s + int(t)

def num37(n, x):
    s = 37
    t = x
    for k in range(n):
        s = (s * 68 + k) % 1000003
        t = t * 0.5 + 2.25
        if s % 4 == 0:
            s += 1
    return s + int(t)

def num38(n, x):
    s = 38
    t = x
    for k in range(n):
        s = (s * 69 + k) % 1000003
        t = t * 0.5 + 3.25
        if s % 5 == 0:
            s += 2
    return s + int(t)

def num39(n, x):
    s = 39
    t = x
    for k in range(n):
        s = (s * 70 + k) % 1000003
        t = t * 0.5 + 4.25
        if s % 6 == 0:
            s += 0
    return s + int(t)

def num40(n, x):
    s = 40
    t = x
    for k in range(n):
        s = (s * 71 + k) % 1000003
        t = t * 0.5 + 0.25
        if s % 7 == 0:
            s += 1
    return s + int(t)

def num41(n, x):
    s = 41
    t = x
    for k in range(n):
        s = (s * 72 + k) % 1000003
        t = t * 0.5 + 1.25
        if s % 8 == 0:
            s += 2
    return s + int(t)

def num42(n, x):
    s = 42
    t = x
    for k in range(n):
        s = (s * 73 + k) % 1000003
        t = t * 0.5 + 2.25
        if s % 2 == 0:
            s += 0
    return s + int(t)

def num43(n, x):
    s = 43
    t = x
    for k in range(n):
        s = (s * 74 + k) % 1000003
        t = t * 0.5 + 3.25
        if s % 3 == 0:
            s += 1
    return s + int(t)

def num44(n, x):
    s = 44
    t = x
    for k in range(n):
        s = (s * 75 + k) % 1000003
        t = t * 0.5 + 4.25
        if s % 4 == 0:
            s += 2
    return s + int(t)

def num45(n, x):
    s = 45
    t = x
    for k in range(n):
        s = (s * 76 + k) % 1000003
        t = t * 0.5 + 0.25
        if s % 5 == 0:
            s += 0
    return s + int(t)

def num46(n, x):
    s = 46
    t = x
    for k in range(n):
        s = (s * 77 + k) % 1000003
        t = t * 0.5 + 1.25
        if s % 6 == 0:
            s += 1
    return s + int(t)

def num47(n, x):
    s = 47
    t = x
    for k in range(n):
        s = (s * 78 + k) % 1000003
        t = t * 0.5 + 2.25
        if s % 7 == 0:
            s += 2
    return s + int(t)

def num48(n, x):
    s = 48
    t = x
    for k in range(n):
        s = (s * 79 + k) % 1000003
        t = t * 0.5 + 3.25
        if s % 8 == 0:
            s += 0
    return s + int(t)

def num49(n, x):
    s = 49
    t = x
    for k in range(n):
        s = (s * 80 + k) % 1000003
        t = t * 0.5 + 4.25
        if s % 2 == 0:
            s += 1
    return s + int(t)

def num50(n, x):
    s = 50
    t = x
    for k in range(n):
        s = (s * 81 + k) % 1000003
        t = t * 0.5 + 0.25
        if s % 3 == 0:
            s += 2
    return s + int(t)

def num51(n, x):
    s = 51
    t = x
    for k in range(n):
        s = (s * 82 + k) % 1000003
        t = t * 0.5 + 1.25
        if s % 4 == 0:
            s += 0
    return s + int(t)

def num52(n, x):
    s = 52
    t = x
    for k in range(n):
        s = (s * 83 + k) % 1000003
        t = t * 0.5 + 2.25
        if s % 5 == 0:
            s += 1
    return s + int(t)

def num53(n, x):
    s = 53
    t = x
    for k in range(n):
        s = (s * 84 + k) % 1000003
        t = t * 0.5 + 3.25
        if s % 6 == 0:
            s += 2
    return s + int(t)

def num54(n, x):
    s = 54
    t = x
    for k in range(n):
        s = (s * 85 + k) % 1000003
        t = t * 0.5 + 4.25
        if s % 7 == 0:
            s += 0
    return s + int(t)

def num55(n, x):
    s = 55
    t = x
    for k in range(n):
        s = (s * 86 + k) % 1000003
        t = t * 0.5 + 0.25
        if s % 8 == 0:
            s += 1
    return s + int(t)

def num56(n, x):
    s = 56
    t = x
    for k in range(n):
        s = (s * 87 + k) % 1000003
        t = t * 0.5 + 1.25
        if s % 2 == 0:
            s += 2
    return s + int(t)

def num57(n, x):
    s = 57
    t = x
    for k in range(n):
        s = (s * 88 + k) % 1000003
        t = t * 0.5 + 2.25
        if s % 3 == 0:
            s += 0
    return s + int(t)

def num58(n, x):
    s = 58
    t = x
    for k in range(n):
        s = (s * 89 + k) % 1000003
        t = t * 0.5 + 3.25
        if s % 4 == 0:
            s += 1
    return s + int(t)

def num59(n, x):
    s = 59
    t = x
    for k in range(n):
        s = (s * 90 + k) % 1000003
        t = t * 0.5 + 4.25
        if s % 5 == 0:
            s += 2
    return s + int(t)

def obj0(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 3) % 11)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 0)
    return sum(out) + len(d) + int(x)

def obj1(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 4) % 12)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 1)
    return sum(out) + len(d) + int(x)

def obj2(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 5) % 13)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 2)
    return sum(out) + len(d) + int(x)

def obj3(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 6) % 14)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 3)
    return sum(out) + len(d) + int(x)

def obj4(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 7) % 15)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 4)
    return sum(out) + len(d) + int(x)

def obj5(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 8) % 16)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 5)
    return sum(out) + len(d) + int(x)

def obj6(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 9) % 17)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 6)
    return sum(out) + len(d) + int(x)

def obj7(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 10) % 18)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 7)
    return sum(out) + len(d) + int(x)

def obj8(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 11) % 19)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 8)
    return sum(out) + len(d) + int(x)

def obj9(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 12) % 20)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 9)
    return sum(out) + len(d) + int(x)

def obj10(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 13) % 21)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 10)
    return sum(out) + len(d) + int(x)

def obj11(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 14) % 22)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 11)
    return sum(out) + len(d) + int(x)

def obj12(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 15) % 23)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 12)
    return sum(out) + len(d) + int(x)

def obj13(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 16) % 24)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 13)
    return sum(out) + len(d) + int(x)

def obj14(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 17) % 25)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 14)
    return sum(out) + len(d) + int(x)

def obj15(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 18) % 26)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 15)
    return sum(out) + len(d) + int(x)

def obj16(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 19) % 27)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 16)
    return sum(out) + len(d) + int(x)

def obj17(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 20) % 28)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 17)
    return sum(out) + len(d) + int(x)

def obj18(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 21) % 29)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 18)
    return sum(out) + len(d) + int(x)

def obj19(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 22) % 30)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 19)
    return sum(out) + len(d) + int(x)

def obj20(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 23) % 31)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 20)
    return sum(out) + len(d) + int(x)

def obj21(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 24) % 32)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 21)
    return sum(out) + len(d) + int(x)

def obj22(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 25) % 33)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 22)
    return sum(out) + len(d) + int(x)

def obj23(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 26) % 34)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 23)
    return sum(out) + len(d) + int(x)

def obj24(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 27) % 35)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 24)
    return sum(out) + len(d) + int(x)

def obj25(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 28) % 36)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 25)
    return sum(out) + len(d) + int(x)

def obj26(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 29) % 37)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 26)
    return sum(out) + len(d) + int(x)

def obj27(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 30) % 38)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 27)
    return sum(out) + len(d) + int(x)

def obj28(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 31) % 39)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 28)
    return sum(out) + len(d) + int(x)

def obj29(n, x):
    d = {}
    out = []
    for k in range(n):
        key = "k" + str((k * 32) % 40)
        d[key] = d.get(key, 0) + k
        out.append(len(key) + 29)
    return sum(out) + len(d) + int(x)

FUNCTIONS = [num0, num1, num2, num3, num4, num5, num6, num7, num8, num9, num10, num11, num12, num13, num14, num15, num16, num17, num18, num19, num20, num21, num22, num23, num24, num25, num26, num27, num28, num29, num30, num31, num32, num33, num34, num35, num36, num37, num38, num39, num40, num41, num42, num43, num44, num45, num46, num47, num48, num49, num50, num51, num52, num53, num54, num55, num56, num57, num58, num59, obj0, obj1, obj2, obj3, obj4, obj5, obj6, obj7, obj8, obj9, obj10, obj11, obj12, obj13, obj14, obj15, obj16, obj17, obj18, obj19, obj20, obj21, obj22, obj23, obj24, obj25, obj26, obj27, obj28, obj29]

def main():
    total = 0
    for rep in range(30):
        for f in FUNCTIONS:
            total = (total + f(120, rep * 0.5)) % 1000000007
    print(len(FUNCTIONS), "functions", total)


main()

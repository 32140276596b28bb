# 80 small hot numeric functions: the native tier compiles each (cold cache), relinks it from the
# local cache (warm) or fetches it from a shared remote cache (issue 9 measurements).

def f0(n, x):
    s = 0
    t = x
    for k in range(n):
        s = (s * 31 + k) % 1000003
        t = t * 0.5 + 0.25
        if s % 2 == 0:
            s += 0
    return s + int(t)

def f1(n, x):
    s = 1
    t = x
    for k in range(n):
        s = (s * 32 + k) % 1000003
        t = t * 0.5 + 1.25
        if s % 3 == 0:
            s += 1
    return s + int(t)

def f2(n, x):
    s = 2
    t = x
    for k in range(n):
        s = (s * 33 + k) % 1000003
        t = t * 0.5 + 2.25
        if s % 4 == 0:
            s += 2
    return s + int(t)

def f3(n, x):
    s = 3
    t = x
    for k in range(n):
        s = (s * 34 + k) % 1000003
        t = t * 0.5 + 3.25
        if s % 5 == 0:
            s += 3
    return s + int(t)

def f4(n, x):
    s = 4
    t = x
    for k in range(n):
        s = (s * 35 + k) % 1000003
        t = t * 0.5 + 4.25
        if s % 6 == 0:
            s += 4
    return s + int(t)

def f5(n, x):
    s = 5
    t = x
    for k in range(n):
        s = (s * 36 + k) % 1000003
        t = t * 0.5 + 5.25
        if s % 7 == 0:
            s += 5
    return s + int(t)

def f6(n, x):
    s = 6
    t = x
    for k in range(n):
        s = (s * 37 + k) % 1000003
        t = t * 0.5 + 6.25
        if s % 8 == 0:
            s += 6
    return s + int(t)

def f7(n, x):
    s = 7
    t = x
    for k in range(n):
        s = (s * 38 + k) % 1000003
        t = t * 0.5 + 7.25
        if s % 9 == 0:
            s += 7
    return s + int(t)

def f8(n, x):
    s = 8
    t = x
    for k in range(n):
        s = (s * 39 + k) % 1000003
        t = t * 0.5 + 8.25
        if s % 10 == 0:
            s += 8
    return s + int(t)

def f9(n, x):
    s = 9
    t = x
    for k in range(n):
        s = (s * 40 + k) % 1000003
        t = t * 0.5 + 9.25
        if s % 11 == 0:
            s += 9
    return s + int(t)

def f10(n, x):
    s = 10
    t = x
    for k in range(n):
        s = (s * 41 + k) % 1000003
        t = t * 0.5 + 10.25
        if s % 12 == 0:
            s += 10
    return s + int(t)

def f11(n, x):
    s = 11
    t = x
    for k in range(n):
        s = (s * 42 + k) % 1000003
        t = t * 0.5 + 11.25
        if s % 13 == 0:
            s += 11
    return s + int(t)

def f12(n, x):
    s = 12
    t = x
    for k in range(n):
        s = (s * 43 + k) % 1000003
        t = t * 0.5 + 12.25
        if s % 14 == 0:
            s += 12
    return s + int(t)

def f13(n, x):
    s = 13
    t = x
    for k in range(n):
        s = (s * 44 + k) % 1000003
        t = t * 0.5 + 13.25
        if s % 15 == 0:
            s += 13
    return s + int(t)

def f14(n, x):
    s = 14
    t = x
    for k in range(n):
        s = (s * 45 + k) % 1000003
        t = t * 0.5 + 14.25
        if s % 16 == 0:
            s += 14
    return s + int(t)

def f15(n, x):
    s = 15
    t = x
    for k in range(n):
        s = (s * 46 + k) % 1000003
        t = t * 0.5 + 15.25
        if s % 17 == 0:
            s += 15
    return s + int(t)

def f16(n, x):
    s = 16
    t = x
    for k in range(n):
        s = (s * 47 + k) % 1000003
        t = t * 0.5 + 16.25
        if s % 18 == 0:
            s += 16
    return s + int(t)

def f17(n, x):
    s = 17
    t = x
    for k in range(n):
        s = (s * 48 + k) % 1000003
        t = t * 0.5 + 17.25
        if s % 19 == 0:
            s += 17
    return s + int(t)

def f18(n, x):
    s = 18
    t = x
    for k in range(n):
        s = (s * 49 + k) % 1000003
        t = t * 0.5 + 18.25
        if s % 20 == 0:
            s += 18
    return s + int(t)

def f19(n, x):
    s = 19
    t = x
    for k in range(n):
        s = (s * 50 + k) % 1000003
        t = t * 0.5 + 19.25
        if s % 21 == 0:
            s += 19
    return s + int(t)

def f20(n, x):
    s = 20
    t = x
    for k in range(n):
        s = (s * 51 + k) % 1000003
        t = t * 0.5 + 20.25
        if s % 22 == 0:
            s += 20
    return s + int(t)

def f21(n, x):
    s = 21
    t = x
    for k in range(n):
        s = (s * 52 + k) % 1000003
        t = t * 0.5 + 21.25
        if s % 23 == 0:
            s += 21
    return s + int(t)

def f22(n, x):
    s = 22
    t = x
    for k in range(n):
        s = (s * 53 + k) % 1000003
        t = t * 0.5 + 22.25
        if s % 24 == 0:
            s += 22
    return s + int(t)

def f23(n, x):
    s = 23
    t = x
    for k in range(n):
        s = (s * 54 + k) % 1000003
        t = t * 0.5 + 23.25
        if s % 25 == 0:
            s += 23
    return s + int(t)

def f24(n, x):
    s = 24
    t = x
    for k in range(n):
        s = (s * 55 + k) % 1000003
        t = t * 0.5 + 24.25
        if s % 26 == 0:
            s += 24
    return s + int(t)

def f25(n, x):
    s = 25
    t = x
    for k in range(n):
        s = (s * 56 + k) % 1000003
        t = t * 0.5 + 25.25
        if s % 27 == 0:
            s += 25
    return s + int(t)

def f26(n, x):
    s = 26
    t = x
    for k in range(n):
        s = (s * 57 + k) % 1000003
        t = t * 0.5 + 26.25
        if s % 28 == 0:
            s += 26
    return s + int(t)

def f27(n, x):
    s = 27
    t = x
    for k in range(n):
        s = (s * 58 + k) % 1000003
        t = t * 0.5 + 27.25
        if s % 29 == 0:
            s += 27
    return s + int(t)

def f28(n, x):
    s = 28
    t = x
    for k in range(n):
        s = (s * 59 + k) % 1000003
        t = t * 0.5 + 28.25
        if s % 30 == 0:
            s += 28
    return s + int(t)

def f29(n, x):
    s = 29
    t = x
    for k in range(n):
        s = (s * 60 + k) % 1000003
        t = t * 0.5 + 29.25
        if s % 31 == 0:
            s += 29
    return s + int(t)

def f30(n, x):
    s = 30
    t = x
    for k in range(n):
        s = (s * 61 + k) % 1000003
        t = t * 0.5 + 30.25
        if s % 32 == 0:
            s += 30
    return s + int(t)

def f31(n, x):
    s = 31
    t = x
    for k in range(n):
        s = (s * 62 + k) % 1000003
        t = t * 0.5 + 31.25
        if s % 33 == 0:
            s += 31
    return s + int(t)

def f32(n, x):
    s = 32
    t = x
    for k in range(n):
        s = (s * 63 + k) % 1000003
        t = t * 0.5 + 32.25
        if s % 34 == 0:
            s += 32
    return s + int(t)

def f33(n, x):
    s = 33
    t = x
    for k in range(n):
        s = (s * 64 + k) % 1000003
        t = t * 0.5 + 33.25
        if s % 35 == 0:
            s += 33
    return s + int(t)

def f34(n, x):
    s = 34
    t = x
    for k in range(n):
        s = (s * 65 + k) % 1000003
        t = t * 0.5 + 34.25
        if s % 36 == 0:
            s += 34
    return s + int(t)

def f35(n, x):
    s = 35
    t = x
    for k in range(n):
        s = (s * 66 + k) % 1000003
        t = t * 0.5 + 35.25
        if s % 37 == 0:
            s += 35
    return s + int(t)

def f36(n, x):
    s = 36
    t = x
    for k in range(n):
        s = (s * 67 + k) % 1000003
        t = t * 0.5 + 36.25
        if s % 38 == 0:
            s += 36
    return s + int(t)

def f37(n, x):
    s = 37
    t = x
    for k in range(n):
        s = (s * 68 + k) % 1000003
        t = t * 0.5 + 37.25
        if s % 39 == 0:
            s += 37
    return s + int(t)

def f38(n, x):
    s = 38
    t = x
    for k in range(n):
        s = (s * 69 + k) % 1000003
        t = t * 0.5 + 38.25
        if s % 40 == 0:
            s += 38
    return s + int(t)

def f39(n, x):
    s = 39
    t = x
    for k in range(n):
        s = (s * 70 + k) % 1000003
        t = t * 0.5 + 39.25
        if s % 41 == 0:
            s += 39
    return s + int(t)

def f40(n, x):
    s = 40
    t = x
    for k in range(n):
        s = (s * 71 + k) % 1000003
        t = t * 0.5 + 40.25
        if s % 42 == 0:
            s += 40
    return s + int(t)

def f41(n, x):
    s = 41
    t = x
    for k in range(n):
        s = (s * 72 + k) % 1000003
        t = t * 0.5 + 41.25
        if s % 43 == 0:
            s += 41
    return s + int(t)

def f42(n, x):
    s = 42
    t = x
    for k in range(n):
        s = (s * 73 + k) % 1000003
        t = t * 0.5 + 42.25
        if s % 44 == 0:
            s += 42
    return s + int(t)

def f43(n, x):
    s = 43
    t = x
    for k in range(n):
        s = (s * 74 + k) % 1000003
        t = t * 0.5 + 43.25
        if s % 45 == 0:
            s += 43
    return s + int(t)

def f44(n, x):
    s = 44
    t = x
    for k in range(n):
        s = (s * 75 + k) % 1000003
        t = t * 0.5 + 44.25
        if s % 46 == 0:
            s += 44
    return s + int(t)

def f45(n, x):
    s = 45
    t = x
    for k in range(n):
        s = (s * 76 + k) % 1000003
        t = t * 0.5 + 45.25
        if s % 47 == 0:
            s += 45
    return s + int(t)

def f46(n, x):
    s = 46
    t = x
    for k in range(n):
        s = (s * 77 + k) % 1000003
        t = t * 0.5 + 46.25
        if s % 48 == 0:
            s += 46
    return s + int(t)

def f47(n, x):
    s = 47
    t = x
    for k in range(n):
        s = (s * 78 + k) % 1000003
        t = t * 0.5 + 47.25
        if s % 49 == 0:
            s += 47
    return s + int(t)

def f48(n, x):
    s = 48
    t = x
    for k in range(n):
        s = (s * 79 + k) % 1000003
        t = t * 0.5 + 48.25
        if s % 50 == 0:
            s += 48
    return s + int(t)

def f49(n, x):
    s = 49
    t = x
    for k in range(n):
        s = (s * 80 + k) % 1000003
        t = t * 0.5 + 49.25
        if s % 51 == 0:
            s += 49
    return s + int(t)

def f50(n, x):
    s = 50
    t = x
    for k in range(n):
        s = (s * 81 + k) % 1000003
        t = t * 0.5 + 50.25
        if s % 52 == 0:
            s += 50
    return s + int(t)

def f51(n, x):
    s = 51
    t = x
    for k in range(n):
        s = (s * 82 + k) % 1000003
        t = t * 0.5 + 51.25
        if s % 53 == 0:
            s += 51
    return s + int(t)

def f52(n, x):
    s = 52
    t = x
    for k in range(n):
        s = (s * 83 + k) % 1000003
        t = t * 0.5 + 52.25
        if s % 54 == 0:
            s += 52
    return s + int(t)

def f53(n, x):
    s = 53
    t = x
    for k in range(n):
        s = (s * 84 + k) % 1000003
        t = t * 0.5 + 53.25
        if s % 55 == 0:
            s += 53
    return s + int(t)

def f54(n, x):
    s = 54
    t = x
    for k in range(n):
        s = (s * 85 + k) % 1000003
        t = t * 0.5 + 54.25
        if s % 56 == 0:
            s += 54
    return s + int(t)

def f55(n, x):
    s = 55
    t = x
    for k in range(n):
        s = (s * 86 + k) % 1000003
        t = t * 0.5 + 55.25
        if s % 57 == 0:
            s += 55
    return s + int(t)

def f56(n, x):
    s = 56
    t = x
    for k in range(n):
        s = (s * 87 + k) % 1000003
        t = t * 0.5 + 56.25
        if s % 58 == 0:
            s += 56
    return s + int(t)

def f57(n, x):
    s = 57
    t = x
    for k in range(n):
        s = (s * 88 + k) % 1000003
        t = t * 0.5 + 57.25
        if s % 59 == 0:
            s += 57
    return s + int(t)

def f58(n, x):
    s = 58
    t = x
    for k in range(n):
        s = (s * 89 + k) % 1000003
        t = t * 0.5 + 58.25
        if s % 60 == 0:
            s += 58
    return s + int(t)

def f59(n, x):
    s = 59
    t = x
    for k in range(n):
        s = (s * 90 + k) % 1000003
        t = t * 0.5 + 59.25
        if s % 61 == 0:
            s += 59
    return s + int(t)

def f60(n, x):
    s = 60
    t = x
    for k in range(n):
        s = (s * 91 + k) % 1000003
        t = t * 0.5 + 60.25
        if s % 62 == 0:
            s += 60
    return s + int(t)

def f61(n, x):
    s = 61
    t = x
    for k in range(n):
        s = (s * 92 + k) % 1000003
        t = t * 0.5 + 61.25
        if s % 63 == 0:
            s += 61
    return s + int(t)

def f62(n, x):
    s = 62
    t = x
    for k in range(n):
        s = (s * 93 + k) % 1000003
        t = t * 0.5 + 62.25
        if s % 64 == 0:
            s += 62
    return s + int(t)

def f63(n, x):
    s = 63
    t = x
    for k in range(n):
        s = (s * 94 + k) % 1000003
        t = t * 0.5 + 63.25
        if s % 65 == 0:
            s += 63
    return s + int(t)

def f64(n, x):
    s = 64
    t = x
    for k in range(n):
        s = (s * 95 + k) % 1000003
        t = t * 0.5 + 64.25
        if s % 66 == 0:
            s += 64
    return s + int(t)

def f65(n, x):
    s = 65
    t = x
    for k in range(n):
        s = (s * 96 + k) % 1000003
        t = t * 0.5 + 65.25
        if s % 67 == 0:
            s += 65
    return s + int(t)

def f66(n, x):
    s = 66
    t = x
    for k in range(n):
        s = (s * 97 + k) % 1000003
        t = t * 0.5 + 66.25
        if s % 68 == 0:
            s += 66
    return s + int(t)

def f67(n, x):
    s = 67
    t = x
    for k in range(n):
        s = (s * 98 + k) % 1000003
        t = t * 0.5 + 67.25
        if s % 69 == 0:
            s += 67
    return s + int(t)

def f68(n, x):
    s = 68
    t = x
    for k in range(n):
        s = (s * 99 + k) % 1000003
        t = t * 0.5 + 68.25
        if s % 70 == 0:
            s += 68
    return s + int(t)

def f69(n, x):
    s = 69
    t = x
    for k in range(n):
        s = (s * 100 + k) % 1000003
        t = t * 0.5 + 69.25
        if s % 71 == 0:
            s += 69
    return s + int(t)

def f70(n, x):
    s = 70
    t = x
    for k in range(n):
        s = (s * 101 + k) % 1000003
        t = t * 0.5 + 70.25
        if s % 72 == 0:
            s += 70
    return s + int(t)

def f71(n, x):
    s = 71
    t = x
    for k in range(n):
        s = (s * 102 + k) % 1000003
        t = t * 0.5 + 71.25
        if s % 73 == 0:
            s += 71
    return s + int(t)

def f72(n, x):
    s = 72
    t = x
    for k in range(n):
        s = (s * 103 + k) % 1000003
        t = t * 0.5 + 72.25
        if s % 74 == 0:
            s += 72
    return s + int(t)

def f73(n, x):
    s = 73
    t = x
    for k in range(n):
        s = (s * 104 + k) % 1000003
        t = t * 0.5 + 73.25
        if s % 75 == 0:
            s += 73
    return s + int(t)

def f74(n, x):
    s = 74
    t = x
    for k in range(n):
        s = (s * 105 + k) % 1000003
        t = t * 0.5 + 74.25
        if s % 76 == 0:
            s += 74
    return s + int(t)

def f75(n, x):
    s = 75
    t = x
    for k in range(n):
        s = (s * 106 + k) % 1000003
        t = t * 0.5 + 75.25
        if s % 77 == 0:
            s += 75
    return s + int(t)

def f76(n, x):
    s = 76
    t = x
    for k in range(n):
        s = (s * 107 + k) % 1000003
        t = t * 0.5 + 76.25
        if s % 78 == 0:
            s += 76
    return s + int(t)

def f77(n, x):
    s = 77
    t = x
    for k in range(n):
        s = (s * 108 + k) % 1000003
        t = t * 0.5 + 77.25
        if s % 79 == 0:
            s += 77
    return s + int(t)

def f78(n, x):
    s = 78
    t = x
    for k in range(n):
        s = (s * 109 + k) % 1000003
        t = t * 0.5 + 78.25
        if s % 80 == 0:
            s += 78
    return s + int(t)

def f79(n, x):
    s = 79
    t = x
    for k in range(n):
        s = (s * 110 + k) % 1000003
        t = t * 0.5 + 79.25
        if s % 81 == 0:
            s += 79
    return s + int(t)

FUNCS = [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21, f22, f23, f24, f25, f26, f27, f28, f29, f30, f31, f32, f33, f34, f35, f36, f37, f38, f39, f40, f41, f42, f43, f44, f45, f46, f47, f48, f49, f50, f51, f52, f53, f54, f55, f56, f57, f58, f59, f60, f61, f62, f63, f64, f65, f66, f67, f68, f69, f70, f71, f72, f73, f74, f75, f76, f77, f78, f79]

def main():
    total = 0
    for rep in range(1600):
        for f in FUNCS:
            total = (total + f(8, 1.5)) % 1000000007
    print("checksum", total)

main()

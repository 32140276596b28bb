# bisect: bisect_left/right, insort, key= functions, lo/hi bounds, grading with a table.
import bisect

a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 10))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 5, lo=2, hi=6))
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4)
print(b)

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

records = [("alice", 25), ("bob", 30), ("carol", 35)]
ages = [r[1] for r in records]
print(records[bisect.bisect_left(ages, 30)], bisect.bisect_left(records, 31, key=lambda r: r[1]))
by_age = []
for rec in [("x", 40), ("y", 20), ("z", 30)]:
    bisect.insort(by_age, rec, key=lambda r: r[1])
print(by_age)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)
print(bisect.bisect_left(["apple", "banana", "cherry"], "blueberry"), bisect.bisect_right([1.5, 2.5], 2))

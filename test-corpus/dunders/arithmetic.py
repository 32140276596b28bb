# Checks arithmetic dunders: __add__ __sub__ __mul__ __truediv__ __floordiv__ __mod__ __pow__ __neg__ __pos__ __abs__ __matmul__.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k, mod=None):
        if mod is None:
            return V(self.x ** k, self.y ** k)
        return V(pow(self.x, k, mod), pow(self.y, k, mod))
    def __divmod__(self, k):
        return (self // k, self % k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return V(+self.x, +self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __invert__(self):
        return V(self.y, self.x)
    def __lshift__(self, n):
        return V(self.x << n, self.y << n)
    def __and__(self, o):
        return V(self.x & o.x, self.y & o.y)
    def __or__(self, o):
        return V(self.x | o.x, self.y | o.y)
    def __xor__(self, o):
        return V(self.x ^ o.x, self.y ^ o.y)
    def __rshift__(self, n):
        return V(self.x >> n, self.y >> n)
a, b = V(3, 4), V(1, 2)
print(a + b, a - b, a * 3, a / 2, a // 2, a % 2, a ** 2, pow(a, 2, 5), divmod(a, 2))
print(-a, +a, abs(a), a @ b, ~a, a << 2, a & b, a | b, a ^ b, a >> 1)
print(a + b * 2 - V(1, 1), -(a - b) * -1)
try:
    a * b
except TypeError as e:
    print("TypeError:", type(e).__name__)
try:
    3 * a
except TypeError as e:
    print("TypeError:", e)
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
class NotImpl:
    def __add__(self, other):
        return NotImplemented
try:
    NotImpl() + 1
except TypeError as e:
    print("TypeError:", e)
try:
    NotImpl() - NotImpl()
except TypeError as e:
    print("TypeError:", e)
try:
    -NotImpl()
except TypeError as e:
    print("TypeError:", e)
try:
    abs(NotImpl())
except TypeError as e:
    print("TypeError:", e)

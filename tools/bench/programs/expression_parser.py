# Strings, objects and recursion together: tokenizes arithmetic expressions, parses
# them by recursive descent into node objects, evaluates and pretty-prints them.


class Num:
    def __init__(self, value):
        self.value = value

    def evaluate(self, env):
        return self.value

    def show(self):
        return str(self.value)


class Var:
    def __init__(self, name):
        self.name = name

    def evaluate(self, env):
        return env[self.name]

    def show(self):
        return self.name


class BinOp:
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def evaluate(self, env):
        a = self.left.evaluate(env)
        b = self.right.evaluate(env)
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        if self.op == "*":
            return a * b
        return a // b if b != 0 else 0

    def show(self):
        return "(" + self.left.show() + " " + self.op + " " + self.right.show() + ")"


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            tokens.append(("num", int(text[i:j])))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            tokens.append(("var", text[i:j]))
            i = j
        else:
            tokens.append(("op", ch))
            i += 1
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)

    def take(self):
        token = self.peek()
        self.pos += 1
        return token

    def expression(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            node = BinOp(self.take()[1], node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek() in (("op", "*"), ("op", "/")):
            node = BinOp(self.take()[1], node, self.factor())
        return node

    def factor(self):
        kind, value = self.take()
        if kind == "num":
            return Num(value)
        if kind == "var":
            return Var(value)
        node = self.expression()
        self.take()  # the closing parenthesis
        return node


def make_expression(seed, depth):
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    if depth == 0 or seed % 5 == 0:
        return ("x", "y", "z", "7", "13", "2")[seed % 6], seed
    left, seed = make_expression(seed, depth - 1)
    right, seed = make_expression(seed, depth - 1)
    op = "+-*/"[seed % 4]
    text = left + " " + op + " " + right
    if seed % 3 == 0:
        text = "(" + text + ")"
    return text, seed


total = 0
shown_length = 0
seed = 1
for i in range(24000):
    text, seed = make_expression(seed, 6)
    tree = Parser(tokenize(text)).expression()
    env = {"x": i % 17, "y": i % 5 + 1, "z": 3}
    total = (total * 31 + tree.evaluate(env)) % 1000000007
    shown_length += len(tree.show())
print("expressions", 24000, "shown", shown_length)
print("checksum", total)

# Syntax error: two starred names in one sequence pattern.
def first(v):
    match v:
        case [x, *_]:
            return x
def split(v):
    match v:
        case [*head, *tail]:
            return head
print(first([1]))

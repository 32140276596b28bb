# return inside an except* block is a SyntaxError, even in a nested function body
def f():
    try:
        pass
    except* ValueError:
        return 1

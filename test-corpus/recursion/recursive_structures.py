# Checks recursion over nested data: deep equality, pretty printing, tree traversals, and self-referencing containers.
def pretty(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        for k in obj:
            if isinstance(obj[k], (dict, list)):
                print(pad + str(k) + ":")
                pretty(obj[k], indent + 1)
            else:
                print(pad + str(k) + ": " + repr(obj[k]))
    elif isinstance(obj, list):
        for item in obj:
            if isinstance(item, (dict, list)):
                print(pad + "-")
                pretty(item, indent + 1)
            else:
                print(pad + "- " + repr(item))
config = {"name": "app", "servers": [{"host": "a", "ports": [80, 443]}, {"host": "b", "ports": []}], "debug": False}
pretty(config)
def depth(obj):
    if isinstance(obj, (list, tuple)):
        return 1 + max((depth(x) for x in obj), default=0)
    return 0
print(depth([]), depth([1, [2, [3]]]), depth((1, (2, (3, (4,))))))
tree = ("top", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
def preorder(node):
    name, kids = node
    yield name
    for k in kids:
        yield from preorder(k)
def postorder(node):
    name, kids = node
    for k in kids:
        yield from postorder(k)
    yield name
print(list(preorder(tree)))
print(list(postorder(tree)))
def paths(node, prefix=""):
    name, kids = node
    here = prefix + "/" + name
    if not kids:
        return [here]
    return [p for k in kids for p in paths(k, here)]
print(paths(tree))
loop = [1, 2]
loop.append(loop)
d = {"self": None}
d["self"] = d
print(loop, d, [loop, loop])
t = ([],)
t[0].append(t)
print(t)
a = [1, [2, [3, [4]]]]
b = [1, [2, [3, [4]]]]
print(a == b, a[1][1] == b[1][1], a is b)

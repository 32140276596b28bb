# A class with __slots__ whose bases include one with a __dict__ (as xml.dom.minidom's
# ProcessingInstruction(Childless, Node)): instances still get a __dict__ for other attributes.
class Node:
    owner = None


class Childless:
    __slots__ = ()


class Leaf(Childless, Node):
    __slots__ = ("target", "data")


leaf = Leaf()
leaf.target = "t"
leaf.owner = "doc"
leaf.extra = 1
print(leaf.target, leaf.owner, leaf.extra, leaf.__dict__, Leaf.owner)
print(hasattr(Childless(), "__dict__"), hasattr(leaf, "__dict__"))
try:
    Childless().x = 1
except AttributeError as e:
    print("AttributeError", e)
del leaf.owner
print(leaf.owner)

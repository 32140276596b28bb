# Iterating a generic alias gives it unpacked (PEP 646): *tuple[int], as typing and test_genericalias use it.
a = list[int]
u = next(iter(a)); print(repr(u), u.__unpacked__, a.__unpacked__, u == a, u.__origin__, u.__args__, hash(u) == hash(a))
print(repr(tuple[*tuple[int, str]]), (*tuple[int],)[0], [*dict[str, int]])
print(next(iter(tuple[int, str])).__typing_unpacked_tuple_args__, tuple[int].__typing_unpacked_tuple_args__)

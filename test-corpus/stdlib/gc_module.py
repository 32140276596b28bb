# gc: flags, thresholds, is_tracked, collect() collecting a cycle and running its weakref callback, gc.callbacks
import gc, weakref
print(gc.isenabled()); gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(gc.get_threshold()); gc.set_threshold(500, 5); print(gc.get_threshold()); gc.set_threshold(700, 10, 10)
print(type(gc.get_count()).__name__, len(gc.get_count()))
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}),
      gc.is_tracked({"a": []}), gc.is_tracked(None), gc.is_tracked(object()))
class Node:
    pass
seen = []
def make_cycle():
    a = Node(); b = Node(); a.other = b; b.other = a
    return weakref.ref(a, lambda ref: seen.append("collected"))
r = make_cycle()
gc.collect()
print(r() is None, seen)
phases = []
gc.callbacks.append(lambda phase, info: phases.append((phase, info["generation"], sorted(info))))
print(gc.collect(1) >= 0, phases)
gc.callbacks.clear()
print(gc.garbage, gc.DEBUG_LEAK, gc.get_debug(), len(gc.get_stats()), sorted(gc.get_stats()[0]))
try:
    gc.collect(3)
except ValueError as e:
    print(e)

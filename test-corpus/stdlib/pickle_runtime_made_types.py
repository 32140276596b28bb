# objects of builtin types Python code cannot instantiate (zlib's compress/decompress objects) refuse
# pickling (protocols 2 and up: object.__reduce_ex__), as CPython's types without tp_new
import pickle
import zlib

for obj in (zlib.compressobj(9), zlib.decompressobj()):
    for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
        try:
            pickle.dumps(obj, proto)
            print(proto, "pickled")
        except (TypeError, pickle.PicklingError) as e:
            print(proto, type(e).__name__, "cannot pickle" in str(e))
    try:
        obj.__reduce_ex__(2)
    except TypeError as e:
        print("__reduce_ex__ TypeError", "cannot pickle" in str(e))
    try:
        type(obj)()
    except TypeError as e:
        print("TypeError", "cannot create" in str(e))

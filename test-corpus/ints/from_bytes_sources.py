# int.from_bytes takes __bytes__ objects, bytes-like objects (memoryview, array) and iterables of ints
import array
class V:
    def __bytes__(self): return b'\x01\x02'
class I:
    def __bytes__(self): return 'x'
print(int.from_bytes(V(), 'big'), int.from_bytes(memoryview(b'\x01\x00'), 'little'))
print(int.from_bytes(array.array('H', [258]), 'little'), int.from_bytes([1, 2], 'big', signed=True))
for bad in (I(), 'ab', 3):
    try: int.from_bytes(bad, 'big')
    except TypeError as e: print(e)

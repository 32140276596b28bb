# Struct.unpack_from takes buffer and offset by keyword; offsets past the end give the size message
import struct
s = struct.Struct('<hi')
b = struct.pack('<xhi', 1, 2)
print(s.unpack_from(b, offset=1), s.unpack_from(buffer=b, offset=1), struct.unpack_from('<hi', buffer=b, offset=1))
for call in (lambda: s.unpack_from(), lambda: s.unpack_from(b, 1, 2), lambda: s.unpack_from(b, offset=9), lambda: s.unpack_from(b, bad=1)):
    try:
        call()
    except (TypeError, struct.error) as e:
        print(type(e).__name__, e)
for call in (lambda: struct.pack_into('<i', bytearray(4), 9, 1), lambda: struct.pack_into('<i', bytearray(4), -9, 1), lambda: struct.unpack_from('<i', bytes(4), -9)):
    try:
        call()
    except struct.error as e:
        print(type(e).__name__, e)
for call in (lambda: struct.pack_into('<i', bytearray(10), -2, 1), lambda: struct.pack_into('<i', bytearray(10), 2**63 - 1, 1),
             lambda: struct.unpack_from('<i', bytes(10), 2**63 - 1)):
    try:
        call()
    except struct.error as e:
        print(type(e).__name__, e)

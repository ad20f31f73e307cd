# struct: range checks, bad formats and buffer sizes raise struct.error with CPython's messages.
import struct

for expr in ["struct.pack('h', 40000)", "struct.pack('H', -1)", "struct.pack('b', 200)", "struct.pack('B', 256)",
             "struct.pack('i', 2**31)", "struct.pack('<l', 2**31)", "struct.pack('q', 2**63)", "struct.pack('Q', -1)",
             "struct.pack('n', 2**63)", "struct.pack('<n', 1)", "struct.pack('i', 1.5)", "struct.pack('i', '1')",
             "struct.pack('f', 'x')", "struct.pack('f', 1e300)", "struct.pack('e', 1e10)", "struct.pack('c', b'ab')",
             "struct.pack('s', 'a')", "struct.pack('i')", "struct.pack('i', 1, 2)", "struct.pack('z', 1)",
             "struct.pack('3', 1)", "struct.pack('3 i', 1, 2)", "struct.unpack('i', b'abc')",
             "struct.unpack_from('h', b'abcd', 3)", "struct.unpack_from('h', b'abcd', -1)",
             "struct.unpack_from('h', b'abcd', -5)", "struct.iter_unpack('h', b'abc')",
             "struct.iter_unpack('', b'abc')", "struct.pack_into('h', bytearray(3), 2, 1)",
             "struct.pack_into('h', bytearray(3), -1, 1)", "struct.pack_into('h', bytes(3), 0, 1)",
             "struct.calcsize('99999999999999999999x')", "struct.pack(1, 1)", "struct.pack('i\\0', 1)",
             "struct.pack('d', 10**400)", "struct.pack('F', 'x')", "struct.pack()", "struct.unpack('i')"]:
    try:
        print(expr, "->", eval(expr))
    except struct.error as e:
        print(expr, "!! struct.error", e)
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)

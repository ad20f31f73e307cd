# binascii: base64 (lenient and strict), hex with separators, CRCs, quoted-printable, uu.
import binascii as b
def t(f):
    try: r = f(); print("ok", repr(r))
    except Exception as e: print(type(e).__name__, e)
for s in [b'YQ', b'YQ=', b'YQ==', b'Y', b'YWJj=', b'YW=Jj', b'=YWJj', b'YW Jj', b'YWJjZA==YQ==', b'YQ===', b'YWJjZ', b'YWJjZA=', b'Y=Q==', b'YQ==\n', b'', b'====', b'YWJ\x00j']:
    print(s); t(lambda: b.a2b_base64(s)); t(lambda: b.a2b_base64(s, strict_mode=True))
t(lambda: b.a2b_base64('YQ=='))
t(lambda: b.a2b_base64('YQ==é'))
t(lambda: b.a2b_base64(1))
t(lambda: b.b2a_base64(b'abcd'))
t(lambda: b.b2a_base64(b'abcd', newline=False))
t(lambda: b.b2a_base64('abcd'))
t(lambda: b.hexlify(b'\x01\xab\xff', '-'))
t(lambda: b.hexlify(b'\x01\xab\xff\x00\x11', b':', 2))
t(lambda: b.hexlify(b'\x01\xab\xff\x00\x11', ':', -2))
t(lambda: b.hexlify(b'\x01\xab', 'ab'))
t(lambda: b.hexlify(b'\x01\xab', 1))
t(lambda: b.hexlify(b'', ':'))
t(lambda: b.unhexlify(b'abc'))
t(lambda: b.unhexlify(b'zz'))
t(lambda: b.unhexlify('ABcd'))
t(lambda: b.a2b_hex('ABcd'))
t(lambda: b.crc32(b'hello'))
t(lambda: b.crc32(b'hello', 12345))
t(lambda: b.crc32(b'hello', -1))
t(lambda: b.crc32(b'hello', 2**40))
t(lambda: b.crc_hqx(b'hello', 0))
t(lambda: b.crc_hqx(b'hello', 0x1ffff))
t(lambda: b.crc_hqx(b'hello', -1))
t(lambda: b.crc_hqx(b'hello'))
t(lambda: b.a2b_qp(b'a=3Db=\nc_d', header=True))
t(lambda: b.a2b_qp(b'a=3db=\r\nc=zz=4'))
t(lambda: b.b2a_qp(b'a=b\tc \nd\xff' + b'x'*80))
t(lambda: b.b2a_qp(b'a b\t', quotetabs=True))
t(lambda: b.b2a_qp(b'a b_c', header=True))
t(lambda: b.b2a_qp(b'.\nfrom x\r\nline \r\n'))
t(lambda: b.b2a_qp(b'\r\n\n\ra\rb', istext=False))
print(b.Error.__mro__, b.Incomplete.__mro__)
print(issubclass(b.Error, ValueError), b.Error.__module__)
print([x for x in dir(b) if not x.startswith('__')])
t(lambda: b.b2a_uu(b'abc'))
t(lambda: b.b2a_uu(b'', backtick=True))
t(lambda: b.a2b_uu(b'#86)C\n'))

import random
rng = random.Random(7)
for n in range(0, 200, 7):
    data = bytes(rng.randrange(256) for _ in range(n))
    assert b.a2b_base64(b.b2a_base64(data)) == data
    assert b.unhexlify(b.hexlify(data)) == data
    assert b.a2b_qp(b.b2a_qp(data, istext=False)) == data
    assert b.a2b_qp(b.b2a_qp(data, quotetabs=True, header=True), header=True) == data
    if n <= 45:
        assert b.a2b_uu(b.b2a_uu(data)) == data
print(b.crc32(bytes(range(256)) * 100), b.crc_hqx(bytes(range(256)) * 100, 0xffff))
print(b.b2a_qp(bytes(range(256))))
print(b.b2a_qp(b'x' * 200 + b'\r\n' + b'y ' * 50 + b'\r\nend\t'))
print(b.a2b_qp(b'soft=\r\nbreak=\nand =\n=41=4a=4A=zz='))
for s in [b'~\r8a0 B4cBC0d', b'#8\r6)C', b'#86\n)C  ', b'$86)C8', b'!\n\n\n', b'#86)C  `\r\n', b'#86)C ab']:
    t(lambda: b.a2b_uu(s))

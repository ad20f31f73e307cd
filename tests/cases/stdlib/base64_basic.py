# base64: every encoding, alphabets and options, and the decoders' errors.
import base64
import binascii

def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\x00\x00\x00\x00", b"    ", b"\xff" * 9]
for s in samples:
    print(base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b32hexencode(s), base64.b16encode(s))
    print(base64.a85encode(s), base64.a85encode(s, pad=True), base64.a85encode(s, foldspaces=True), base64.b85encode(s), base64.b85encode(s, pad=True))
    print(base64.a85encode(s, adobe=True, wrapcol=7))
    if len(s) % 4 == 0:
        print(base64.z85encode(s))
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    assert base64.a85decode(base64.a85encode(s)) == s
    assert base64.a85decode(base64.a85encode(s, foldspaces=True), foldspaces=True) == s
    assert base64.a85decode(base64.a85encode(s, adobe=True, wrapcol=7), adobe=True) == s
    assert base64.b85decode(base64.b85encode(s)) == s
    assert base64.decodebytes(base64.encodebytes(s)) == s
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("-_8=", altchars="-_"))
print(base64.b64decode("YW Jj\n"), base64.standard_b64encode(b"x"), base64.standard_b64decode(b"eA=="))
print(base64.encodebytes(bytes(range(100))))
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ0", map01="L") if False else base64.b32decode("0Z", map01=b"L") if False else "", base64.b32decode(b"ONXW2ZJAMRQXIYI="))
print(base64.b16decode("666f6f", casefold=True), base64.z85decode(b"HelloWorld"), base64.z85encode(b"\x86\x4f\xd2\x6f\xb5\x59\xf7\x5b"))
print(base64.a85decode(b"<~87cURD]i,\"Ebo80~>", adobe=True), base64.a85decode(b"z y", foldspaces=True))
show(lambda: base64.b64decode("YWJj=", validate=True))
show(lambda: base64.b64decode("YW Jj", validate=True))
show(lambda: base64.b64decode("YWJjZ"))
show(lambda: base64.b64decode("é"))
show(lambda: base64.b64decode(1))
show(lambda: base64.b64encode("text"))
show(lambda: base64.b32decode("MZXW6"))
show(lambda: base64.b32decode("MZXW6Y1="))
show(lambda: base64.b32decode("MZXW6Y=="))
show(lambda: base64.b32decode("mzxw6==="))
show(lambda: base64.b16decode("666f6f"))
show(lambda: base64.b16decode("666"))
show(lambda: base64.a85decode(b"z!!"))
show(lambda: base64.a85decode(b"!z"))
show(lambda: base64.a85decode(b"s8W-\""))
show(lambda: base64.a85decode(b"abc~"))
show(lambda: base64.a85decode(b"abc", adobe=True))
show(lambda: base64.b85decode(b"|NsC0|"))
show(lambda: base64.b85decode(b"ab\"cd"))
show(lambda: base64.z85decode(b"ab~cd"))
show(lambda: base64.z85decode(b"%%%%%"))
show(lambda: base64.encodebytes("x"))
show(lambda: base64.decodebytes(memoryview(b"abcd").cast("B", (2, 2))))
import io
out = io.BytesIO()
base64.encode(io.BytesIO(bytes(range(120))), out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == bytes(range(120)))

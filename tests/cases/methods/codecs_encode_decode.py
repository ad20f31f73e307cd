# str.encode / bytes.decode: codecs, aliases, error handlers and error messages.
s = "aé€😀"
for enc in ("utf-8", "UTF8", "latin-1", "ascii", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig", "u8", "Latin 1", "iso8859-1", "us-ascii"):
    try:
        data = s.encode(enc)
        print(enc, data, data.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e, e.start, e.end, e.reason, e.encoding)
for errors in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
    print(errors, s.encode("ascii", errors), s.encode("latin-1", errors))
for data, enc in ((b"a\xffb", "utf-8"), (b"a\xe9", "utf-8"), (b"\xe2\x82", "utf-8"), (b"\xe2\x82a", "utf-8"), (b"\xed\xa0\x80", "utf-8"),
                  (b"a\x80\x81", "ascii"), (b"a", "utf-16"), (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xdca\x00", "utf-16-le"),
                  (b"\x00\xd8", "utf-16-le"), (b"a\x00\x00", "utf-32-le"), (b"\x00\x00\x11\x00", "utf-32-le")):
    try:
        print(data.decode(enc))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, e.start, e.end, e.reason)
    print(repr(data.decode(enc, "replace")), repr(data.decode(enc, "ignore")), repr(data.decode(enc, "backslashreplace")))
print(b"\xef\xbb\xbfx".decode("utf-8-sig"), repr(b"\xef\xbb\xbfx".decode("utf-8")), b"\xff\xfex\x00".decode("utf-16"), b"\xfe\xff\x00x".decode("utf-16"))
print("x".encode("utf-8", "bogus"), b"x".decode(errors="bogus"), bytearray("hé", "utf-8").decode(), "é".encode(encoding="latin-1"))
for bad in (lambda: "é".encode("ascii", "bogus"), lambda: b"\xff".decode("utf-8", "bogus"), lambda: "x".encode("no-such-codec"),
            lambda: b"x".decode("no-such-codec"), lambda: b"\xff".decode("utf-8", "xmlcharrefreplace"), lambda: "x".encode(None)):
    try:
        print(bad())
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)

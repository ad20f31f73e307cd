print(repr(format("hello", ".3")), repr(format("hello", "10.2")), repr(format("hi", "s")), repr(format("", "^5")))
for spec in ("d", "x", "f", "=10", "+", "#"):
    try:
        format("abc", spec)
    except ValueError as e:
        print(spec, e)
print(repr(format(None, "")), repr(format([1], "")))
try:
    format(None, ">5")
except TypeError as e:
    print(e)

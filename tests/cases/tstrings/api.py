from string.templatelib import Template, Interpolation, convert
x = 1
t = t"a{x!r:>{x}}b{x=}c" t"{x}"
print(repr(t), list(t))
print(t.strings, t.interpolations, t.values)
for args in [(), ("a",), ("a", "b"), (Interpolation(1),), (Interpolation(1), Interpolation(2)), ("a", Interpolation(1, "x"), "b", "c"), (1,)]:
    try: print(repr(Template(*args)))
    except Exception as e: print(type(e).__name__, e)
try: Template(strings=("a",))
except Exception as e: print(type(e).__name__, e)
i = Interpolation(5, "y", "s", ">3")
print(i, i.value, i.expression, i.conversion, i.format_spec, Interpolation.__match_args__)
for args, kw in [((1,), {"conversion": "x"}), ((1, 2), {}), ((1, "e", None, 5), {}), ((), {}), ((1,), {"expression": "q", "format_spec": "z"})]:
    try: print(repr(Interpolation(*args, **kw)))
    except Exception as e: print(type(e).__name__, e)
print(repr(t + t"z{x}"), repr(t"" + t""))
for a, b in [(t, "s"), ("s", t), (t, 1), (1, t)]:
    try: print(a + b)
    except Exception as e: print(type(e).__name__, e)
print(convert(1, None), convert("a", "r"), convert("é", "a"), convert(1, "s"))
try: convert(1, "x")
except Exception as e: print(type(e).__name__, e)
print(Template[int], Interpolation[int])
print(t == t, t == Template(*t), hash(i) == hash(i))
match i:
    case Interpolation(v, e, c, f): print(v, e, c, f)
class S: pass
try:
    class S(Template): pass
except TypeError as e:
    print(e)
# Nested quotes (PEP 701), triple-quoted, raw, format specs with nested fields.
name = "wörld"
width = 8
print(repr(t'{name!r:>{width}}'), repr(rt"\d{name}"), repr(TR'''a
{name
}b'''))
print(repr(t"{'x' + "y"}"), repr(t"{{literal}} {name:{'>'}{width}}"))
print([type(p).__name__ for p in t"a{1}{2}b"], t"a{1}{2}b".strings)
i = Interpolation(1, "x")
for target, attr in [(i, "value"), (t"", "strings")]:
    try:
        setattr(target, attr, 3)
    except AttributeError as e:
        print(e)
print(Template.strings, Interpolation.value)

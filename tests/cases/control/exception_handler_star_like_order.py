class A(Exception): pass
class B(A): pass
class C(B): pass
for exc in (A, B, C, Exception):
    try:
        raise exc()
    except C:
        print("C handler for", exc.__name__)
    except B:
        print("B handler for", exc.__name__)
    except A:
        print("A handler for", exc.__name__)
    except Exception:
        print("Exception handler for", exc.__name__)
try:
    try:
        raise C
    except ValueError:
        print("no")
except A as e:
    print("outer got", type(e).__name__)

def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("div by zero")
        return None
    except TypeError as e:
        print("type error:", e)
        return None
    else:
        print("no error")
        return r
    finally:
        print("finally", x)
print(f(2))
print(f(0))
print(f("a"))
try:
    int("x")
except (TypeError, ValueError) as e:
    print("tuple catch", type(e).__name__)
try:
    [][1]
except LookupError as e:
    print("base class catch", type(e).__name__)
try:
    {}["k"]
except Exception:
    print("bare Exception")
try:
    raise ValueError
except:
    print("bare except")

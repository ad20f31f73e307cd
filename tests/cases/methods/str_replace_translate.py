print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"), "aaa".replace("a", "b", count=1))
t = str.maketrans("abc", "xyz")
print("aabbcc".translate(t), t)
t2 = str.maketrans({"a": "1", "b": None, ord("c"): "33"})
print("abcabc".translate(t2), sorted(t2.items()))
t3 = str.maketrans("ab", "cd", "xy")
print("axbyab".translate(t3))
print("hello".translate({ord("l"): "L"}), "hello".translate({104: 72}))
for bad in (lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: "x".translate({120: 1.5})):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

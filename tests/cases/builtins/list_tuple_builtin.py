print(list(), list("abc"), list(range(3)), list({1: "a", 2: "b"}), list((1, 2)), list(x for x in [5]))
print(tuple(), tuple("ab"), tuple([1, [2]]), tuple(range(2)), tuple({1}))
t = (1, 2)
print(tuple(t) is t, list(t) == [1, 2], list([1]) is not [1])
try:
    list(5)
except TypeError as e:
    print(e)
try:
    tuple(None)
except TypeError as e:
    print(e)

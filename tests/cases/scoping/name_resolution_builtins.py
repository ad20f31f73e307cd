print(len("abc"))
len = lambda x: -1
print(len("abc"))
del len
print(len("abc"))
def f():
    return len([1, 2])
print(f())
len = max
print(f())

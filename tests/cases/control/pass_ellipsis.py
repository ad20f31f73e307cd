def f():
    pass
def g():
    ...
class E:
    pass
print(f(), g(), E.__name__, ..., Ellipsis, type(...).__name__, ... is Ellipsis)
if True:
    pass
for _ in range(1):
    ...
print("ok")

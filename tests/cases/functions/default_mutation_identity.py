def append_to(x, target=[]):
    target.append(x)
    return target
a = append_to(1)
b = append_to(2)
print(a, b, a is b, append_to.__defaults__)
append_to.__defaults__ = ([],)
print(append_to(3))
def kw(*, opt={}):
    opt[len(opt)] = 1
    return opt
kw(); kw()
print(kw.__kwdefaults__)

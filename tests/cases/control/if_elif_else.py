def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 99)])
x = 0
if x:
    print("truthy")
if not x:
    print("falsy")
if []: print("no")
elif {}: print("no")
else: print("else branch")

counter = 0
def bump():
    global counter
    counter += 1
for _ in range(5):
    bump()
print(counter)
def make():
    global made
    made = "made"
make()
print(made)
def reader():
    return counter * 2
print(reader())
def f():
    global a, b
    a, b = 1, 2
f()
print(a, b)

def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator finalised")
for n in numbers():
    if n == 2:
        break
    print(n)
g = numbers()
print(next(g))
g.close()
print("after explicit close")

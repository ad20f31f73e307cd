s = "Hello, World"
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[-5:-1], s[100:], s[3:1], s[-100:2])
print(s[1:10:3], s[10:1:-2], s[::-3], len(s[5:5]))
try:
    s[0] = "h"
except TypeError as e:
    print(e)
print("".join(sorted("hello")), list("abc"), "x" in s, "World" in s, "world" in s)
print(s.__getitem__(slice(0, 2)), "é日😀"[1], "é日😀"[-1], len("é日😀"))

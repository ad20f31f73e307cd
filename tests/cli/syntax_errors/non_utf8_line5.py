a
b
c
d
e = "ÿ"

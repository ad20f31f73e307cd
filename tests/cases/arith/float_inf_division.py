inf = float("inf")
for a, b in ((1.0, inf), (-1.0, inf), (inf, 2.0), (5.0, -inf), (-5.0, inf), (0.0, inf)):
    print(a, b, a / b, a // b, a % b, divmod(a, b))
try:
    inf % 0.0
except ZeroDivisionError as e:
    print(e)
print(inf // 1, inf % 1.0, -inf % 3.0)

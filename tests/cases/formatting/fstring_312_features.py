items = ["a", "b"]
print(f"{", ".join(items)}")
print(f"{'\n'.join(items)}")
x = 5
print(f"{x # comment
}")
print(f"{f"{f"{x}"}"}")
print(f"{x
       + 1}")

f"{f"{x}"}" f"{x=!r:^{w}.{p}}" t"a{b}" f"{a!=b}" f"{x:=5}"
f"{ {'a':1}['a'] }" f"{lambda: 1}"

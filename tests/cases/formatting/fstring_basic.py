name, n = "world", 42
print(f"hello {name}!", f"{n + 1}", f"{n:5}|", f"{name!r}", f"{name!s}", f"{'é'!a}", f"{{literal}}")
print(f"{n=}", f"{n = }", f"{name=!r:>10}", f"{n*2=:08.3f}")
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|", f"{'x':{'^'}{width}}|")
print(f"{'nested' + f'{n}'}", f'{"quotes"}', f"""{"triple"}""")
print(f"{[1, 2][0]}", f"{ {'a': 1}['a'] }", f"{(lambda: 'lam')()}")
d = {"k": "v"}
print(f"{d['k']}", f"{len(d)}", f"{n:#x}", f"{n:b}", f"{-n:+}")
print(f"{name:}", f"{'':>3}|", f"{None}", f"{True:d}")

d = {"key": "value", "n": 3}
print(f"{d["key"]}", f'{d['n']}', f"{'{'}{d['n']}{'}'}", f"{{{d['n']}}}")
print(f"{'a' 'b'}", f"{ d['n'] + 1 }", f"{d!r:.10}")
name = "x"
print(f"{name!r:^9}|", f"{name:{'>'}{9}}|")

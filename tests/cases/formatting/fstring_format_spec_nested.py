for align in "<^>":
    for width in (6, 8):
        print(f"[{'ab':{align}{width}}]", f"[{3.14159:{align}{width}.{width - 5}f}]")
fill = "*"
print(f"{'x':{fill}^{5}}", f"{12345:{','}}", f"{12345:{'_'}x}")

f"\N{BULLET} x{y}" rf"\N{y}" f"\{x}" f"a\
b"

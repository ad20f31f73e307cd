f"{x!r}" f"{'a' if x else 'b'}" f"{x:{y:{z}}}" f"{ x = }" f"\\{x}" f"{x:%H:%M}"
f"""
{x}
"""

f"\N{DASH}{x}"

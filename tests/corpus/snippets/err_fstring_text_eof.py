f"""abc

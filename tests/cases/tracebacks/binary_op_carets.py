a = {"x": [1, 2, 3]}
b = None
value = a["x"][0] + b

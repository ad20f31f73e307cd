options=optins, inc_py=True, strict=False,

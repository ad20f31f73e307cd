(y := lambda x: x ** 2)

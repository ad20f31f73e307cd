helper_value = 1
_hidden_value = 2
def helper_function():
    return 3

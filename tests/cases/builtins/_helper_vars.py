b_value = 2
a_value = 1
def c_func():
    pass

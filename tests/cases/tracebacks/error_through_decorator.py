def checked(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper
@checked
def divide(a, b):
    return a / b
print(divide(6, 3))
divide(1, 0)

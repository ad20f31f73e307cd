# The seed's recursive fib(30): call-heavy Python code.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30))

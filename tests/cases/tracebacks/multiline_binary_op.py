# A binary operation spread over several lines: the operator line gets '^', the operands '~'.
def total(a, b):
    return (
        a
        +
        b
    )
total(1, "two")

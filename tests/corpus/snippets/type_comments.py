def f():
    # type: () -> None
    pass
x = 1  # type: int
#type:ignore

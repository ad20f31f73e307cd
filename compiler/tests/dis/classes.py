class A:
    """Doc."""
    x = 1

    def m(self):
        return self.x


class B(A):
    def m(self):
        return super().m() + 1

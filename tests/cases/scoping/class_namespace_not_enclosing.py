class C:
    attr = "class attr"
    def method(self):
        try:
            return attr
        except NameError as e:
            return f"NameError: {e}"
    lam = lambda self: self.attr
print(C().method(), C().lam())
def outer():
    v = "from function"
    class Inner:
        w = v
        def get(self):
            return v
    return Inner.w, Inner().get()
print(outer())
def tricky():
    v = "function"
    class K:
        v = "class"
        seen = v
        def m(self):
            return v
    return K.seen, K().m()
print(tricky())

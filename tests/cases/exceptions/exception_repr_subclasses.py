class MyErr(ValueError):
    pass
for e in (MyErr(), MyErr("a"), MyErr("a", 1), MyErr(None)):
    print(repr(e), "|", str(e))
class WithRepr(Exception):
    def __repr__(self):
        return "custom-repr"
print(repr(WithRepr("x")), str(WithRepr("x")), [WithRepr()])
print(repr(SystemExit(2)), repr(KeyboardInterrupt()), repr(StopIteration()), repr(GeneratorExit("g")))

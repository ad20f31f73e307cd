class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "missing")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, repr(e))
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr("ignored")), repr(WithStr("ignored")))
class NoInit(Exception):
    pass
print(repr(NoInit(1, 2)))
class Weird(Exception):
    def __init__(self):
        pass
print(repr(Weird()), Weird().args)

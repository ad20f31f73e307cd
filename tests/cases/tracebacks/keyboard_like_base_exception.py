class Stop(BaseException):
    pass
def run():
    raise Stop("custom base exception")
run()

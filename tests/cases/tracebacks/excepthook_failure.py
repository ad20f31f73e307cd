# A replacement sys.excepthook that itself fails: both tracebacks are printed.
import sys
def hook(exc_type, value, tb):
    print("hook called with", exc_type.__name__, value, tb.tb_lineno)
    raise RuntimeError("hook broke")
sys.excepthook = hook
def work():
    return {}["missing"]
work()

import sys
print(callable(sys.displayhook), callable(sys.excepthook), sys.excepthook is sys.__excepthook__)
def hook(t, v, tb):
    print("custom excepthook:", t.__name__, v)
sys.excepthook = hook
raise RuntimeError("handled by hook")

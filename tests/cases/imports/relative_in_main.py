print(__name__, __package__)
try:
    from . import _helper_mod
except ImportError as e:
    print(type(e).__name__, e)

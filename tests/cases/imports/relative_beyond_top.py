try:
    import pkg.beyond
except ImportError as e:
    print(type(e).__name__, e)

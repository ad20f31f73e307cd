try:
    import _circ_bad_a
except ImportError as e:
    print(type(e).__name__)
    print(e)

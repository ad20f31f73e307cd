def work():
    try:
        return 1
    finally:
        raise RuntimeError("cleanup failed")
work()

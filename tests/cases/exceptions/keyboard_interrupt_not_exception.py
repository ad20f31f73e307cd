for exc in (KeyboardInterrupt, SystemExit, GeneratorExit):
    try:
        try:
            raise exc()
        except Exception:
            print("caught by Exception (wrong)")
    except BaseException as e:
        print("caught by BaseException:", type(e).__name__)

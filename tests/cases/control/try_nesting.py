def run(n):
    log = []
    try:
        try:
            if n == 0:
                raise ValueError("v")
            if n == 1:
                raise TypeError("t")
            log.append("no error")
        except ValueError:
            log.append("inner caught ValueError")
            if n == 0:
                raise RuntimeError("re-raise as runtime")
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append(f"outer caught {e}")
    except RuntimeError as e:
        log.append(f"outer caught {e} ctx={e.__context__!r}")
    else:
        log.append("outer else")
    finally:
        log.append("outer finally")
    return log
for n in range(3):
    print(run(n))

try:
    raise ExceptionGroup("g", [ValueError("v")])
except ExceptionGroup as eg:
    eg.add_note("a note")
    m, r = eg.split(ValueError)
    print(m.__notes__, r, m.__traceback__ is eg.__traceback__, m.exceptions[0] is eg.exceptions[0])

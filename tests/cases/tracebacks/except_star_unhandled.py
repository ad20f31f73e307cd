try:
    raise ExceptionGroup("batch", [ValueError("bad value"), TypeError("bad type")])
except* ValueError:
    print("handled the ValueError part")

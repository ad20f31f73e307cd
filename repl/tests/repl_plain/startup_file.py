started = True

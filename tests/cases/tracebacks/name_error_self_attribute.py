# Inside a method, a bare name that is an attribute of self suggests 'self.<name>'.
class Gauge:
    def __init__(self):
        self.level = 5
    def read(self):
        return level * 2
Gauge().read()

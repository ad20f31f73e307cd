class Temperature:
    def __init__(self, k):
        self.k = k
    @property
    def celsius(self):
        return self.k - "273.15"
t = Temperature(300)
print(t.celsius)

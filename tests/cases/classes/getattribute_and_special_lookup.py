class Spy:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 2
    def method(self):
        return "m"
s = Spy()
print(len(s))
print(s.method())
print(str(type(s).__name__))

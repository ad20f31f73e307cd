# Outside the object's own methods, private names are not suggested for a public name.
class Box:
    def __init__(self):
        self._secret = 2
b = Box()
print(b._secret)
b.secret

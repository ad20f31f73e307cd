class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return Animal.speak(self) + "!"
for a in (Animal("x"), Dog("rex"), Puppy("bit")):
    print(a.speak())
print(Puppy.__bases__, Puppy.__mro__)
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), isinstance(Puppy("p"), Dog))
print(Dog.__base__, object.__bases__, object.__base__)

print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1, (str, (int,))))
print(isinstance(None, type(None)), isinstance([], object), isinstance(int, type), isinstance(type, type))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(int, int), issubclass(type, object))
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance("s", str | None))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance(1, Magic), issubclass(int, Magic), issubclass(str, Magic))
for bad in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1)):
    try:
        bad()
    except TypeError as e:
        print(e)

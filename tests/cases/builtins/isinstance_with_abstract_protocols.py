print(isinstance([], (list, tuple)), isinstance((), (list, tuple)), isinstance({}, dict))
print(issubclass(bool, (str, int)), isinstance(1.0, int), isinstance(1, float))
print(isinstance(None, object), isinstance(object, type), isinstance(type, object))
print(isinstance(int, type), isinstance(list[int], type), isinstance(3, int | float))

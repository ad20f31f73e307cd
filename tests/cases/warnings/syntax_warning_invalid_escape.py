path = "C:\dir\new"
print(len(path), repr(path))

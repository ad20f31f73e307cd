print(int | list[int], list[int] | None, enumerate[int], memoryview[int], (int | str).__args__)
print(isinstance([], list | None), list[int] == list[int], repr(dict[str, list[int] | None]))
try: zip[int]
except TypeError as e: print(e)

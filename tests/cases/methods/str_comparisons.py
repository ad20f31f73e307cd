print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "é" > "z", "日" > "é")
print(sorted(["banana", "Apple", "cherry", "apple"]), max("hello"), min("hello"))
print("abc" == "abc", "a" * 3 == "aaa", "abc" != "abd")
print(sorted(["a10", "a9", "a1"]), "10" < "9", ord("a") - ord("A"))

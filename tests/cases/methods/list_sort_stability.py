records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 20)]
by_age = sorted(records, key=lambda r: r[1])
print(by_age)
records.sort(key=lambda r: r[0], reverse=True)
print(records)
records.sort(key=lambda r: r[1], reverse=True)
print(records)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort(key=str.lower)
print(words)
nums = [3.0, 1, 2.5, True, 0]
nums.sort()
print(nums)

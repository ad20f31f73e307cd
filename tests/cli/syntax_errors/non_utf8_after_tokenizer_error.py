x = "abc
y = "ÿ"

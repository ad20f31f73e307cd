y = "kept"
1/0

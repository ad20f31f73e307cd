x = "héllo" + 1 2

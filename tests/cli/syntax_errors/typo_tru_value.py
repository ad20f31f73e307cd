x = Ture 1

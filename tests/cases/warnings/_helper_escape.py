PATH = "C:\dir\y" + "\d"
CHECK = PATH is "x"

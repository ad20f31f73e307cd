print("_helper_raises starting")
raise ValueError("error while importing")

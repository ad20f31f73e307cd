import _helper_mod
print("main module name:", __name__)
if __name__ == "__main__":
    print("running as the main script")
print(_helper_mod.__name__)

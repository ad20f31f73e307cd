import sys
print("sys" in sys.modules, "__main__" in sys.modules, "builtins" in sys.modules, sys.modules["sys"] is sys)
print(type(sys.modules).__name__, sys.modules["__main__"].__name__)
main = sys.modules["__main__"]
print(main.__dict__ is globals())
sys.modules["fake_module"] = "anything"
import fake_module
print(fake_module)

import sys
def inner():
    try:
        sys.exit("stopping from inner")
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
outer()

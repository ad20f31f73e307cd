gv = 1
def remove():
    global gv
    del gv
remove()
print("gv" in globals())
def use():
    return gv
try:
    use()
except NameError as e:
    print(e)

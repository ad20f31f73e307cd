def level3(v):
    return v["missing"]
def level2(v):
    return level3(v) + 1
def level1():
    data = {"present": 1}
    return level2(data)
print("start")
level1()

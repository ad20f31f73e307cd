class Desc:
    def __get__(self, obj, owner):
        return "data descriptor"
    def __set__(self, obj, value):
        raise AttributeError("read-only")
class NonDesc:
    def __get__(self, obj, owner):
        return "non-data descriptor"
class C:
    data = Desc()
    nondata = NonDesc()
    plain = "class attribute"
    def __getattr__(self, name):
        return f"__getattr__({name})"
c = C()
c.__dict__.update(data="instance data", nondata="instance nondata", plain="instance plain")
print(c.data, c.nondata, c.plain, c.missing)

order = []
class Desc:
    def __set_name__(self, owner, name):
        order.append(f"set_name {name}")
class Base:
    def __init_subclass__(cls, **kw):
        order.append(f"init_subclass {cls.__name__}")
class Sub(Base):
    a = Desc()
    b = Desc()
print(order)

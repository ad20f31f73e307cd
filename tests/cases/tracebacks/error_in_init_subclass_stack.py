class Base:
    def __init_subclass__(cls):
        if not hasattr(cls, "name"):
            raise TypeError(f"{cls.__name__} must define name")
class Good(Base):
    name = "good"
class Bad(Base):
    pass

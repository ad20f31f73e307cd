class Meta(type):
    @property
    def table(cls):
        return cls.__name__.lower() + "s"
class Model(metaclass=Meta):
    pass
class User(Model):
    pass
print(User.table, Model.table, hasattr(User(), "table"))

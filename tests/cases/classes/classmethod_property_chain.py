class Config:
    _registry = {"a": 1}
    @classmethod
    def get(cls, key):
        return cls._registry[key]
    @staticmethod
    def helper():
        return "static"
    @property
    def doubled(self):
        return {k: v * 2 for k, v in self._registry.items()}
class Child(Config):
    _registry = {"a": 10}
print(Config.get("a"), Child.get("a"), Child.helper(), Child().doubled)

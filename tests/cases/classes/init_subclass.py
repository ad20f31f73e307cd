class Plugin:
    plugins = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls.plugin_name)
class A(Plugin): pass
class B(Plugin, name="bee"): pass
class C(B): pass
print(Plugin.plugins, C.plugin_name)
try:
    class D(Plugin, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)

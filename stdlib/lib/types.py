"""Names for the interpreter's built-in types, and helpers for creating classes dynamically
(new_class, prepare_class, resolve_bases, get_original_bases), SimpleNamespace,
DynamicClassAttribute and the coroutine decorator."""

import sys


def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace = type(sys.implementation)
if SimpleNamespace.__name__ != 'SimpleNamespace':
    class SimpleNamespace:
        """An object whose attributes are the keyword arguments it was created with."""

        def __init__(self, mapping_or_iterable=(), /, **kwargs):
            self.__dict__.update(mapping_or_iterable)
            self.__dict__.update(kwargs)

        def __repr__(self):
            import _thread
            key = (id(self), _thread.get_ident())
            name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
            if key in _namespace_reprs:
                return f'{name}(...)'
            _namespace_reprs.add(key)
            try:
                items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
            finally:
                _namespace_reprs.discard(key)
            return f'{name}({items})'

        def __eq__(self, other):
            if isinstance(other, SimpleNamespace):
                return self.__dict__ == other.__dict__
            return NotImplemented

        __hash__ = None

        def __replace__(self, /, **changes):
            result = type(self)(**self.__dict__)
            result.__dict__.update(changes)
            return result

        def __reduce__(self):
            return type(self), (), dict(self.__dict__)

    SimpleNamespace.__module__ = 'types'
    _namespace_reprs = set()


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _generator():
    yield 1


GeneratorType = type(_generator())


async def _coroutine():
    pass


_c = _coroutine()
CoroutineType = type(_c)
_c.close()
del _c


async def _async_generator():
    yield


AsyncGeneratorType = type(_async_generator())


def _type_of(get):
    # The type of what `get` returns; None while the VM does not expose that object yet.
    try:
        return type(get())
    except (AttributeError, KeyError, TypeError):
        return None


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = _type_of(lambda: [].append)
WrapperDescriptorType = _type_of(lambda: object.__init__)
MethodWrapperType = _type_of(lambda: object().__str__)
MethodDescriptorType = _type_of(lambda: str.join)
ClassMethodDescriptorType = _type_of(lambda: dict.__dict__['fromkeys'])
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    FrameType = type(exc.__traceback__.tb_frame)

GetSetDescriptorType = _type_of(lambda: FunctionType.__code__)
MemberDescriptorType = _type_of(lambda: FunctionType.__globals__)

GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)


del sys, _function, _cell_factory, _generator, _coroutine, _async_generator, _C


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Replace bases that define __mro_entries__ (such as generic aliases) by what it returns."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, namespace and remaining keywords a class statement would use."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


def get_original_bases(cls, /):
    """The bases of cls as written in its class statement (before __mro_entries__)."""
    try:
        return cls.__dict__.get("__orig_bases__", cls.__bases__)
    except AttributeError:
        raise TypeError(f"Expected an instance of type, not {type(cls).__name__!r}") from None


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    Reached through an instance it behaves as a property; reached through the class it raises
    AttributeError, so the class's (metaclass's) __getattr__ can answer instead. A plain
    class rather than a property subclass: subclasses (enum.property) reassign fget/fset/fdel.
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy_with(self, fget, fset, fdel):
        result = type(self)(fget, fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def getter(self, fget):
        result = self._copy_with(fget, self.fset, self.fdel)
        if self.overwrite_doc and fget.__doc__:
            # The docstring follows the getter unless one was given explicitly.
            result.__doc__ = fget.__doc__
        return result

    def setter(self, fset):
        return self._copy_with(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._copy_with(self.fget, self.fset, fdel)


def coroutine(func):
    """Mark a generator function as usable with `await` (a generator-based coroutine)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if (func.__class__ is FunctionType and
            getattr(func, '__code__', None).__class__ is CodeType):
        flags = func.__code__.co_flags
        # Already a coroutine function (CO_COROUTINE) or iterable coroutine: unchanged.
        if flags & 0x180:
            return func
        if flags & 0x20:
            try:
                func.__code__ = func.__code__.replace(co_flags=flags | 0x100)
                return func
            except Exception:
                pass

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        return coro
    wrapped.__name__ = getattr(func, '__name__', 'wrapped')
    wrapped.__qualname__ = getattr(func, '__qualname__', 'wrapped')
    wrapped.__doc__ = getattr(func, '__doc__', None)
    wrapped.__wrapped__ = func
    return wrapped


__all__ = ['AsyncGeneratorType', 'BuiltinFunctionType', 'BuiltinMethodType', 'CellType',
           'ClassMethodDescriptorType', 'CodeType', 'CoroutineType', 'EllipsisType',
           'FrameType', 'FunctionType', 'GeneratorType', 'GenericAlias',
           'GetSetDescriptorType', 'LambdaType', 'MappingProxyType', 'MemberDescriptorType',
           'MethodDescriptorType', 'MethodType', 'MethodWrapperType', 'ModuleType',
           'NoneType', 'NotImplementedType', 'SimpleNamespace', 'TracebackType', 'UnionType',
           'WrapperDescriptorType', 'new_class', 'resolve_bases', 'prepare_class',
           'get_original_bases', 'DynamicClassAttribute', 'coroutine']

"""deque and defaultdict for the collections module."""

from _deque import deque, _deque_iterator, _deque_reverse_iterator

_repr_active = set()


def _repr_running(obj):
    from _thread import get_ident
    key = (id(obj), get_ident())
    if key in _repr_active:
        return True
    _repr_active.add(key)
    return False


def _repr_done(obj):
    from _thread import get_ident
    _repr_active.discard((id(obj), get_ident()))


class defaultdict(dict):
    """A dict that calls default_factory to supply values for missing keys."""

    # Declared on the class (CPython has a member descriptor here): code such as
    # dataclasses.asdict recognises defaultdict-like types by `hasattr(type, 'default_factory')`.
    default_factory = None

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        if _repr_running(self):
            return '...'
        try:
            factory_repr = repr(factory)
            body = dict.__repr__(self)
        finally:
            _repr_done(self)
        return f'{type(self).__name__}({factory_repr}, {body})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self



defaultdict.__module__ = 'collections'

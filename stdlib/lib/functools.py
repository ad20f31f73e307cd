"""Higher-order functions and operations on callables: partial application, caching,
wrappers, ordering helpers and single dispatch."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property', 'Placeholder']

from _thread import allocate_lock as _allocate_lock
from _thread import get_ident as _get_ident


def _recursion_guarded_repr(method):
    # A repr that shows '...' when it is reached again while already running on this object
    # in this thread (a partial that contains itself).
    running = set()

    def wrapper(self):
        key = (id(self), _get_ident())
        if key in running:
            return '...'
        running.add(key)
        try:
            return method(self)
        finally:
            running.discard(key)
    wrapper.__name__ = method.__name__
    wrapper.__qualname__ = method.__qualname__
    return wrapper

# ---- wrappers ----

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotate__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make `wrapper` look like `wrapped`: copy the `assigned` attributes, merge the
    `updated` ones, and set `__wrapped__`."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so a __wrapped__ copied from `wrapped`'s __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


_missing = object()


# ---- total_ordering ----

def _derived(op_name, root, combine):
    def method(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        return combine(self, other, result)
    method.__name__ = op_name
    method.__qualname__ = op_name
    return method


# For each root comparison: how the others follow from it (and from ==).
_ORDERINGS = {
    '__lt__': [('__gt__', lambda s, o, r: not r and s != o),
               ('__le__', lambda s, o, r: r or s == o),
               ('__ge__', lambda s, o, r: not r)],
    '__le__': [('__ge__', lambda s, o, r: not r or s == o),
               ('__lt__', lambda s, o, r: r and s != o),
               ('__gt__', lambda s, o, r: not r)],
    '__gt__': [('__lt__', lambda s, o, r: not r and s != o),
               ('__ge__', lambda s, o, r: r or s == o),
               ('__le__', lambda s, o, r: not r)],
    '__ge__': [('__le__', lambda s, o, r: not r or s == o),
               ('__gt__', lambda s, o, r: r and s != o),
               ('__lt__', lambda s, o, r: not r)],
}


def total_ordering(cls):
    """Class decorator that fills in the missing rich comparisons from one of them."""
    roots = {op for op in _ORDERINGS
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # '__lt__' is preferred, then '__le__', '__gt__', '__ge__'
    for name, combine in _ORDERINGS[root]:
        if name not in roots:
            method = _derived(name, root, combine)
            setattr(cls, name, method)
    return cls


# ---- cmp_to_key ----

class KeyWrapper:
    """A sort key built from an old-style comparison function: cmp_to_key(f) is a
    KeyWrapper without an object, and calling it wraps one."""
    __slots__ = ('cmp', 'obj')

    def __init__(self, cmp, obj=_missing):
        self.cmp = cmp
        if obj is not _missing:
            self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self.cmp, obj)

    def __lt__(self, other):
        return self.cmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        return self.cmp(self.obj, other.obj) > 0

    def __eq__(self, other):
        return self.cmp(self.obj, other.obj) == 0

    def __le__(self, other):
        return self.cmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        return self.cmp(self.obj, other.obj) >= 0

    __hash__ = None


def cmp_to_key(mycmp):
    """Convert an old-style comparison function into a key function."""
    return KeyWrapper(mycmp)


# ---- reduce ----


def reduce(function, iterable, /, initial=_missing):
    """Apply a two-argument function cumulatively to the items of an iterable."""
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if initial is _missing:
        for value in it:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    else:
        value = initial
    for item in it:
        value = function(value, item)
    return value


# ---- partial ----

class _PlaceholderType:
    """The type of the Placeholder singleton: a positional slot left open in a partial."""
    __slots__ = ()
    _instance = None

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"type '{cls.__name__}' is not an acceptable base type")

    def __new__(cls):
        if cls._instance is None:
            cls._instance = object.__new__(cls)
        return cls._instance

    def __repr__(self):
        return 'Placeholder'

    def __reduce__(self):
        return 'Placeholder'


Placeholder = _PlaceholderType()


def _count_placeholders(args):
    n = 0
    for a in args:
        if a is Placeholder:
            n += 1
    return n


class partial:
    """A callable that calls `func` with some positional and keyword arguments given in
    advance (positional slots can be left open with Placeholder)."""

    __slots__ = ('func', 'args', 'keywords', '_phcount', '__dict__', '__weakref__')

    def __new__(cls, func=_missing, /, *args, **keywords):
        if func is _missing:
            raise TypeError("type 'partial' takes at least one argument")
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if args and args[-1] is Placeholder:
            raise TypeError("trailing Placeholders are not allowed")
        for value in keywords.values():
            if value is Placeholder:
                raise TypeError("Placeholder cannot be passed as a keyword argument")
        if isinstance(func, partial) and type(func).__call__ is partial.__call__:
            # Flatten: fill the inner partial's placeholders with the new arguments.
            inner_args = func.args
            merged = []
            new = iter(args)
            for a in inner_args:
                if a is Placeholder:
                    merged.append(next(new, Placeholder))
                else:
                    merged.append(a)
            merged.extend(new)
            while merged and merged[-1] is Placeholder:
                merged.pop()
            args = tuple(merged)
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords
        self._phcount = _count_placeholders(self.args)
        return self

    def __call__(self, /, *args, **keywords):
        phcount = self._phcount
        if phcount:
            if len(args) < phcount:
                raise TypeError(
                    "missing positional arguments in 'partial' call; "
                    f"expected at least {phcount}, got {len(args)}")
            rest = iter(args)
            full = [next(rest) if a is Placeholder else a for a in self.args]
            full.extend(rest)
            args = full
        else:
            args = (*self.args, *args)
        return self.func(*args, **{**self.keywords, **keywords})

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _MethodType(self, obj)

    @_recursion_guarded_repr
    def __repr__(self):
        cls = type(self)
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        return f"{cls.__module__}.{cls.__qualname__}({', '.join(parts)})"

    def __reduce__(self):
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords or None, self.__dict__ or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError(f"expected 4 items in state, got {len(state)}")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kwds is not None and not isinstance(kwds, dict)) or
                (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        if args and args[-1] is Placeholder:
            raise TypeError("trailing Placeholders are not allowed")
        self.func = func
        self.args = tuple(args)
        self.keywords = dict(kwds) if kwds else {}
        self._phcount = _count_placeholders(self.args)
        if namespace:
            self.__dict__.update(namespace)

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


_MethodType = type(_PlaceholderType().__repr__)
_GenericAlias = type(list[int])


# ---- partialmethod ----

class partialmethod:
    """A descriptor version of partial: binds like the method it wraps."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        cls = type(self)
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        return f"{cls.__module__}.{cls.__qualname__}({', '.join(parts)})"

    def _unbound(self):
        def method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
        method.__isabstractmethod__ = self.__isabstractmethod__
        method.__partialmethod__ = self
        return method

    def __get__(self, obj, cls=None):
        result = None
        if not isinstance(self.func, partial):
            bound = _bind(self.func, obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
        if result is None:
            result = _bind(self._unbound(), obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


def _bind(func, obj, cls):
    # func.__get__(obj, cls), also for objects whose type has no Python-visible __get__.
    get = getattr(type(func), '__get__', None)
    if get is not None:
        return get(func, obj, cls)
    if obj is None or not callable(func):
        return func
    return _MethodType(func, obj)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


# ---- lru_cache ----

_cache_info_type = None


def _CacheInfo(*fields):
    global _cache_info_type
    if _cache_info_type is None:
        from collections import namedtuple
        _cache_info_type = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])
    return _cache_info_type(*fields)


class _HashedSeq(list):
    """A key list that hashes once."""
    __slots__ = 'hashvalue'

    def __init__(self, items, hash=hash):
        self[:] = items
        self.hashvalue = hash(items)

    def __hash__(self):
        return self.hashvalue


_kwd_mark = (object(),)
_fast_types = {int, str}


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _fast_types:
        return key[0]
    return _HashedSeq(key)


class _lru_cache_wrapper:
    """The callable lru_cache returns: calls through a bounded (or unbounded) cache."""

    def __init__(self, user_function, maxsize, typed):
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0
        self._lock = _allocate_lock()
        update_wrapper(self, user_function)

    def __call__(self, /, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        with self._lock:
            if key in cache:
                result = cache[key]
                if maxsize is not None:
                    # Most recently used entries live at the end.
                    del cache[key]
                    cache[key] = result
                self._hits += 1
                return result
            self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        with self._lock:
            if key in cache:
                pass
            elif maxsize is not None and len(cache) >= maxsize:
                del cache[next(iter(cache))]
                cache[key] = result
            else:
                cache[key] = result
        return result

    def cache_info(self):
        """Report cache statistics."""
        with self._lock:
            return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Clear the cache and cache statistics."""
        with self._lock:
            self._cache.clear()
            self._hits = self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _MethodType(self, obj)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return self.__qualname__


def lru_cache(maxsize=128, typed=False):
    """Decorator caching up to `maxsize` most recent calls (unbounded when None)."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    """An unbounded cache: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# ---- singledispatch ----

def _merge_linearizations(lists):
    """The C3 merge: repeatedly take the first head that is in no list's tail."""
    pending = [list(seq) for seq in lists if seq]
    merged = []
    while pending:
        for seq in pending:
            head = seq[0]
            if all(head not in other[1:] for other in pending):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        merged.append(head)
        pending = [seq[1:] if seq[0] is head else seq for seq in pending]
        pending = [seq for seq in pending if seq]
    return merged


def _linearize(cls, abcs=()):
    """The MRO of `cls` with the ABCs among `abcs` that it derives from only virtually
    (through register() or __subclasshook__) placed as dispatch needs them: after the bases
    that are ABCs themselves, before the plain ones."""
    bases = list(cls.__bases__)
    split = max((i + 1 for i, b in enumerate(bases) if hasattr(b, "__abstractmethods__")), default=0)
    abc_bases, plain_bases = bases[:split], bases[split:]
    virtual = [a for a in abcs if issubclass(cls, a) and not any(issubclass(b, a) for b in bases)]
    rest = [a for a in abcs if a not in virtual]
    groups = abc_bases + virtual + plain_bases
    return _merge_linearizations([[cls]] + [_linearize(g, rest) for g in groups] + [abc_bases, virtual, plain_bases])


def _dispatch_mro(cls, types):
    """The order in which `singledispatch` tries registered types for `cls`: its MRO, with the
    registered ABCs it virtually derives from placed in it."""
    own = set(cls.__mro__)

    def virtual_base(t):
        return t not in own and hasattr(t, "__mro__") and not isinstance(t, _GenericAlias) and issubclass(cls, t)

    candidates = [t for t in types if virtual_base(t)]
    # Only the most derived candidates: one another's bases come back through their MROs.
    candidates = [t for t in candidates if not any(u is not t and t in u.__mro__ for u in candidates)]
    chosen = set(candidates)
    order = []
    for t in candidates:
        chains = [[c for c in sub.__mro__ if c in chosen]
                  for sub in t.__subclasses__() if sub not in own and issubclass(cls, sub)]
        if not chains:
            order.append(t)
            continue
        for chain in sorted(chains, key=len, reverse=True):
            order.extend(c for c in chain if c not in order)
    return _linearize(cls, order)


def _find_impl(cls, registry):
    """The implementation registered for the first type in `cls`'s dispatch order. When the
    type right after it is also registered and neither is a real base of `cls` nor derives
    from the other, the choice is ambiguous."""
    order = _dispatch_mro(cls, registry.keys())
    for i, t in enumerate(order):
        if t not in registry:
            continue
        following = order[i + 1] if i + 1 < len(order) else None
        if (following in registry and following not in cls.__mro__
                and t not in cls.__mro__ and not issubclass(t, following)):
            raise RuntimeError(f"Ambiguous dispatch: {t} or {following}")
        return registry[t]
    return registry.get(None)


_UnionType = type(int | str)


def _is_union_type(cls):
    return isinstance(cls, _UnionType)


def singledispatch(func):
    """Turn a function into a generic function dispatching on its first argument's type."""
    from abc import get_cache_token
    registry = {}
    dispatch_cache = {}
    cache_token = None

    def dispatch(cls):
        nonlocal cache_token
        if cache_token is not None:
            current_token = get_cache_token()
            if cache_token != current_token:
                dispatch_cache.clear()
                cache_token = current_token
        try:
            impl = dispatch_cache[cls]
        except KeyError:
            try:
                impl = registry[cls]
            except KeyError:
                impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def _is_valid_dispatch_type(cls):
        if isinstance(cls, type):
            return True
        return (_is_union_type(cls) and
                all(isinstance(arg, type) for arg in cls.__args__))

    def register(cls, func=None):
        nonlocal cache_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type."
                )
            ann = getattr(cls, '__annotate__', None)
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            annotations = func.__annotations__
            argname, cls = next(iter(annotations.items()))
            if isinstance(cls, str):
                # A string annotation (`from __future__ import annotations`): evaluate it.
                from typing import get_type_hints
                argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} not all arguments are classes."
                    )
                else:
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} is not a class."
                    )
        if _is_union_type(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        if cache_token is None and hasattr(cls, '__abstractmethods__'):
            cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least '
                            '1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    proxy = _MappingProxy(registry)
    # (Until the VM's mappingproxy() wraps rather than copies, expose the live dict.)
    wrapper.registry = registry if _MappingProxy is dict else proxy
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


_MappingProxy = type(type.__dict__)


class singledispatchmethod:
    """Single-dispatch generic method descriptor (dispatches on the first non-self argument)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher
        func = self.func

        def _method(*args, **kwargs):
            if not args:
                name = getattr(func, '__name__', 'singledispatchmethod method')
                raise TypeError(f'{name} requires at least 1 positional argument')
            method = dispatcher.dispatch(args[0].__class__)
            return _bind(method, obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    def __repr__(self):
        try:
            name = self.func.__qualname__
        except AttributeError:
            try:
                name = self.func.__name__
            except AttributeError:
                name = '?'
        return f'<single dispatch method descriptor {name}>'


# ---- cached_property ----

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then stored in its __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = (
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {self.attrname!r} property."
                )
                raise TypeError(msg) from None
        return val

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

"""Shallow and deep copies of arbitrary objects (copy, deepcopy) and copy.replace, through
the __copy__, __deepcopy__, __replace__ and pickle (__reduce_ex__) protocols."""

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    pass


error = Error

# Types whose instances copy (shallow and deep) as themselves.
_ATOMIC = frozenset({
    type(None), int, float, bool, complex, str, bytes, type(...), type(NotImplemented),
    range, property, type(len), type(lambda: None), type((lambda: None).__code__),
})


def _reconstruct_args(obj, cls):
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(obj, 4)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None:
        return reductor(obj)
    return _default_reduce(obj, cls)


def _new_object(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _default_reduce(obj, cls):
    # What object.__reduce_ex__(4) gives: cls.__new__(cls, *__getnewargs__()), then the
    # instance state (its __dict__ and slot values), list items and dict items.
    if hasattr(obj, "__getnewargs_ex__"):
        args, kwargs = obj.__getnewargs_ex__()
    elif hasattr(obj, "__getnewargs__"):
        args, kwargs = obj.__getnewargs__(), {}
    else:
        args, kwargs = (), {}
    getstate = getattr(obj, "__getstate__", None)
    if getstate is not None:
        state = getstate()
    else:
        try:
            state = obj.__dict__ or None
        except AttributeError:
            state = None
        slots = {}
        for klass in cls.__mro__:
            for name in klass.__dict__.get("__slots__", ()):
                if name in ("__dict__", "__weakref__"):
                    continue
                try:
                    slots[name] = getattr(obj, name)
                except AttributeError:
                    pass
        if slots:
            state = (state, slots)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return _new_object, (cls, tuple(args), dict(kwargs)), state, listitems, dictitems


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls is tuple or cls is frozenset:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reconstruct_args(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; `memo` maps id(original) to its copy (shared objects and cycles
    are copied once)."""
    d = id(x)
    if memo is None:
        memo = {}
    else:
        y = memo.get(d, _nil)
        if y is not _nil:
            return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple may have been copied while its items were (a cycle through it).
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is _bound_method_type():
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reconstruct_args(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _bound_method_type():
    class C:
        def m(self):
            pass
    return type(C().m)


def _keep_alive(x, memo):
    # The memo keeps the originals alive, so their ids cannot be reused during one deepcopy.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def replace(obj, /, **changes):
    """A new object like obj with the given fields changed (obj's __replace__)."""
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)

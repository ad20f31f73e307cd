"""Context variables: values that follow the logical flow of execution (the current
context is per thread; each thread starts in a copy of its starter's context when
``sys.flags.thread_inherit_context`` is set, ophis's default as in free-threaded CPython).

A Context owns a dict from ContextVar to value. Only one thread can run in a Context at a
time (entering a Context already entered raises RuntimeError), so the dict is mutated in
place by ContextVar.set; copy_context() copies it.
"""

import _thread

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_state = _thread._local()
_NO_DEFAULT = object()


def _current_context():
    try:
        return _state.context
    except AttributeError:
        ctx = _state.context = Context()
        return ctx


def copy_context():
    """A copy of the current context."""
    return _current_context().copy()


class Context:
    """A mapping of ContextVars to their values; run() executes code in it."""

    __slots__ = ('_vars', '_entered', '_outer', '__weakref__')
    __hash__ = None

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Context() does not accept any arguments")
        self._vars = {}
        self._entered = False
        self._outer = None

    def run(self, callable, /, *args, **kwargs):
        """Calls callable(*args, **kwargs) with this context current; changes made by the
        call to context variables stay in this context."""
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self!r} is already entered")
        self._outer = _current_context()
        self._entered = True
        _state.context = self
        try:
            return callable(*args, **kwargs)
        finally:
            _state.context = self._outer
            self._outer = None
            self._entered = False

    def copy(self):
        new = Context()
        new._vars = dict(self._vars)
        return new

    def _check_key(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")

    def __getitem__(self, var):
        self._check_key(var)
        try:
            return self._vars[var]
        except KeyError:
            raise KeyError(var) from None

    def __contains__(self, var):
        self._check_key(var)
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(list(self._vars))

    def get(self, var, default=None):
        self._check_key(var)
        return self._vars.get(var, default)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars


class ContextVar:
    """A context variable: its value is looked up in the current context."""

    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *args, default=_NO_DEFAULT):
        if args:
            raise TypeError(f"ContextVar() takes at most 1 positional argument ({len(args) + 1} given)")
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        object.__setattr__(self, '_name', name)
        object.__setattr__(self, '_default', default)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    def __setattr__(self, name, value):
        if name == 'name':
            raise AttributeError("readonly attribute")
        raise AttributeError(f"'ContextVar' object has no attribute '{name}' and no __dict__ for setting new attributes")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        """The value in the current context, else the default given here, else the
        variable's default; LookupError if none."""
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        ctx = _current_context()
        try:
            return ctx._vars[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Sets the value in the current context; returns a Token to reset() it."""
        ctx = _current_context()
        old = ctx._vars.get(self, Token.MISSING)
        ctx._vars[self] = value
        return Token._make(ctx, self, old)

    def reset(self, token):
        """Restores the value the variable had before the set() that returned token."""
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current_context()
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        token._used = True
        if token._old_value is Token.MISSING:
            ctx._vars.pop(self, None)
        else:
            ctx._vars[self] = token._old_value

    def __repr__(self):
        default = '' if self._default is _NO_DEFAULT else f' default={self._default!r}'
        return f"<ContextVar name={self._name!r}{default} at {id(self):#x}>"

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    """What ContextVar.set() returns: reset() with it restores the previous value; also a
    context manager that resets on exit."""

    __slots__ = ('_ctx', '_var', '_old_value', '_used')
    MISSING = _Missing()

    def __init__(self, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    @classmethod
    def _make(cls, ctx, var, old):
        token = object.__new__(cls)
        token._ctx = ctx
        token._var = var
        token._old_value = old
        token._used = False
        return token

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._var.reset(self)

    def __repr__(self):
        used = ' used' if self._used else ''
        return f"<Token{used} var={self._var!r} at {id(self):#x}>"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


for _cls in (Context, ContextVar, Token):
    _cls.__module__ = '_contextvars'
del _cls

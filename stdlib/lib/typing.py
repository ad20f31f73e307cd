"""Runtime support for type hints (PEP 484 and its successors).

The type parameters (TypeVar, ParamSpec, TypeVarTuple), TypeAliasType, Generic and unions
(`typing.Union` is `types.UnionType`) are the VM's (`_typing`). This module adds the special
forms (Any, Optional, Literal, Callable, ClassVar, ...), the aliases of the built-in and
collections.abc classes (`typing.List[int]`), Protocol, NamedTuple, TypedDict, NewType and the
introspection helpers (get_type_hints, get_origin, get_args, ...). Protocols, NamedTuple and
TypedDict live in `_typing_classes` and are re-exported here."""

import collections.abc
import functools
import operator
import sys
import types
from abc import abstractmethod, ABCMeta
from collections import defaultdict
from types import GenericAlias

from _typing import (TypeVar, ParamSpec, TypeVarTuple, ParamSpecArgs, ParamSpecKwargs,
                     TypeAliasType, Generic, NoDefault, Union)

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex',
    'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
    'evaluate_forward_ref', 'final', 'get_args', 'get_origin', 'get_overloads',
    'get_protocol_members', 'get_type_hints', 'is_protocol', 'is_typeddict', 'LiteralString',
    'Never', 'NewType', 'no_type_check', 'no_type_check_decorator', 'NoDefault', 'NoReturn',
    'NotRequired', 'overload', 'override', 'ParamSpecArgs', 'ParamSpecKwargs', 'ReadOnly',
    'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING',
    'TypeAlias', 'TypeGuard', 'TypeIs', 'TypeAliasType', 'Unpack',
]

_TYPE_PARAMETER_TYPES = (TypeVar, ParamSpec, TypeVarTuple)


def _type_repr(obj):
    """How a type argument prints inside a subscripted form."""
    if isinstance(obj, type) and not isinstance(obj, types.GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    if isinstance(obj, tuple):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    return repr(obj)


def _is_dunder(name):
    return name.startswith('__') and name.endswith('__')


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


def _type_convert(arg, module=None, *, allow_special_forms=False):
    """None means NoneType; strings are forward references."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Checks that `arg` can stand as a type argument and converts it (see `_type_convert`)."""
    invalid_generic_forms = (Generic, Protocol)
    if not allow_special_forms:
        invalid_generic_forms += (ClassVar,)
        if is_argument:
            invalid_generic_forms += (Final,)
    arg = _type_convert(arg, module=module, allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in invalid_generic_forms:
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _collect_type_parameters(args):
    """The type parameters that `args` use, in order of first appearance."""
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if isinstance(t, _TYPE_PARAMETER_TYPES):
            if t not in params:
                params.append(t)
        elif isinstance(t, (list, tuple)):
            for p in _collect_type_parameters(t):
                if p not in params:
                    params.append(p)
        else:
            for p in getattr(t, '__parameters__', ()):
                if isinstance(p, _TYPE_PARAMETER_TYPES) and p not in params:
                    params.append(p)
    return tuple(params)


def _deduplicate(params):
    seen = []
    for p in params:
        if p not in seen:
            seen.append(p)
    return seen


def _tp_cache(func):
    """Caches subscriptions (typing.List[int] is typing.List[int] for hashable arguments)."""
    cached = functools.lru_cache(maxsize=256, typed=True)(func)

    @functools.wraps(func)
    def inner(*args, **kwds):
        try:
            return cached(*args, **kwds)
        except TypeError:
            pass  # unhashable arguments
        return func(*args, **kwds)
    return inner


# -- Special forms -------------------------------------------------------------------------

class _Final:
    """Classes of typing's objects: not meant to be subclassed by users."""
    __slots__ = ('__weakref__',)


class _NotIterable:
    __slots__ = ()
    __iter__ = None


class _SpecialForm(_Final):
    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in {'__name__', '__qualname__'}:
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    @_tp_cache
    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


_SpecialForm.__iter__ = None


class _TypedCacheSpecialForm(_SpecialForm):
    def __getitem__(self, parameters):
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return self._getitem(self, *parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type: compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _not_subscriptable(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def NoReturn(self, parameters):
    """Special type indicating functions that never return."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Never(self, parameters):
    """The bottom type, a type that has no members."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Self(self, parameters):
    """Used to spell the type of "self" in classes."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def LiteralString(self, parameters):
    """Represents an arbitrary literal string."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def TypeAlias(self, parameters):
    """Special form for marking type aliases."""
    raise TypeError(f"{self} is not subscriptable")


def _single_type_form(self, parameters, what="accepts only single type."):
    item = _type_check(parameters, f'{self} {what}', allow_special_forms=True)
    return _GenericAlias(self, (item,))


@_SpecialForm
def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    return _single_type_form(self, parameters)


@_SpecialForm
def Final(self, parameters):
    """Special typing construct to indicate final names to type checkers."""
    return _single_type_form(self, parameters)


@_SpecialForm
def TypeGuard(self, parameters):
    """Special typing construct for marking user-defined type predicate functions."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def TypeIs(self, parameters):
    """Special typing construct for marking user-defined type predicate functions."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Required(self, parameters):
    """A special typing construct to mark a key of a total=False TypedDict as required."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    """A special typing construct to mark a key of a TypedDict as potentially missing."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def ReadOnly(self, parameters):
    """A special typing construct to mark an item of a TypedDict as read-only."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is equivalent to Union[X, None]."""
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, type(None)]


def _value_and_type_iter(parameters):
    return ((p, type(p)) for p in parameters)


class _LiteralSpecialForm(_SpecialForm):
    def __getitem__(self, parameters):
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return self._getitem(self, *parameters)


@_LiteralSpecialForm
@_tp_cache
def Literal(self, *parameters):
    """Special typing form to define literal types (a.k.a. value types)."""
    parameters = _flatten_literal_params(parameters)
    try:
        unique = []
        seen = []
        for p in parameters:
            key = (p, type(p))
            if key not in seen:
                seen.append(key)
                unique.append(p)
        parameters = tuple(unique)
    except TypeError:
        pass
    return _LiteralGenericAlias(self, parameters)


def _flatten_literal_params(parameters):
    params = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            params.extend(p.__args__)
        else:
            params.append(p)
    return tuple(params)


@_SpecialForm
def Concatenate(self, parameters):
    """Special form for annotating higher-order functions (used with Callable and ParamSpec)."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]), parameters[-1])
    return _ConcatenateGenericAlias(self, parameters)


@_SpecialForm
def Unpack(self, parameters):
    """Type unpack operator (*Ts, or Unpack[TypedDict] for **kwargs)."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _UnpackGenericAlias(origin=self, args=(item,))


# -- Forward references ----------------------------------------------------------------------

import annotationlib
from annotationlib import ForwardRef


def _make_forward_ref(arg, *, is_argument=True, **kwargs):
    """A ForwardRef that records whether it was a function argument's annotation (which
    annotationlib's constructor does not take)."""
    ref = ForwardRef(arg, **kwargs)
    ref.__forward_is_argument__ = is_argument
    return ref


# -- Generic aliases -------------------------------------------------------------------------

class _BaseGenericAlias(_Final):
    """The common part of `typing.List` and `typing.List[int]`: calling creates an instance of
    the origin, attributes come from the origin, isinstance checks are refused."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass  # objects without a __dict__
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in {'__name__', '__qualname__'}:
            return self._name or self.__origin__.__name__
        if '__origin__' in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if _is_dunder(attr) or attr in {'_name', '_inst', '_nparams', '_defaults'}:
            object.__setattr__(self, attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __dir__(self):
        return sorted(set(object.__dir__(self) + [a for a in dir(self.__origin__) if not _is_dunder(a)]))


class _GenericAlias(_BaseGenericAlias):
    """A subscripted form: `typing.List[int]`, `typing.ClassVar[int]`, `Protocol[T]`."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_type_parameters(args)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    @_tp_cache
    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(a) for a in args)
        new_args = _substitute(self, self.__parameters__, args)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            args = "()"
        return f'{name}[{args}]'

    def __reduce__(self):
        if self._name:
            origin = globals()[self._name]
        else:
            origin = self.__origin__
        args = tuple(self.__args__)
        if len(args) == 1 and not isinstance(args[0], tuple):
            args, = args
        return operator.getitem, (origin, args)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


def _check_count(alias, args, params):
    if len(args) > len(params):
        raise TypeError(f"Too many arguments for {alias}; actual {len(args)}, expected {len(params)}")
    if len(args) < len(params):
        raise TypeError(f"Too few arguments for {alias}; actual {len(args)}, expected at least {len(params)}")


def _substitute(alias, params, args):
    """The arguments of `alias` with `params` replaced by `args` (type-checked counts)."""
    if len(params) == 1 and isinstance(params[0], ParamSpec) and not _is_param_expr(args[0] if args else None):
        args = (args,)
    if any(isinstance(p, TypeVarTuple) for p in params):
        raise TypeError(f"Substitution of TypeVarTuple in {alias} is not supported")
    _check_count(alias, args, params)
    mapping = dict(zip(params, args))
    new_args = []
    for arg in alias.__args__:
        if isinstance(arg, _TYPE_PARAMETER_TYPES):
            new_args.append(mapping[arg])
            continue
        if isinstance(arg, (list, tuple)):
            new_args.append(type(arg)(mapping.get(a, a) if isinstance(a, _TYPE_PARAMETER_TYPES) else a for a in arg))
            continue
        sub = getattr(arg, '__parameters__', ())
        if sub:
            sub_args = tuple(mapping[p] for p in sub)
            new_args.append(arg[sub_args[0] if len(sub_args) == 1 else sub_args])
        else:
            new_args.append(arg)
    return tuple(new_args)


class _TypingEllipsis:
    """Internal placeholder for ... (ellipsis)."""


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias):
    """`typing.List`, `typing.Iterable`: an unsubscripted alias of a class, with a fixed number
    of parameters (some of which may have defaults)."""

    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        self._defaults = defaults
        if origin.__module__ == 'builtins':
            self.__doc__ = f'A generic version of {origin.__qualname__}.'
        else:
            self.__doc__ = f'A generic version of {origin.__module__}.{origin.__qualname__}.'

    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        if (self._defaults and len(params) < self._nparams
                and len(params) + len(self._defaults) >= self._nparams):
            params = (*params, *self._defaults[len(params) - self._nparams:])
        actual_len = len(params)
        if actual_len != self._nparams:
            if self._defaults:
                expected = f"at least {self._nparams - len(self._defaults)}"
            else:
                expected = str(self._nparams)
            if not self._nparams:
                raise TypeError(f"{self} is not a generic class")
            raise TypeError(f"Too {'many' if actual_len > self._nparams else 'few'} arguments for {self};"
                            f" actual {actual_len}, expected {expected}")
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableGenericAlias(_NotIterable, _GenericAlias):
    def __repr__(self):
        assert self._name == 'Callable'
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        return (f'typing.Callable'
                f'[[{", ".join([_type_repr(a) for a in args[:-1]])}], '
                f'{_type_repr(args[-1])}]')

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return operator.getitem, (Callable, args)

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    @_tp_cache
    def __getitem__(self, args):
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        if len(params) == 1 and isinstance(params[0], ParamSpec) and not _is_param_expr(args[0]):
            args = (list(args),) if len(args) != 1 or not isinstance(args[0], list) else args
        _check_count(self, args, params)
        mapping = dict(zip(params, args))
        flat = []
        for arg in self.__args__[:-1]:
            value = mapping.get(arg, arg) if isinstance(arg, _TYPE_PARAMETER_TYPES) else arg
            if isinstance(arg, ParamSpec) and isinstance(value, (list, tuple)):
                flat.extend(value)
            elif isinstance(arg, ParamSpec) and isinstance(value, _ConcatenateGenericAlias):
                flat.extend(value.__args__)
            elif getattr(value, '__parameters__', ()) and not isinstance(value, _TYPE_PARAMETER_TYPES):
                sub = tuple(mapping[p] for p in value.__parameters__)
                flat.append(value[sub[0] if len(sub) == 1 else sub])
            else:
                flat.append(value)
        result = self.__args__[-1]
        if isinstance(result, _TYPE_PARAMETER_TYPES):
            result = mapping[result]
        elif getattr(result, '__parameters__', ()):
            sub = tuple(mapping[p] for p in result.__parameters__)
            result = result[sub[0] if len(sub) == 1 else sub]
        if len(flat) == 1 and _is_param_expr(flat[0]) and not isinstance(flat[0], (list, tuple)):
            return self.copy_with((flat[0], result))
        return self.copy_with((*flat, result))


class _CallableType(_SpecialGenericAlias):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = (tuple(args), result)
        else:
            params = (args, result)
        return self.__getitem_inner__(params)

    @_tp_cache
    def __getitem_inner__(self, params):
        args, result = params
        msg = "Callable[args, result]: result must be a type."
        result = _type_check(result, msg)
        if args is Ellipsis:
            return self.copy_with((_TypingEllipsis, result))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(arg) for arg in args)
        params = args + (result,)
        return self.copy_with(params)


class _TupleType(_SpecialGenericAlias):
    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, _TypingEllipsis))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(_value_and_type_iter(self.__args__)) == set(_value_and_type_iter(other.__args__))

    def __hash__(self):
        return hash(frozenset(_value_and_type_iter(self.__args__)))


class _ConcatenateGenericAlias(_GenericAlias):
    def copy_with(self, params):
        if isinstance(params[-1], (list, tuple)):
            return (*params[:-1], *params[-1])
        if isinstance(params[-1], _ConcatenateGenericAlias):
            params = (*params[:-1], *params[-1].__args__)
        return super().copy_with(params)


class _UnpackGenericAlias(_GenericAlias):
    @property
    def __typing_unpacked_tuple_args__(self):
        arg, = self.__args__
        if isinstance(arg, _GenericAlias) and arg.__origin__ is tuple:
            return arg.__args__
        return None

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)


class _AnnotatedAlias(_NotIterable, _GenericAlias):
    """`Annotated[T, x, ...]`: T with metadata, flattened when nested."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin, name='Annotated')
        self.__metadata__ = metadata

    def copy_with(self, params):
        assert len(params) == 1
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))

    def __reduce__(self):
        return operator.getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in {'__name__', '__qualname__'}:
            return 'Annotated'
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


@_TypedCacheSpecialForm
@_tp_cache
def Annotated(self, *params):
    """Add context-specific metadata to a type: Annotated[T, x]."""
    if len(params) < 2:
        raise TypeError("Annotated[...] should be used "
                        "with at least two arguments (a type and an annotation).")
    if isinstance(params[0], _UnpackGenericAlias) and isinstance(params[0].__args__[0], TypeVarTuple):
        raise TypeError("Annotated[...] should not be used with an unpacked TypeVarTuple")
    msg = "Annotated[t, ...]: t must be a type."
    origin = _type_check(params[0], msg, allow_special_forms=True)
    metadata = tuple(params[1:])
    return _AnnotatedAlias(origin, metadata)


# -- Aliases of built-in and collections.abc classes -----------------------------------------

_alias = _SpecialGenericAlias

Hashable = _alias(collections.abc.Hashable, 0)
Awaitable = _alias(collections.abc.Awaitable, 1)
Coroutine = _alias(collections.abc.Coroutine, 3)
AsyncIterable = _alias(collections.abc.AsyncIterable, 1)
AsyncIterator = _alias(collections.abc.AsyncIterator, 1)
Iterable = _alias(collections.abc.Iterable, 1)
Iterator = _alias(collections.abc.Iterator, 1)
Reversible = _alias(collections.abc.Reversible, 1)
Sized = _alias(collections.abc.Sized, 0)
Container = _alias(collections.abc.Container, 1)
Collection = _alias(collections.abc.Collection, 1)
Callable = _CallableType(collections.abc.Callable, 2)
Callable.__doc__ = """Deprecated alias to collections.abc.Callable."""
AbstractSet = _alias(collections.abc.Set, 1, name='AbstractSet')
MutableSet = _alias(collections.abc.MutableSet, 1)
Mapping = _alias(collections.abc.Mapping, 2)
MutableMapping = _alias(collections.abc.MutableMapping, 2)
Sequence = _alias(collections.abc.Sequence, 1)
MutableSequence = _alias(collections.abc.MutableSequence, 1)
ByteString = _alias(collections.abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(collections.deque, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(collections.abc.MappingView, 1)
KeysView = _alias(collections.abc.KeysView, 1)
ItemsView = _alias(collections.abc.ItemsView, 2)
ValuesView = _alias(collections.abc.ValuesView, 1)
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Generator = _alias(collections.abc.Generator, 3, defaults=(types.NoneType, types.NoneType))
AsyncGenerator = _alias(collections.abc.AsyncGenerator, 2, defaults=(types.NoneType,))
Type = _alias(type, 1, inst=False, name='Type')


def _context_manager_classes():
    try:
        import contextlib
        return contextlib.AbstractContextManager, contextlib.AbstractAsyncContextManager
    except (ImportError, AttributeError):
        return _fallback_context_manager_classes()


def _fallback_context_manager_classes():
    # Until `contextlib` exists: ABCs with the same names and checks.
    import abc

    class AbstractContextManager(abc.ABC):
        __slots__ = ()

        def __enter__(self):
            return self

        @abc.abstractmethod
        def __exit__(self, exc_type, exc_value, traceback):
            return None

        @classmethod
        def __subclasshook__(cls, C):
            if cls is AbstractContextManager:
                return collections.abc._check_methods(C, "__enter__", "__exit__")
            return NotImplemented

        __class_getitem__ = classmethod(types.GenericAlias)

    class AbstractAsyncContextManager(abc.ABC):
        __slots__ = ()

        async def __aenter__(self):
            return self

        @abc.abstractmethod
        async def __aexit__(self, exc_type, exc_value, traceback):
            return None

        @classmethod
        def __subclasshook__(cls, C):
            if cls is AbstractAsyncContextManager:
                return collections.abc._check_methods(C, "__aenter__", "__aexit__")
            return NotImplemented

        __class_getitem__ = classmethod(types.GenericAlias)

    AbstractContextManager.__module__ = AbstractAsyncContextManager.__module__ = 'contextlib'
    return AbstractContextManager, AbstractAsyncContextManager


Text = str
TYPE_CHECKING = False
AnyStr = TypeVar('AnyStr', bytes, str)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)


def __getattr__(name):
    # `contextlib` and `re` are imported only when the aliases of their classes are first used.
    if name in ('ContextManager', 'AsyncContextManager'):
        cm, acm = _context_manager_classes()
        globals()['ContextManager'] = _alias(cm, 2, name='ContextManager', defaults=(bool | None,))
        globals()['AsyncContextManager'] = _alias(acm, 2, name='AsyncContextManager', defaults=(bool | None,))
        return globals()[name]
    if name in ('Pattern', 'Match'):
        try:
            import re
            origin = getattr(re, name)
        except (ImportError, AttributeError):
            # Until `re` exists: a stand-in class of the same name.
            origin = type(name, (), {'__module__': 're', '__class_getitem__': classmethod(types.GenericAlias)})
        obj = _alias(origin, 1)
        globals()[name] = obj
        return obj
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# -- Functions -------------------------------------------------------------------------------

def cast(typ, val):
    """Cast a value to a type: returns the value unchanged (only type checkers care)."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that the value is of the given type."""
    return val


_ASSERT_NEVER_REPR_MAX_LENGTH = 100


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > _ASSERT_NEVER_REPR_MAX_LENGTH:
        value = value[:_ASSERT_NEVER_REPR_MAX_LENGTH] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Ask a static type checker to reveal the inferred type of an expression."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def _overload_dummy(*args, **kwds):
    """Helper for @overload to raise when called."""
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @typing.overload-decorated.")


_overload_registry = {}


def overload(func):
    """Decorator for overloaded functions/methods (see get_overloads)."""
    f = getattr(func, "__func__", func)
    try:
        by_name = _overload_registry.setdefault(f.__module__, {}).setdefault(f.__qualname__, {})
        by_name[f.__code__.co_firstlineno] = func
    except AttributeError:
        pass  # not a normal function
    return _overload_dummy


def get_overloads(func):
    """Return all defined overloads for *func* as a sequence."""
    f = getattr(func, "__func__", func)
    if f.__module__ not in _overload_registry:
        return []
    mod_dict = _overload_registry[f.__module__]
    if f.__qualname__ not in mod_dict:
        return []
    return list(mod_dict[f.__qualname__].values())


def clear_overloads():
    """Clear all overloads in the registry."""
    _overload_registry.clear()


def final(f):
    """Decorator to indicate final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    """Indicate that a method is intended to override a method in a base class."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, '__qualname__')
                    or obj.__qualname__ != f'{arg.__qualname__}.{obj.__name__}'
                    or getattr(obj, '__module__', None) != arg.__module__):
                continue
            if isinstance(obj, types.FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, types.MethodType):
                obj.__func__.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    import warnings
    warnings._deprecated("typing.no_type_check_decorator", remove=(3, 15))

    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    """Decorator to mark an object as providing dataclass-like behaviour."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "frozen_default": frozen_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    __call__ = staticmethod(lambda x, /: x)

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        def_mod = _caller()
        if def_mod != 'typing':
            self.__module__ = def_mod

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`")
        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _caller(depth=2, default='__main__'):
    # The __name__ of the module whose code is `depth` Python frames up (0: this function).
    try:
        return sys._getframemodulename(depth) or default
    except (AttributeError, ValueError):
        return default


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, types.GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, Union):
        return Union
    origin = getattr(type(tp), '__name__', None) == '_GenericAlias' and getattr(tp, '__origin__', None)
    return origin or None


def _should_unflatten_callable_args(typ, args):
    return typ.__origin__ is collections.abc.Callable and not (len(args) == 2 and _is_param_expr(args[0]))


def get_args(tp):
    """The type arguments, with all substitutions performed."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        res = tp.__args__
        if _should_unflatten_callable_args(tp, res):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, Union):
        return tp.__args__
    if getattr(type(tp), '__name__', None) == '_GenericAlias':
        return tp.__args__
    return ()


def evaluate_forward_ref(forward_ref, *, owner=None, globals=None, locals=None,
                         type_params=None, format=None):
    """Evaluate a forward reference as a type hint."""
    if format is None:
        format = annotationlib.Format.VALUE
    if format == annotationlib.Format.STRING:
        return forward_ref.__forward_arg__
    value = forward_ref.evaluate(globals=globals, locals=locals, type_params=type_params,
                                 owner=owner, format=format)
    if value is forward_ref:
        return value
    return _eval_type(value, globals, locals, (), format)


def _eval_type(t, globalns, localns, seen=(), format=1):
    """Evaluates forward references in `t`, recursively."""
    if isinstance(t, str):
        t = ForwardRef(t)
    if isinstance(t, ForwardRef):
        if t.__forward_arg__ in seen:
            return t
        value = t.evaluate(globals=globalns, locals=localns, format=format)
        if value is t:
            # FORWARDREF format: a name still undefined stays a forward reference.
            return t
        return _eval_type(_type_convert(value), globalns, localns, seen + (t.__forward_arg__,), format)
    if isinstance(t, Union):
        return Union[tuple(_eval_type(a, globalns, localns, seen, format) for a in t.__args__)]
    if isinstance(t, types.GenericAlias):
        args = tuple(_eval_type(_type_convert(a) if isinstance(a, str) else a, globalns, localns, seen, format)
                     for a in t.__args__)
        if args == t.__args__:
            return t
        return types.GenericAlias(t.__origin__, args)
    if isinstance(t, _AnnotatedAlias):
        inner = _eval_type(t.__origin__, globalns, localns, seen, format)
        return t if inner is t.__origin__ else _AnnotatedAlias(inner, t.__metadata__)
    if isinstance(t, _GenericAlias):
        args = tuple(_eval_type(a, globalns, localns, seen, format) if not isinstance(a, (list, tuple)) else
                     type(a)(_eval_type(x, globalns, localns, seen, format) for x in a)
                     for a in t.__args__)
        if args == t.__args__:
            return t
        if isinstance(t, _CallableGenericAlias):
            return t.copy_with(args)
        return t.copy_with(args)
    return t


def _strip_annotations(t):
    """Removes Annotated, Required, NotRequired and ReadOnly from `t`, recursively."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired, ReadOnly):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        return t if stripped == t.__args__ else t.copy_with(stripped)
    if isinstance(t, types.GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        return t if stripped == t.__args__ else types.GenericAlias(t.__origin__, stripped)
    if isinstance(t, Union):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        return t if stripped == t.__args__ else Union[stripped]
    return t


def _own_annotations(obj, format=1):
    # A class's annotations are its own (3.14), not its bases'.
    try:
        return annotationlib.get_annotations(obj, format=format)
    except TypeError:
        if format == annotationlib.Format.VALUE:
            return dict(getattr(obj, '__annotations__', None) or {})
        raise


def get_type_hints(obj, globalns=None, localns=None, include_extras=False, *, format=None):
    """Type hints of a module, class, method or function, with forward references evaluated."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if format is None:
        format = annotationlib.Format.VALUE
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = _own_annotations(base, format) if base is not object else {}
            if format == annotationlib.Format.STRING:
                hints.update(ann)
                continue
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
                merged = dict(base_locals)
                merged.update(base_globals)
                base_globals, base_locals = merged, None
            type_params = getattr(base, '__type_params__', ())
            if type_params:
                base_locals = dict(base_locals or {})
                for p in type_params:
                    base_locals.setdefault(p.__name__, p)
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = _make_forward_ref(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals, (), format)
        if include_extras or format == annotationlib.Format.STRING:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}

    if isinstance(obj, types.ModuleType):
        ann = annotationlib.get_annotations(obj, format=format)
        if format == annotationlib.Format.STRING:
            return ann
        if globalns is None:
            globalns = obj.__dict__
    else:
        if not (callable(obj) or hasattr(obj, '__annotations__')):
            raise TypeError(f"{obj!r} does not have annotations")
        ann = _own_annotations(obj, format)
        if format == annotationlib.Format.STRING:
            return ann
        if globalns is None:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
            type_params = getattr(nsobj, '__type_params__', ())
            if type_params:
                localns = dict(localns or {})
                for p in type_params:
                    localns.setdefault(p.__name__, p)
    if localns is None:
        localns = globalns
    elif globalns is None:
        globalns = localns
    hints = {}
    for name, value in ann.items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = _make_forward_ref(value, is_argument=not isinstance(obj, types.ModuleType), is_class=False)
        hints[name] = _eval_type(value, globalns, localns, (), format)
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}


from _typing_classes import (EXCLUDED_ATTRIBUTES, NamedTupleMeta, Protocol, runtime_checkable, get_protocol_members, is_protocol,
                             NamedTuple, TypedDict, is_typeddict,
                             SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes,
                             SupportsIndex, SupportsAbs, SupportsRound,
                             IO, TextIO, BinaryIO)

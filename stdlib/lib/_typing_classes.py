"""The class-building parts of `typing`: Protocol (with runtime_checkable), NamedTuple,
TypedDict, the Supports* protocols and IO/TextIO/BinaryIO. Imported by `typing` at the end of
its body and re-exported there; everything here reports `__module__ == 'typing'`."""

import abc
import collections
import functools
import sys
import types

from typing import (Generic, TypeVar, _GenericAlias, _type_check, _type_convert, _caller,
                    _collect_type_parameters, _eval_type, ForwardRef, _strip_annotations,
                    Required, NotRequired, ReadOnly, _AnnotatedAlias, AnyStr, T_co)

__module__ = 'typing'

# -- Protocol --------------------------------------------------------------------------------

# Names a protocol class body may define that are not protocol members.
EXCLUDED_ATTRIBUTES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__match_args__', '__static_attributes__', '__firstlineno__', '__annotate__',
    '__annotate_func__', '__annotations_cache__', '__parameters__', '__orig_bases__',
    '__orig_class__', '_is_protocol', '_is_runtime_protocol', '__protocol_attrs__',
    '__non_callable_proto_members__', '__type_params__', '_MutableMapping__marker',
})
# Class-namespace entries that ophis keeps and CPython's type() removes.
_SPECIAL_NAMES = EXCLUDED_ATTRIBUTES | {'__qualname__', '__classdictcell__', '__classcell__'}


def _protocol_attrs(cls):
    """The members a protocol requires: names its protocol bases define or annotate."""
    attrs = set()
    for base in cls.__mro__[:-1]:  # without object
        if base.__name__ in {'Protocol', 'Generic'}:
            continue
        annotations = base.__dict__.get('__annotations__', None)
        if annotations is None and ('__annotate_func__' in base.__dict__ or '__annotate__' in base.__dict__):
            try:
                annotations = base.__annotations__
            except Exception:
                annotations = {}
        for attr in (*base.__dict__, *(annotations or {})):
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
    return attrs


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    # A concrete subclass of a protocol: find the first __init__ that is not this one.
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


def _allow_reckless_class_checks(depth=3):
    # isinstance() checks that abc and functools make on our behalf are allowed.
    return _caller(depth, None) in {'abc', 'functools', None}


class _ProtocolMeta(abc.ABCMeta):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        if name == "Protocol" and bases == (Generic,):
            pass
        elif Protocol in bases:
            for base in bases:
                if not (base in {object, Generic}
                        or base.__name__ in _PROTO_ALLOWLIST.get(base.__module__, [])
                        or (issubclass(base, Generic) and getattr(base, "_is_protocol", False))):
                    raise TypeError(f"Protocols can only inherit from other protocols, got {base!r}")
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __init__(cls, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if getattr(cls, "_is_protocol", False):
            cls.__protocol_attrs__ = _protocol_attrs(cls)

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if getattr(cls, '_is_protocol', False) and not _allow_reckless_class_checks():
            if not getattr(cls, '_is_runtime_protocol', False):
                _type_check_issubclass_arg_1(other)
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if cls.__non_callable_proto_members__ and cls.__dict__.get("__subclasshook__") is _proto_hook:
                _type_check_issubclass_arg_1(other)
                non_method_attrs = sorted(cls.__non_callable_proto_members__)
                raise TypeError("Protocols with non-method members don't support issubclass()."
                                f" Non-method members: {str(non_method_attrs)[1:-1]}.")
        return abc.ABCMeta.__subclasscheck__(cls, other)

    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, "_is_protocol", False):
            return abc.ABCMeta.__instancecheck__(cls, instance)
        if not getattr(cls, '_is_runtime_protocol', False) and not _allow_reckless_class_checks():
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if abc.ABCMeta.__instancecheck__(cls, instance):
            return True
        for attr in cls.__protocol_attrs__:
            try:
                val = _static_lookup(instance, attr)
            except AttributeError:
                break
            if val is None and attr not in cls.__non_callable_proto_members__:
                break
        else:
            return True
        return False


def _static_lookup(obj, attr):
    """The attribute as found without running descriptors or __getattr__ (inspect.getattr_static)."""
    try:
        d = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        d = {}
    if attr in d:
        return d[attr]
    for klass in type(obj).__mro__:
        if attr in klass.__dict__:
            return klass.__dict__[attr]
    raise AttributeError(attr)


def _type_check_issubclass_arg_1(arg):
    if not isinstance(arg, type):
        raise TypeError('issubclass() arg 1 must be a class')


@classmethod
def _proto_hook(cls, other):
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    for attr in cls.__protocol_attrs__:
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
            annotations = getattr(base, '__annotations__', {})
            if (isinstance(annotations, collections.abc.Mapping) and attr in annotations
                    and getattr(base, '_is_protocol', False)):
                break
        else:
            return NotImplemented
    return True


_PROTO_ALLOWLIST = {
    'collections.abc': [
        'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable', 'AsyncIterator',
        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible', 'Buffer',
    ],
    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager'],
    'io': ['Reader', 'Writer'],
    'os': ['PathLike'],
}


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping, PEP 544)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Protocol:
            if not params:
                raise TypeError("Parameter list to Protocol[...] cannot be empty")
            if not all(isinstance(p, (TypeVar, typing_ParamSpec(), typing_TypeVarTuple())) for p in params):
                raise TypeError("Parameters to Protocol[...] must all be type variables "
                                "or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError("Parameters to Protocol[...] must all be unique")
            return _GenericAlias(cls, params)
        return super().__class_getitem__(params)


def typing_ParamSpec():
    import typing
    return typing.ParamSpec


def typing_TypeVarTuple():
    import typing
    return typing.TypeVarTuple


Protocol.__module__ = 'typing'


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol (usable with isinstance/issubclass)."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    cls.__non_callable_proto_members__ = set()
    for attr in cls.__protocol_attrs__:
        try:
            is_callable = callable(getattr(cls, attr, None))
        except Exception as e:
            raise TypeError(f"Failed to determine whether protocol member {attr!r} "
                            "is a method member") from e
        else:
            if not is_callable:
                cls.__non_callable_proto_members__.add(attr)
    return cls


def is_protocol(tp, /):
    """Whether the given object is a typing.Protocol class."""
    return isinstance(tp, type) and getattr(tp, '_is_protocol', False) and tp is not Protocol


def get_protocol_members(tp, /):
    """The frozenset of members a Protocol class defines."""
    if not is_protocol(tp):
        raise TypeError(f'{tp!r} is not a Protocol')
    return frozenset(tp.__protocol_attrs__)


@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()

    @abc.abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()

    @abc.abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()

    @abc.abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()

    @abc.abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()

    @abc.abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs[T](Protocol):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""
    __slots__ = ()

    @abc.abstractmethod
    def __abs__(self) -> T:
        pass


@runtime_checkable
class SupportsRound[T](Protocol):
    """An ABC with one abstract method __round__ that is covariant in its return type."""
    __slots__ = ()

    @abc.abstractmethod
    def __round__(self, ndigits: int = 0) -> T:
        pass


for _cls in (SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes, SupportsIndex,
             SupportsAbs, SupportsRound):
    _cls.__module__ = 'typing'


# -- IO --------------------------------------------------------------------------------------

class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""

    __slots__ = ()

    @property
    @abc.abstractmethod
    def mode(self) -> str:
        pass

    @property
    @abc.abstractmethod
    def name(self) -> str:
        pass

    @abc.abstractmethod
    def close(self) -> None:
        pass

    @property
    @abc.abstractmethod
    def closed(self) -> bool:
        pass

    @abc.abstractmethod
    def fileno(self) -> int:
        pass

    @abc.abstractmethod
    def flush(self) -> None:
        pass

    @abc.abstractmethod
    def isatty(self) -> bool:
        pass

    @abc.abstractmethod
    def read(self, n: int = -1) -> AnyStr:
        pass

    @abc.abstractmethod
    def readable(self) -> bool:
        pass

    @abc.abstractmethod
    def readline(self, limit: int = -1) -> AnyStr:
        pass

    @abc.abstractmethod
    def readlines(self, hint: int = -1) -> list[AnyStr]:
        pass

    @abc.abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int:
        pass

    @abc.abstractmethod
    def seekable(self) -> bool:
        pass

    @abc.abstractmethod
    def tell(self) -> int:
        pass

    @abc.abstractmethod
    def truncate(self, size: int = None) -> int:
        pass

    @abc.abstractmethod
    def writable(self) -> bool:
        pass

    @abc.abstractmethod
    def write(self, s: AnyStr) -> int:
        pass

    @abc.abstractmethod
    def writelines(self, lines: list[AnyStr]) -> None:
        pass

    @abc.abstractmethod
    def __enter__(self) -> 'IO[AnyStr]':
        pass

    @abc.abstractmethod
    def __exit__(self, type, value, traceback) -> None:
        pass


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""

    __slots__ = ()

    @abc.abstractmethod
    def write(self, s: bytes | bytearray) -> int:
        pass

    @abc.abstractmethod
    def __enter__(self) -> 'BinaryIO':
        pass


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""

    __slots__ = ()

    @property
    @abc.abstractmethod
    def buffer(self) -> BinaryIO:
        pass

    @property
    @abc.abstractmethod
    def encoding(self) -> str:
        pass

    @property
    @abc.abstractmethod
    def errors(self) -> str | None:
        pass

    @property
    @abc.abstractmethod
    def line_buffering(self) -> bool:
        pass

    @property
    @abc.abstractmethod
    def newlines(self):
        pass

    @abc.abstractmethod
    def __enter__(self) -> 'TextIO':
        pass


for _cls in (IO, BinaryIO, TextIO):
    _cls.__module__ = 'typing'
del _cls


# -- NamedTuple ------------------------------------------------------------------------------

def _class_annotations(ns):
    """The annotations a class body made, evaluated (`ns` is the body's namespace)."""
    if '__annotations__' in ns:
        return dict(ns['__annotations__'])
    annotate = ns.get('__annotate_func__') or ns.get('__annotate__')
    if annotate is None:
        return {}
    try:
        return dict(annotate(1))
    except NameError:
        # Forward references to names not defined yet: keep them as strings.
        return {k: ForwardRef(v) if isinstance(v, str) else v for k, v in annotate(4).items()}


_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__', '__annotate__',
                      '__annotate_func__', '__annotations_cache__'})


def _make_nmtuple(name, fields, annotate_types, module, defaults=()):
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = dict(annotate_types)
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        assert _NamedTuple in bases
        if "__classcell__" in ns:
            raise TypeError("uses of super() and __class__ are unsupported in methods of NamedTuple subclasses")
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        bases = tuple(tuple if base is _NamedTuple else base for base in bases)
        types_ = _class_annotations(ns)
        msg = "NamedTuple('Name', [(f0, t0), (f1, t1), ...]); each t must be a type"
        types_ = {n: _type_check(t, msg, module=ns['__module__']) for n, t in types_.items()}
        default_names = []
        for field_name in types_:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types_.keys(), types_, ns['__module__'],
                               defaults=[ns[n] for n in default_names])
        if bases != (tuple,):
            # A generic named tuple: the same class body over (tuple, Generic), made with its
            # __orig_bases__ so that Generic collects the type parameters.
            body = {k: v for k, v in nm_tpl.__dict__.items() if k not in ('__dict__', '__weakref__')}
            body['__orig_bases__'] = ns.get('__orig_bases__', bases)
            nm_tpl = type(typename, bases, body)
        for key, val in ns.items():
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special:
                if key not in nm_tpl._fields:
                    setattr(nm_tpl, key, val)
                try:
                    set_name = type(val).__set_name__
                except AttributeError:
                    pass
                else:
                    set_name(val, nm_tpl, key)
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class syntax (class P(NamedTuple): x: int) or
    functional syntax (NamedTuple('P', [('x', int)]))."""
    if fields is None:
        if kwargs:
            import warnings
            warnings.warn("Creating NamedTuple classes using keyword arguments is deprecated and "
                          "will be disallowed in Python 3.15. Use the class-based or functional "
                          "syntax instead.", DeprecationWarning, stacklevel=2)
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    msg = "NamedTuple('Name', [(f0, t0), (f1, t1), ...]); each t must be a type"
    module = _caller()
    types_ = {n: _type_check(t, msg, module=module) for n, t in fields}
    nt = _make_nmtuple(typename, types_.keys(), types_, module=module)
    nt.__orig_bases__ = (NamedTuple,)
    return nt


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    assert NamedTuple in bases
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries
NamedTuple.__module__ = 'typing'


# -- TypedDict -------------------------------------------------------------------------------

def _unwrap_qualifiers(tp):
    """The qualifiers (Required, NotRequired, ReadOnly) around a TypedDict item's type."""
    qualifiers = set()
    while True:
        if isinstance(tp, _AnnotatedAlias):
            tp = tp.__origin__
        elif isinstance(tp, _GenericAlias) and tp.__origin__ in (Required, NotRequired, ReadOnly):
            qualifiers.add(tp.__origin__)
            tp = tp.__args__[0]
        else:
            return qualifiers


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        if any(issubclass(b, Generic) for b in bases):
            generic_base = (Generic,)
        else:
            generic_base = ()
        ns_annotations = _class_annotations(ns)
        for key in ('__annotations__', '__annotate__', '__annotate_func__', '__annotations_cache__'):
            ns.pop(key, None)
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic_base, dict), ns)
        if not hasattr(tp_dict, '__orig_bases__'):
            tp_dict.__orig_bases__ = bases

        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own_annotations = {n: _type_check(tp, msg, module=tp_dict.__module__)
                           for n, tp in ns_annotations.items()}
        annotations = {}
        required_keys = set()
        optional_keys = set()
        readonly_keys = set()
        mutable_keys = set()
        for base in bases:
            annotations.update(getattr(base, '__annotations__', {}))
            required_keys |= base.__dict__.get('__required_keys__', set())
            optional_keys |= base.__dict__.get('__optional_keys__', set())
            readonly_keys |= base.__dict__.get('__readonly_keys__', set())
            mutable_keys |= base.__dict__.get('__mutable_keys__', set())
        annotations.update(own_annotations)
        for annotation_key, annotation_type in own_annotations.items():
            qualifiers = _unwrap_qualifiers(annotation_type)
            if Required in qualifiers:
                is_required = True
            elif NotRequired in qualifiers:
                is_required = False
            else:
                is_required = total
            if is_required:
                required_keys.add(annotation_key)
                optional_keys.discard(annotation_key)
            else:
                optional_keys.add(annotation_key)
                required_keys.discard(annotation_key)
            if ReadOnly in qualifiers:
                if annotation_key in mutable_keys:
                    raise TypeError(f"Cannot override mutable key {annotation_key!r}"
                                    " with read-only key")
                readonly_keys.add(annotation_key)
            else:
                mutable_keys.add(annotation_key)
                readonly_keys.discard(annotation_key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        tp_dict.__readonly_keys__ = frozenset(readonly_keys)
        tp_dict.__mutable_keys__ = frozenset(mutable_keys)
        tp_dict.__total__ = total
        return tp_dict

    __call__ = dict  # instances of a TypedDict are plain dicts

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True):
    """A simple typed namespace; at runtime it is a plain dict."""
    if fields is None:
        fields = {}
    ns = {'__annotations__': dict(fields)}
    module = _caller()
    if module is not None:
        ns['__module__'] = module
    td = _TypedDictMeta(typename, (), ns, total=total)
    td.__orig_bases__ = (TypedDict,)
    return td


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)
TypedDict.__module__ = 'typing'


def is_typeddict(tp):
    """Whether the given class was made by TypedDict."""
    return isinstance(tp, _TypedDictMeta)

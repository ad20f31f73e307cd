"""Data classes (PEP 557): the @dataclass decorator reads a class's annotated fields and adds
__init__, __repr__, comparisons, hashing, frozen-ness and __match_args__; plus field(),
fields(), asdict()/astuple(), replace() and make_dataclass().

The generated methods are compiled from source text, as CPython does, so their signatures,
defaults and qualified names are those of hand-written methods.

Annotations are read with annotationlib.get_annotations(cls, format=FORWARDREF), as in
CPython 3.14: a forward reference to a name not yet defined becomes a ForwardRef.
"""

import sys
import copy
import types
import keyword
import itertools
import abc
import annotationlib
from _thread import get_ident as _get_ident

__all__ = ['dataclass',
           'field',
           'Field',
           'FrozenInstanceError',
           'InitVar',
           'KW_ONLY',
           'MISSING',

           # Helper functions.
           'fields',
           'asdict',
           'astuple',
           'make_dataclass',
           'replace',
           'is_dataclass',
           ]


class FrozenInstanceError(AttributeError): pass


class _HAS_DEFAULT_FACTORY_CLASS:
    # The default of an __init__ parameter whose field has a default_factory.
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    # The three kinds of annotated names: real fields, ClassVars and InitVars.
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'

# Values asdict()/astuple() return as they are instead of deep-copying them.
_ATOMIC_TYPES = frozenset({
    types.NoneType, bool, int, float, str, complex, bytes,
    types.EllipsisType, types.NotImplementedType, types.CodeType,
    types.BuiltinFunctionType, types.FunctionType, type, range, property,
})


def _recursive_repr(method):
    # A repr that shows '...' when it reaches the same object again in the same thread.
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
    wrapper.__doc__ = method.__doc__
    wrapper.__wrapped__ = method
    return wrapper


class InitVar:
    __slots__ = ('type', )

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name',
                 'type',
                 'default',
                 'default_factory',
                 'repr',
                 'hash',
                 'init',
                 'compare',
                 'metadata',
                 'kw_only',
                 'doc',
                 '_field_type',  # Private: not to be used by user code.
                 )

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only, doc):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self.doc = doc
        self._field_type = None

    @_recursive_repr
    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'doc={self.doc!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        # The default value is a class attribute too: let it know its name (PEP 487).
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen',
                 'match_args', 'kw_only', 'slots', 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen,
                 match_args, kw_only, slots, weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    def __repr__(self):
        return '_DataclassParams(' + ','.join(
            f'{name}={getattr(self, name)!r}' for name in self.__slots__) + ')'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING, doc=None):
    """Return an object to identify dataclass fields.

    default is the default value of the field.  default_factory is a
    0-argument function called to initialize a field's value.  If init
    is true, the field will be a parameter to the class's __init__()
    function.  If repr is true, the field will be included in the
    object's repr().  If hash is true, the field will be included in the
    object's hash().  If compare is true, the field will be used in
    comparison functions.  metadata, if specified, must be a mapping
    which is stored but not otherwise examined by dataclass.  If kw_only
    is true, the field will become a keyword-only parameter to
    __init__().  doc is an optional docstring for this field.

    It is an error to specify both default and default_factory.
    """
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only, doc)


# ---- classifying annotations ----

def _leading_identifier(text):
    """The identifier at the start of `text` after whitespace, and the rest of the text."""
    text = text.lstrip()
    end = 0
    while end < len(text) and (text[end].isalnum() or text[end] == '_'):
        end += 1
    return text[:end], text[end:]


def _split_dotted_name(text):
    """`(module, name)` for an annotation string that starts with `name` or `module.name`
    (module None for a bare name); None when it does not start with an identifier."""
    first, rest = _leading_identifier(text)
    if not first:
        return None
    rest = rest.lstrip()
    if rest.startswith('.'):
        second, _ = _leading_identifier(rest[1:])
        if second:
            return first, second
    return None, first


def _is_classvar(a_type, typing):
    if a_type is typing.ClassVar:
        return True
    get_origin = getattr(typing, 'get_origin', None)
    return get_origin is not None and get_origin(a_type) is typing.ClassVar


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    """Whether the string annotation names `a_type`: as a bare name in the class's module,
    or as `module.name` where `module` is bound to `a_module` there."""
    parts = _split_dotted_name(annotation)
    if parts is None:
        return False
    module_name, name = parts
    ns = None
    module = sys.modules.get(cls.__module__)
    if not module_name:
        ns = module.__dict__ if module else None
    elif module and module.__dict__.get(module_name) is a_module:
        ns = sys.modules.get(a_type.__module__).__dict__
    return bool(ns) and is_type_predicate(ns.get(name), a_module)


def _get_field(cls, a_name, a_type, default_kw_only):
    # The Field for annotated name a_name: the class attribute if it is a Field, else one
    # made from the plain default (a __slots__ member descriptor is no default).
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    typing = sys.modules.get('typing')
    if typing and getattr(typing, 'ClassVar', None) is not None:
        if (_is_classvar(a_type, typing)
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, typing, typing.ClassVar, _is_classvar))):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        dataclasses = sys.modules[__name__]
        if (_is_initvar(a_type, dataclasses)
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, dataclasses, dataclasses.InitVar, _is_initvar))):
            f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR) and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only
    # Unhashable defaults (list, dict, set, ...) would be shared by every instance.
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _own_annotations(cls):
    # Only the class's own annotations (3.14's type.__annotations__ does not inherit).
    return annotationlib.get_annotations(cls, format=annotationlib.Format.FORWARDREF)


# ---- generating methods ----

class _MethodSource:
    """Source text of the methods to add to one class, compiled together by one exec."""

    def __init__(self, globals):
        self.globals = globals
        self.names = []
        self.sources = []
        self.locals = {}
        self.overwrite_errors = {}
        self.unconditional = set()
        self.annotations = {}

    def add(self, name, params, body, *, locals=None, return_type=MISSING,
            overwrite_error=False, unconditional=False, decorator=None,
            annotation_fields=None):
        if locals:
            self.locals.update(locals)
        if overwrite_error:
            self.overwrite_errors[name] = overwrite_error
        if unconditional:
            self.unconditional.add(name)
        if annotation_fields is not None:
            self.annotations[name] = (annotation_fields, return_type)
        self.names.append(name)
        head = f' {decorator}\n' if decorator else ''
        self.sources.append(f'{head} def {name}({",".join(params)}):\n' + '\n'.join(body))

    def install(self, cls):
        # The helpers the bodies use are parameters of one outer function, so the methods
        # see them as closure variables rather than module globals.
        outer_params = ','.join(self.locals)
        returned = f'({",".join(self.names)},)' if self.names else '()'
        text = (f'def __create_fn__({outer_params}):\n' + '\n'.join(self.sources)
                + f'\n return {returned}')
        namespace = {}
        exec(text, self.globals, namespace)
        functions = namespace['__create_fn__'](**self.locals)
        for name, fn in zip(self.names, functions):
            fn.__qualname__ = f'{cls.__qualname__}.{fn.__name__}'
            if name in self.annotations:
                fields, return_type = self.annotations[name]
                fn.__annotate__ = _annotate_function(cls, name, fields, return_type)
            if name in self.unconditional:
                setattr(cls, name, fn)
            elif _set_new_attribute(cls, name, fn):
                extra = self.overwrite_errors.get(name)
                if extra:
                    message = f'Cannot overwrite attribute {fn.__name__} in class {cls.__name__}'
                    if extra is not True:
                        message = f'{message} {extra}'
                    raise TypeError(message)


def _annotate_function(cls, method_name, annotation_fields, return_type):
    # A generated method's __annotate__: the field types as the classes of the MRO declare
    # them (read when asked, as annotations are lazy).
    def __annotate__(format, /):
        if format not in (1, 3, 4):
            raise NotImplementedError(format)
        merged = {}
        for base in reversed(cls.__mro__):
            if base is object:
                continue
            merged.update(annotationlib.get_annotations(base, format=format))
        result = {k: merged[k] for k in annotation_fields if k in merged}
        if return_type is not MISSING:
            result['return'] = (annotationlib.type_repr(return_type) if format == 4
                                else return_type)
        return result
    __annotate__.__generated_by_dataclasses__ = True
    __annotate__.__qualname__ = f'{cls.__qualname__}.{method_name}.__annotate__'
    return __annotate__


def _format_annotation(annotation):
    forward = getattr(annotation, '__forward_arg__', None)
    if isinstance(forward, str):
        return forward
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    if annotation is None:
        return 'None'
    return repr(annotation)


def _set_new_attribute(cls, name, value):
    # Adds the attribute unless the class defines it itself; says whether it did.
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _tuple_str(obj_name, fields):
    if not fields:
        return '()'
    return '(' + ','.join(f'{obj_name}.{f.name}' for f in fields) + ',)'


def _field_assign(frozen, name, value, self_name):
    if frozen:
        # A frozen class's __setattr__ refuses: go around it.
        return f'  __dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
    return f'  {self_name}.{name}={value}'


def _field_init(f, frozen, locals, self_name, slots):
    """The __init__ line that sets field f, or None when nothing needs setting."""
    default_name = f'__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        locals[default_name] = f.default_factory
        if f.init:
            value = (f'{default_name}() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ '
                     f'else {f.name}')
        else:
            value = f'{default_name}()'
    elif f.init:
        if f.default is not MISSING:
            locals[default_name] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        # With __slots__ the class attribute holding the default is gone.
        locals[default_name] = f.default
        value = default_name
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is not MISSING:
        return f'{f.name}=__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        return f'{f.name}=__dataclass_HAS_DEFAULT_FACTORY__'
    return f.name


def _add_init(source, fields, std_fields, kw_only_fields, frozen, has_post_init,
              self_name, slots):
    seen_default = None
    for f in std_fields:
        if not f.init:
            continue
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = f
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} '
                            f'follows default argument {seen_default.name!r}')
    locals = {'__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
              '__dataclass_builtins_object__': object}
    body = [line for f in fields
            if (line := _field_init(f, frozen, locals, self_name, slots))]
    if has_post_init:
        initvars = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f'  {self_name}.{_POST_INIT_NAME}({initvars})')
    params = [self_name] + [_init_param(f) for f in std_fields]
    if kw_only_fields:
        params += ['*'] + [_init_param(f) for f in kw_only_fields]
    source.add('__init__', params, body or ['  pass'], locals=locals, return_type=None,
               annotation_fields=[f.name for f in fields if f.init])


def _add_frozen_setattr(cls, fields, source):
    locals = {'__class__': cls, 'FrozenInstanceError': FrozenInstanceError}
    condition = 'type(self) is __class__'
    if fields:
        condition += ' or name in {' + ', '.join(repr(f.name) for f in fields) + '}'
    source.add('__setattr__', ('self', 'name', 'value'),
               (f'  if {condition}:',
                '   raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                '  super(__class__, self).__setattr__(name, value)'),
               locals=locals, overwrite_error=True)
    source.add('__delattr__', ('self', 'name'),
               (f'  if {condition}:',
                '   raise FrozenInstanceError(f"cannot delete field {name!r}")',
                '  super(__class__, self).__delattr__(name)'),
               locals=locals, overwrite_error=True)


def _add_hash(cls, fields, source):
    hashed = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    source.add('__hash__', ('self',), [f'  return hash({_tuple_str("self", hashed)})'],
               unconditional=True)


def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    """What to do about __hash__: None (leave it), 'none' (set to None, unhashable), 'add'
    (generate one) or 'error'. The table of CPython's dataclasses."""
    if unsafe_hash:
        return 'error' if has_explicit_hash else 'add'
    if not eq or has_explicit_hash:
        return None
    return 'add' if frozen else 'none'


def _signature_text(cls):
    """`(x: int, y: int = 0)`: the parameters of cls.__init__ without self, as
    inspect.signature shows them (used for the docstring of an undocumented dataclass)."""
    init = cls.__dict__.get('__init__') if '__init__' in cls.__dict__ else None
    if init is None:
        init = getattr(cls, '__init__', None)
    code = getattr(init, '__code__', None)
    if code is None:
        return '()'
    try:
        annotations = init.__annotations__
    except Exception:
        annotations = {}
    names = code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]
    positional = names[1:code.co_argcount]
    keyword_only = names[code.co_argcount:]
    defaults = init.__defaults__ or ()
    kwdefaults = init.__kwdefaults__ or {}
    first_default = len(positional) - len(defaults)

    def param(name, has_default, default):
        text = name
        if name in annotations:
            text += ': ' + _annotation_text_for_signature(annotations[name])
            if has_default:
                text += ' = ' + repr(default)
        elif has_default:
            text += '=' + repr(default)
        return text

    parts = []
    for i, name in enumerate(positional):
        has = i >= first_default
        parts.append(param(name, has, defaults[i - first_default] if has else None))
    if keyword_only:
        parts.append('*')
        for name in keyword_only:
            parts.append(param(name, name in kwdefaults, kwdefaults.get(name)))
    return '(' + ', '.join(parts) + ')'


def _annotation_text_for_signature(annotation):
    if isinstance(annotation, str):
        return repr(annotation)
    return _format_annotation(annotation)


# ---- the decorator ----

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    fields = {}
    module = sys.modules.get(cls.__module__)
    globals = module.__dict__ if module is not None else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen,
                                           match_args, kw_only, slots, weakref_slot))

    # Fields of dataclass bases, the most basic first, so overriding keeps the base's order.
    any_frozen_base = False
    all_frozen_bases = None
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is None:
            continue
        has_dataclass_bases = True
        for f in base_fields.values():
            fields[f.name] = f
        base_frozen = getattr(base, _PARAMS).frozen
        all_frozen_bases = base_frozen if all_frozen_bases is None else all_frozen_bases and base_frozen
        any_frozen_base = any_frozen_base or base_frozen

    cls_annotations = _own_annotations(cls)
    cls_fields = []
    kw_only_seen = False
    this_module = sys.modules[__name__]
    for name, a_type in cls_annotations.items():
        if (_is_kw_only(a_type, this_module)
                or (isinstance(a_type, str)
                    and _is_type(a_type, cls, this_module, KW_ONLY, _is_kw_only))):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        # A field() stored as the class attribute becomes its default (or goes away).
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    # `__hash__ = None` is what defining __eq__ in the body implies, not a choice.
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = tuple(f for f in all_init_fields if f.init and not f.kw_only)
    kw_only_init_fields = tuple(f for f in all_init_fields if f.init and f.kw_only)

    source = _MethodSource(globals)
    if init:
        _add_init(source, all_init_fields, std_init_fields, kw_only_init_fields, frozen,
                  hasattr(cls, _POST_INIT_NAME),
                  '__dataclass_self__' if 'self' in fields else 'self', slots)

    _set_new_attribute(cls, '__replace__', _replace)

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        shown = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in field_list if f.repr)
        source.add('__repr__', ('self',),
                   ['  return f"{self.__class__.__qualname__}(' + shown + ')"'],
                   locals={'__dataclasses_recursive_repr': _recursive_repr},
                   decorator='@__dataclasses_recursive_repr')

    if eq:
        terms = [f'self.{f.name}==other.{f.name}' for f in field_list if f.compare]
        source.add('__eq__', ('self', 'other'),
                   ['  if self is other:',
                    '   return True',
                    '  if other.__class__ is self.__class__:',
                    f'   return {" and ".join(terms) or "True"}',
                    '  return NotImplemented'])

    if order:
        compared = [f for f in field_list if f.compare]
        mine, theirs = _tuple_str('self', compared), _tuple_str('other', compared)
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            source.add(name, ('self', 'other'),
                       ['  if other.__class__ is self.__class__:',
                        f'   return {mine}{op}{theirs}',
                        '  return NotImplemented'],
                       overwrite_error='Consider using functools.total_ordering')

    if frozen:
        _add_frozen_setattr(cls, field_list, source)

    action = _hash_action(bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)
    if action == 'error':
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    if action == 'none':
        cls.__hash__ = None
    elif action == 'add':
        cls.__hash__ = None
        _add_hash(cls, field_list, source)

    source.install(cls)

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(cls)

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot, fields)

    update = getattr(abc, 'update_abstractmethods', None)
    if update is not None:
        update(cls)
    return cls


# ---- slots=True: the class is rebuilt with __slots__ ----

def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        # Frozen classes refuse setattr: go around it.
        object.__setattr__(self, f.name, value)


def _get_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        # A class without __slots__ has __dict__ and __weakref__ slots.
        if getattr(cls, '__weakrefoffset__', -1) != 0:
            yield '__weakref__'
        if getattr(cls, '__dictoffset__', -1) != 0:
            yield '__dict__'
    elif isinstance(slots, str):
        yield slots
    elif not hasattr(slots, '__next__'):
        yield from slots
    else:
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")


def _update_func_cell_for__class__(f, oldcls, newcls):
    # Methods using super()/__class__ refer to the class through a cell: point it at the
    # rebuilt class. (Cells whose contents cannot be replaced are left as they are.)
    if f is None:
        return False
    try:
        idx = f.__code__.co_freevars.index('__class__')
    except (ValueError, AttributeError):
        return False
    cell = f.__closure__[idx]
    try:
        contents = cell.cell_contents
    except ValueError:
        return False
    if contents is oldcls:
        try:
            cell.cell_contents = newcls
        except AttributeError:
            return False
        return True
    return False


def _add_slots(cls, is_frozen, weakref_slot, defined_fields):
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited_slots = set(itertools.chain.from_iterable(map(_get_slots, cls.__mro__[1:-1])))
    wanted = [name for name in itertools.chain(field_names,
                                               ('__weakref__',) if weakref_slot else ())
              if name not in inherited_slots]
    docs = {name: getattr(defined_fields.get(name), 'doc', None) for name in wanted}
    cls_dict['__slots__'] = docs if any(d is not None for d in docs.values()) else tuple(wanted)
    for name in field_names:
        # The slot descriptors replace the class attributes holding defaults.
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    newcls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        newcls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            newcls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            newcls.__setstate__ = _dataclass_setstate
    for member in newcls.__dict__.values():
        while hasattr(member, '__wrapped__'):
            member = member.__wrapped__
        if isinstance(member, types.FunctionType):
            if _update_func_cell_for__class__(member, cls, newcls):
                break
        elif isinstance(member, property):
            if (_update_func_cell_for__class__(member.fget, cls, newcls)
                    or _update_func_cell_for__class__(member.fset, cls, newcls)
                    or _update_func_cell_for__class__(member.fdel, cls, newcls)):
                break
    return newcls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.

    If init is true, an __init__() method is added to the class. If repr
    is true, a __repr__() method is added. If order is true, rich
    comparison dunder methods are added. If unsafe_hash is true, a
    __hash__() method is added. If frozen is true, fields may not be
    assigned to after instance creation. If match_args is true, the
    __match_args__ tuple is added. If kw_only is true, then by default
    all fields are keyword-only. If slots is true, a new class with a
    __slots__ attribute is returned.
    """
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


# ---- helpers on dataclasses and their instances ----

def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass.

    Accepts a dataclass or an instance of one. Tuple elements are of
    type Field.
    """
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a
    dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values.

    Example usage::

      @dataclass
      class C:
          x: int
          y: int

      c = C(1, 2)
      assert asdict(c) == {'x': 1, 'y': 2}

    If given, 'dict_factory' will be used instead of built-in dict.
    The function applies recursively to field values that are
    dataclass instances. This will also look into built-in containers:
    tuples, lists, and dicts. Other objects are copied with 'copy.deepcopy()'.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    obj_type = type(obj)
    if obj_type in _ATOMIC_TYPES:
        return obj
    if hasattr(obj_type, _FIELDS):
        pairs = [(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)]
        return dict(pairs) if dict_factory is dict else dict_factory(pairs)
    return _copy_container(obj, obj_type, lambda v: _asdict_inner(v, dict_factory))


def _copy_container(obj, obj_type, convert):
    # Rebuild lists, tuples (named ones by field) and dicts (defaultdicts keep their
    # factory) with converted items; deep-copy anything else.
    if obj_type is list:
        return [convert(v) for v in obj]
    if obj_type is dict:
        return {convert(k): convert(v) for k, v in obj.items()}
    if obj_type is tuple:
        return tuple([convert(v) for v in obj])
    if issubclass(obj_type, tuple):
        if hasattr(obj, '_fields'):
            return obj_type(*[convert(v) for v in obj])
        return obj_type(convert(v) for v in obj)
    if issubclass(obj_type, dict):
        if hasattr(obj_type, 'default_factory'):
            result = obj_type(obj.default_factory)
            for k, v in obj.items():
                result[convert(k)] = convert(v)
            return result
        return obj_type((convert(k), convert(v)) for k, v in obj.items())
    if issubclass(obj_type, list):
        return obj_type(convert(v) for v in obj)
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values.

    Example usage::

      @dataclass
      class C:
          x: int
          y: int

      c = C(1, 2)
      assert astuple(c) == (1, 2)

    If given, 'tuple_factory' will be used instead of built-in tuple.
    The function applies recursively to field values that are
    dataclass instances. This will also look into built-in containers:
    tuples, lists, and dicts. Other objects are copied with 'copy.deepcopy()'.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if type(obj) in _ATOMIC_TYPES:
        return obj
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    convert = lambda v: _astuple_inner(v, tuple_factory)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[convert(v) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(convert(v) for v in obj)
    if isinstance(obj, dict):
        obj_type = type(obj)
        if hasattr(obj_type, 'default_factory'):
            result = obj_type(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                result[convert(k)] = convert(v)
            return result
        return obj_type((convert(k), convert(v)) for k, v in obj.items())
    return copy.deepcopy(obj)


class _AnyForwardRef:
    # Stands for `typing.Any` in make_dataclass when the typing module is not available.
    __forward_arg__ = 'Any'
    __forward_module__ = 'typing'

    def __repr__(self):
        return "ForwardRef('Any', module='typing')"


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None, decorator=dataclass):
    """Return a new dynamically created dataclass.

    The dataclass name will be 'cls_name'.  'fields' is an iterable
    of either (name), (name, type) or (name, type, Field) objects. If type is
    omitted, use the string 'typing.Any'.  Field objects are created by
    the equivalent of calling 'field(name, type [, Field-info])'.::

      C = make_dataclass('C', ['x', ('y', int), ('z', int, field(init=False))], bases=(Base,))

    is equivalent to::

      @dataclass
      class C(Base):
          x: 'typing.Any'
          y: int
          z: int = field(init=False)

    For the bases and namespace parameters, see the builtin type() function.

    The parameters init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
    slots, and weakref_slot are passed to dataclass().

    If module parameter is defined, the '__module__' attribute of the dataclass is
    set to that value.
    """
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, None
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        if isinstance(item, str):
            typing = sys.modules.get('typing')
            tp = getattr(typing, 'Any', None) or _AnyForwardRef()
        annotations[name] = tp

    def exec_body(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body)
    if module is None:
        try:
            module = sys._getframemodulename(1) or '__main__'
        except AttributeError:
            try:
                module = sys._getframe(1).f_globals.get('__name__', '__main__')
            except (AttributeError, ValueError):
                pass
    if module is not None:
        cls.__module__ = module
    return decorator(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values.

    This is especially useful for frozen classes.  Example usage::

      @dataclass(frozen=True)
      class C:
          x: int
          y: int

      c = C(1, 2)
      c1 = replace(c, x=3)
      assert c1.x == 3 and c1.y == 2
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    return _replace(obj, **changes)


def _replace(self, /, **changes):
    # Fields not changed are copied from self; init=False fields are left to __init__ and
    # __post_init__, so they cannot be changed here.
    for f in getattr(self, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise TypeError(f'field {f.name} is declared with init=False, '
                                f'it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(self, f.name)
    return self.__class__(**changes)

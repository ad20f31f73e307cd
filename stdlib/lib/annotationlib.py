"""Introspection of annotations (PEP 649 / PEP 749): the `Format`s an `__annotate__` function
can be asked for, `ForwardRef`, and `get_annotations` / `call_annotate_function`.

How FORWARDREF and STRING work here: compiler-generated `__annotate__` functions only support
VALUE, so (as CPython does) their code is re-run as a new function whose globals are a dict
subclass, `_FakeGlobals`, whose `__missing__` hands out `_Stringifier`s for names that are not
defined. A stringifier records the source text of every operation applied to it (attribute,
subscript, call, operators), so the annotation's value comes out as a ForwardRef (FORWARDREF)
or as source text (STRING). Limits: names held in closure cells (annotations inside a function
body that use the function's locals) are read as they are.
"""

import builtins
import enum
import keyword
import sys

__all__ = [
    'Format', 'ForwardRef', 'call_annotate_function', 'call_evaluate_function',
    'get_annotate_from_class_namespace', 'get_annotations', 'annotations_to_string', 'type_repr',
]


class Format(enum.IntEnum):
    VALUE = 1
    VALUE_WITH_FAKE_GLOBALS = 2
    FORWARDREF = 3
    STRING = 4


_function_type = type(lambda: None)
_code_type = type((lambda: None).__code__)
_module_type = type(sys)


def _cell_type_of_a_closure():
    contents = None
    return type((lambda: contents).__closure__[0])


_cell_type = _cell_type_of_a_closure()


class ForwardRef:
    """Wrapper that holds a forward reference."""

    __slots__ = ('__forward_arg__', '__forward_module__', '__forward_is_argument__',
                 '__forward_is_class__', '__owner__', '__globals__', '__code__',
                 '__stringifier_dict__')

    def __init__(self, arg, *, module=None, owner=None, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module
        self.__forward_is_argument__ = True
        self.__forward_is_class__ = is_class
        self.__owner__ = owner
        self.__globals__ = None
        self.__code__ = None
        self.__stringifier_dict__ = None

    def __init_subclass__(cls, /, *args, **kwds):
        raise TypeError("Cannot subclass ForwardRef")

    def evaluate(self, *, globals=None, locals=None, type_params=None, owner=None,
                 format=Format.VALUE):
        """Evaluate the forward reference and return the value."""
        if format == Format.STRING:
            return self.__forward_arg__
        if format == Format.VALUE:
            keep_unresolved = False
        elif format == Format.FORWARDREF:
            keep_unresolved = True
        else:
            raise NotImplementedError(format)
        if owner is None:
            owner = self.__owner__
        if globals is None and self.__forward_module__ is not None:
            globals = getattr(sys.modules.get(self.__forward_module__), '__dict__', None)
        if globals is None:
            globals = self.__globals__
        if globals is None:
            if isinstance(owner, type):
                module = sys.modules.get(getattr(owner, '__module__', None) or '')
                globals = getattr(module, '__dict__', None)
            elif isinstance(owner, _module_type):
                globals = owner.__dict__
            elif callable(owner):
                globals = getattr(owner, '__globals__', None)
        if globals is None:
            globals = {}
        if type_params is None and owner is not None:
            type_params = getattr(owner, '__type_params__', None)
        if locals is None:
            locals = {}
            if isinstance(owner, type):
                locals.update(vars(owner))
        elif type_params is not None:
            locals = dict(locals)
        # Type parameters behave like an enclosing scope: the locals shadow them.
        for param in type_params or ():
            locals.setdefault(param.__name__, param)
        arg = self.__forward_arg__
        if arg.isidentifier() and not keyword.iskeyword(arg):
            if arg in locals:
                return locals[arg]
            if arg in globals:
                return globals[arg]
            if hasattr(builtins, arg):
                return getattr(builtins, arg)
            if keep_unresolved:
                return self
            # ophis's NameError() takes no `name=` keyword yet: set the attribute.
            error = NameError(f"name '{arg}' is not defined")
            error.name = arg
            raise error
        try:
            code = self.__code__
            if code is None:
                code = self.__code__ = compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}") from None
        try:
            return eval(code, globals, locals)
        except Exception:
            if not keep_unresolved:
                raise
        # FORWARDREF: evaluate again with undefined names standing for forward references.
        fake = _FakeGlobals(globals, format=Format.FORWARDREF, owner=owner, locals=locals)
        try:
            result = eval(code, fake, None)
        except Exception:
            return self
        fake.turn_into_forwardrefs()
        return result

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__
                and self.__forward_is_class__ == other.__forward_is_class__
                and self.__owner__ == other.__owner__)

    def __hash__(self):
        owner = self.__owner__
        try:
            owner_hash = hash(owner)
        except TypeError:
            owner_hash = id(owner)
        return hash((self.__forward_arg__, self.__forward_module__, self.__forward_is_class__,
                     owner_hash))

    def __or__(self, other):
        import typing
        return typing.Union[self, other]

    def __ror__(self, other):
        import typing
        return typing.Union[other, self]

    def __repr__(self):
        extra = []
        if self.__forward_module__ is not None:
            extra.append(f", module={self.__forward_module__!r}")
        if self.__forward_is_class__:
            extra.append(", is_class=True")
        if self.__owner__ is not None:
            extra.append(f", owner={self.__owner__!r}")
        return f"ForwardRef({self.__forward_arg__!r}{''.join(extra)})"


# ---- stringifiers: values standing for source text ----

def _source(value):
    """The source text of an operand inside a stringified expression."""
    if isinstance(value, _Stringifier):
        return value._text
    if isinstance(value, tuple):
        inner = ', '.join(_source(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, slice):
        parts = ['' if p is None else _source(p) for p in (value.start, value.stop)]
        if value.step is not None:
            parts.append(_source(value.step))
        return ':'.join(parts)
    if value is ...:
        return '...'
    return type_repr(value)


class _Stringifier:
    """The source text of an expression built from an undefined name. Its slots are
    ForwardRef's, so that after the annotate call it can become a ForwardRef in place
    (wherever it ended up: inside a `list[...]` alias too)."""

    __slots__ = ForwardRef.__slots__

    def __init__(self, text, fake_globals):
        self.__forward_arg__ = text
        self.__forward_module__ = None
        self.__forward_is_argument__ = True
        self.__forward_is_class__ = fake_globals._is_class
        self.__owner__ = fake_globals._owner
        self.__globals__ = fake_globals._real
        self.__code__ = None
        self.__stringifier_dict__ = fake_globals
        fake_globals._made.append(self)

    @property
    def _text(self):
        return self.__forward_arg__

    def _derive(self, text):
        return _Stringifier(text, self.__stringifier_dict__)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return self._derive(f"{self._text}.{name}")

    def __getitem__(self, key):
        if isinstance(key, tuple) and key:
            inner = ', '.join(_source(k) for k in key)
        else:
            inner = _source(key)
        return self._derive(f"{self._text}[{inner}]")

    def __call__(self, *args, **kwargs):
        parts = [_source(a) for a in args]
        parts += [f"{k}={_source(v)}" for k, v in kwargs.items()]
        return self._derive(f"{self._text}({', '.join(parts)})")

    def __iter__(self):
        yield self._derive(f"*{self._text}")

    def __hash__(self):
        return hash(self._text)


def _make_binary(symbol):
    def forward(self, other):
        return self._derive(f"{_source(self)} {symbol} {_source(other)}")

    def reflected(self, other):
        return self._derive(f"{_source(other)} {symbol} {_source(self)}")
    return forward, reflected


for _name, _symbol in [('add', '+'), ('sub', '-'), ('mul', '*'), ('matmul', '@'),
                       ('truediv', '/'), ('floordiv', '//'), ('mod', '%'), ('pow', '**'),
                       ('lshift', '<<'), ('rshift', '>>'), ('and', '&'), ('xor', '^'),
                       ('or', '|')]:
    _forward, _reflected = _make_binary(_symbol)
    setattr(_Stringifier, f'__{_name}__', _forward)
    setattr(_Stringifier, f'__r{_name}__', _reflected)

for _name, _symbol in [('lt', '<'), ('le', '<='), ('eq', '=='), ('ne', '!='), ('gt', '>'),
                       ('ge', '>=')]:
    setattr(_Stringifier, f'__{_name}__', _make_binary(_symbol)[0])

for _name, _symbol in [('neg', '-'), ('pos', '+'), ('invert', '~')]:
    setattr(_Stringifier, f'__{_name}__',
            (lambda symbol: lambda self: self._derive(f"{symbol}{self._text}"))(_symbol))

del _name, _symbol, _forward, _reflected


class _FakeGlobals(dict):
    """Globals for re-running annotation code: undefined names become stringifiers. For
    FORWARDREF, defined names (in `locals`, the real globals, the builtins) keep their values;
    for STRING every name is a stringifier."""

    def __init__(self, real_globals, *, format, owner=None, locals=None):
        super().__init__()
        self._real = real_globals
        self._locals = locals or {}
        self._format = format
        self._owner = owner
        self._is_class = isinstance(owner, type)
        self._made = []
        self['__builtins__'] = {}

    def __missing__(self, name):
        if self._format != Format.STRING:
            if name in self._locals:
                return self._locals[name]
            if name in self._real:
                return self._real[name]
            if hasattr(builtins, name):
                return getattr(builtins, name)
        return _Stringifier(name, self)

    def turn_into_forwardrefs(self):
        """Every stringifier made becomes the ForwardRef it stands for."""
        for made in self._made:
            made.__stringifier_dict__ = None
            made.__class__ = ForwardRef
        self._made = []


# ---- calling annotate functions ----

def _fake_closure(annotate, fake, format):
    """The annotate function's closure for a re-run: for STRING every named free variable
    is a stringifier (and a class's namespace is hidden); for FORWARDREF only the unbound
    ones are."""
    closure = getattr(annotate, '__closure__', None)
    if not closure:
        return closure
    cells = []
    for name, cell in zip(annotate.__code__.co_freevars, closure):
        if name == '__classdict__':
            # STRING: names the class body defined are text too (they go to the fake globals).
            if format == Format.STRING:
                cell = _cell_type({})
        elif name.isidentifier():
            if format == Format.STRING:
                cell = _cell_type(_Stringifier(name, fake))
            else:
                try:
                    cell.cell_contents
                except ValueError:
                    cell = _cell_type(_Stringifier(name, fake))
        cells.append(cell)
    return tuple(cells)


def _rerun_with_fake_globals(annotate, format, owner):
    """The annotate function's result with fake globals, or None when it has no code."""
    code = getattr(annotate, '__code__', None)
    if not isinstance(code, _code_type):
        return None
    # Asked first with the real globals: under fake globals even the name NotImplementedError
    # would be a stringifier, so a refusal could not be told apart from a failure.
    try:
        annotate(Format.VALUE_WITH_FAKE_GLOBALS)
    except NotImplementedError:
        return None
    except Exception:
        pass
    real_globals = getattr(annotate, '__globals__', None) or {}
    fake = _FakeGlobals(real_globals, format=format, owner=owner)
    function = _function_type(code, fake, annotate.__name__, None,
                              _fake_closure(annotate, fake, format))
    result = function(Format.VALUE_WITH_FAKE_GLOBALS)
    if format == Format.FORWARDREF:
        fake.turn_into_forwardrefs()
    return result


def call_annotate_function(annotate, format, *, owner=None):
    """Call an `__annotate__` function for `format`; FORWARDREF and STRING fall back to
    re-running its code with fake globals when it only supports VALUE."""
    if format == Format.VALUE_WITH_FAKE_GLOBALS:
        raise ValueError("The VALUE_WITH_FAKE_GLOBALS format is for internal use only")
    try:
        return annotate(format)
    except NotImplementedError:
        if format == Format.VALUE:
            raise
    if format == Format.STRING:
        try:
            result = _rerun_with_fake_globals(annotate, Format.STRING, owner)
        except NotImplementedError:
            result = None
        if result is None:
            # Neither the format nor fake globals are supported: the values as text.
            return annotations_to_string(annotate(Format.VALUE))
        return {key: value if isinstance(value, str) else _source(value)
                for key, value in result.items()}
    if format == Format.FORWARDREF:
        try:
            return annotate(Format.VALUE)
        except Exception as error:
            value_error = error
        try:
            result = _rerun_with_fake_globals(annotate, Format.FORWARDREF, owner)
        except NotImplementedError:
            result = None
        if result is None:
            raise value_error
        return result
    raise ValueError(f"Invalid format: {format!r}")


def call_evaluate_function(evaluate, format, *, owner=None):
    """Call an evaluate function (a type alias's `evaluate_value`, ...) for `format`."""
    return call_annotate_function(evaluate, format, owner=owner)['return']


def get_annotate_from_class_namespace(obj):
    """The `__annotate__` function stored in a class namespace, or None."""
    try:
        return obj['__annotate__']
    except KeyError:
        return obj.get('__annotate_func__', None)


# ---- get_annotations ----

def _annotate_of(obj):
    if isinstance(obj, type):
        try:
            return get_annotate_from_class_namespace(type.__dict__['__dict__'].__get__(obj))
        except (KeyError, AttributeError, TypeError):
            return None
    return getattr(obj, '__annotate__', None)


def _dunder_annotations(obj):
    if isinstance(obj, type):
        try:
            ann = type.__dict__['__annotations__'].__get__(obj)
        except AttributeError:
            return None
    else:
        ann = getattr(obj, '__annotations__', None)
    if ann is None:
        return None
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    return dict(ann)


def _has_annotation_support(obj):
    return (isinstance(obj, (type, _module_type)) or callable(obj)
            or hasattr(obj, '__annotations__') or hasattr(obj, '__annotate__'))


def get_annotations(obj, *, globals=None, locals=None, eval_str=False, format=Format.VALUE):
    """Compute the annotations dict for an object (a class, module, function or callable)."""
    if eval_str and format != Format.VALUE:
        raise ValueError("eval_str=True is only supported with format=Format.VALUE")
    if format == Format.VALUE_WITH_FAKE_GLOBALS:
        raise ValueError("The VALUE_WITH_FAKE_GLOBALS format is for internal use only")
    if format == Format.STRING:
        annotate = _annotate_of(obj)
        if annotate is not None:
            return call_annotate_function(annotate, format, owner=obj)
        ann = _dunder_annotations(obj)
        if ann is not None:
            return annotations_to_string(ann)
    elif format == Format.FORWARDREF:
        try:
            ann = _dunder_annotations(obj)
        except NameError:
            ann = None
        if ann is not None:
            return ann
        annotate = _annotate_of(obj)
        if annotate is not None:
            return call_annotate_function(annotate, format, owner=obj)
    elif format == Format.VALUE:
        ann = _dunder_annotations(obj)
    else:
        raise ValueError(f"Unsupported format {format!r}")
    if format != Format.VALUE:
        ann = None
    if ann is None:
        if _has_annotation_support(obj):
            return {}
        raise TypeError(f"{obj!r} does not have annotations")
    if not ann or not eval_str:
        return ann
    return _evaluate_strings(obj, ann, globals, locals)


def _evaluate_strings(obj, ann, globals, locals):
    unwrapped = obj
    type_params = ()
    if isinstance(obj, type):
        module = sys.modules.get(getattr(obj, '__module__', None) or '')
        obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        type_params = getattr(obj, '__type_params__', ())
    elif isinstance(obj, _module_type):
        obj_globals = getattr(obj, '__dict__', None)
        obj_locals = None
    else:
        while True:
            if hasattr(unwrapped, '__wrapped__'):
                unwrapped = unwrapped.__wrapped__
                continue
            func = getattr(unwrapped, 'func', None)
            if func is not None and hasattr(unwrapped, 'args') and hasattr(unwrapped, 'keywords'):
                unwrapped = func
                continue
            break
        obj_globals = getattr(unwrapped, '__globals__', None)
        obj_locals = None
        type_params = getattr(unwrapped, '__type_params__', ())
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    if type_params:
        locals = {param.__name__: param for param in type_params} | dict(locals or {})
    return {key: eval(value, globals, locals) if isinstance(value, str) else value
            for key, value in ann.items()}


# ---- text ----

def type_repr(value):
    """The repr of an annotation value, as annotations are written: classes by qualified
    name, functions by qualified name, `...` for Ellipsis."""
    if isinstance(value, (type, _function_type, type(len))):
        if value.__module__ == 'builtins':
            return value.__qualname__
        return f"{value.__module__}.{value.__qualname__}"
    if value is ...:
        return '...'
    return repr(value)


def annotations_to_string(annotations):
    """An annotations dict with every value converted to text (strings are kept)."""
    return {key: value if isinstance(value, str) else type_repr(value)
            for key, value in annotations.items()}

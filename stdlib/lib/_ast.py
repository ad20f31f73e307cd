"""The node classes of the abstract syntax tree, and the flags of compile() that concern it.

The classes are made here from the schema the parser exports (`_ophis_ast.schema()`, generated
from the same definitions as the parser's tree), so that they cannot drift from what the parser
builds; `_ophis_ast.parse` fills instances of them directly.
"""

import _ophis_ast

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000
PyCF_OPTIMIZED_AST = 0x8000 | PyCF_ONLY_AST

_LOCATION = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')

# Where `Python.asdl` says more than the parser's tree can: the parser always knows the level
# of an import, but the grammar declares it `int?`.
_OPTIONAL_OVERRIDES = {('ImportFrom', 'level')}


class AST:
    __module__ = 'ast'
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError(f"{cls.__name__} constructor takes at most {n} positional argument{'' if n == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError(f"{cls.__name__} got multiple values for argument {name!r}")
            setattr(self, name, value)
        # Python 3.13+: missing list fields default to [], a missing context to Load().
        defaults = cls.__dict__.get('_ophis_defaults')
        if defaults is None:
            return
        d = self.__dict__
        for name, kind in defaults:
            if name not in d:
                if kind == '*':
                    d[name] = []
                else:
                    d[name] = Load()

    def __reduce__(self):
        d = getattr(self, '__dict__', None)
        if d:
            return type(self), (), dict(d)
        return type(self), ()

    def __replace__(self, **changes):
        cls = type(self)
        for name in changes:
            if name not in cls._fields and name not in cls._attributes:
                raise TypeError(f"{cls.__name__}.__replace__ got an unexpected keyword argument {name!r}.")
        values = {}
        for name in cls._fields + cls._attributes:
            if name in changes:
                values[name] = changes[name]
            elif hasattr(self, name):
                values[name] = getattr(self, name)
        return cls(**values)

    def __repr__(self):
        return _node_repr(self, 0)


def _node_repr(node, depth):
    cls = type(node)
    if depth >= 3:
        return f"{cls.__name__}(...)"
    parts = []
    for name in cls._fields:
        value = getattr(node, name)
        if isinstance(value, list):
            items = value if len(value) <= 2 else [value[0], ..., value[-1]]
            text = ', '.join('...' if item is ... else _value_repr(item, depth + 1) for item in items)
            parts.append(f"{name}=[{text}]")
        else:
            parts.append(f"{name}={_value_repr(value, depth + 1)}")
    return f"{cls.__name__}({', '.join(parts)})"


def _value_repr(value, depth):
    if isinstance(value, AST):
        return _node_repr(value, depth)
    return repr(value)


def _signature(name, fields):
    if not fields:
        return name
    parts = []
    for field_name, asdl_type, kind, optional_items in fields:
        if (name, field_name) in _OPTIONAL_OVERRIDES:
            kind = '?'
        mark = '?*' if optional_items else kind
        parts.append(f"{asdl_type}{mark} {field_name}")
    return f"{name}({', '.join(parts)})"


def _make_classes():
    namespace = globals()
    schema = _ophis_ast.schema()
    members = {}
    for name, base, located, is_abstract, fields in schema:
        if not is_abstract and base != 'AST':
            members.setdefault(base, []).append(_signature(name, fields))
    singletons = {}
    for name, base, located, is_abstract, fields in schema:
        field_names = tuple(f[0] for f in fields)
        body = {'__module__': 'ast', '_fields': field_names, '__match_args__': field_names}
        if is_abstract:
            alternatives = members.get(name, [])
            if all('(' not in alt for alt in alternatives):
                body['__doc__'] = f"{name} = {' | '.join(alternatives)}"
            else:
                body['__doc__'] = f"{name} = " + ('\n' + ' ' * len(name) + ' | ').join(alternatives)
            body['_attributes'] = _LOCATION if located else ()
            if located:
                body['end_lineno'] = None
                body['end_col_offset'] = None
        else:
            body['__doc__'] = _signature(name, fields)
            if base == 'AST':
                body['_attributes'] = _LOCATION if located else ()
            defaults = []
            for field_name, asdl_type, kind, optional_items in fields:
                if kind == '?' or (name, field_name) in _OPTIONAL_OVERRIDES:
                    body[field_name] = None
                elif kind == '*' or asdl_type == 'expr_context':
                    defaults.append((field_name, kind))
            body['_ophis_defaults'] = tuple(defaults)
        cls = type(name, (namespace[base],), body)
        namespace[name] = cls
        if not is_abstract and not fields and not located and base != 'AST':
            singletons[name] = cls()
    builtin_types = {'identifier': str, 'string': str, 'int': int, 'constant': object}
    for name, base, located, is_abstract, fields in schema:
        if is_abstract:
            continue
        types = {}
        for field_name, asdl_type, kind, optional_items in fields:
            t = builtin_types.get(asdl_type) or namespace[asdl_type]
            if kind == '*':
                t = list[t]
            elif kind == '?' or (name, field_name) in _OPTIONAL_OVERRIDES:
                t = t | None
            types[field_name] = t
        namespace[name]._field_types = types
    return singletons


_SINGLETONS = _make_classes()
_CLASSES = {name: value for name, value in globals().items() if isinstance(value, type) and issubclass(value, AST)}


def _compile(source, filename, mode, flags, dont_inherit=None, optimize=None):
    """compile() of source to an AST (flag PyCF_ONLY_AST), or of an AST object."""
    if isinstance(source, AST):
        if flags & PyCF_ONLY_AST:
            return source
        import _ophis_ast_compile
        return _ophis_ast_compile.compile_tree(source, filename, mode, flags, dont_inherit, optimize)
    if not isinstance(mode, str) or mode not in ('exec', 'eval', 'single', 'func_type'):
        raise ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
    if isinstance(filename, bytes):
        filename = filename.decode()
    return _ophis_ast.parse(source, filename, mode, flags, _CLASSES, _SINGLETONS)


del _make_classes

"""`ast.unparse`: Python source from a tree, parenthesized by operator precedence as CPython
prints it (only where the tree's shape needs it)."""

from _ast import *

# Precedence levels, lowest binding first.
_NAMED, _TUPLE, _YIELD, _TEST, _OR, _AND, _NOT, _CMP, _EXPR, _BXOR, _BAND, _SHIFT, _ARITH, _TERM, _FACTOR, _POWER, _AWAIT, _ATOM = range(18)
_BOR = _EXPR

_BINOP = {
    Add: ('+', _ARITH), Sub: ('-', _ARITH), Mult: ('*', _TERM), MatMult: ('@', _TERM),
    Div: ('/', _TERM), Mod: ('%', _TERM), FloorDiv: ('//', _TERM), Pow: ('**', _POWER),
    LShift: ('<<', _SHIFT), RShift: ('>>', _SHIFT), BitOr: ('|', _BOR), BitXor: ('^', _BXOR),
    BitAnd: ('&', _BAND),
}
_UNARY = {Invert: ('~', _FACTOR), Not: ('not', _NOT), UAdd: ('+', _FACTOR), USub: ('-', _FACTOR)}
_CMP_OPS = {Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not', In: 'in', NotIn: 'not in'}
_BOOL = {And: ('and', _AND), Or: ('or', _OR)}
# Infinity is written as a literal too large for a float.
_INF = '1e' + repr(__import__('sys').float_info.max_10_exp + 1)


_SINGLE_QUOTES = ("'", '"')
_MULTI_QUOTES = ('"""', "'''")
_ALL_QUOTES = _SINGLE_QUOTES + _MULTI_QUOTES


def _escape(c, whitespace):
    if c in '\n\t' and not whitespace:
        return c
    if c == '\\' or not c.isprintable():
        # What the unicode_escape codec writes for the character.
        special = {'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'}
        if c in special:
            return special[c]
        code = ord(c)
        if code < 0x100:
            return f'\\x{code:02x}'
        if code < 0x10000:
            return f'\\u{code:04x}'
        return f'\\U{code:08x}'
    return c


def _quoted(text, quote_types, escape_whitespace=False):
    """The body of a literal for text and the quotes that can delimit it, best first: backslashes
    only where needed (the text's own, unprintable characters), never a quote escaped unless
    no quote type avoids it (then repr's escaping)."""
    body = ''.join(_escape(c, escape_whitespace) for c in text)
    candidates = [q for q in quote_types if ('\n' not in body or q in _MULTI_QUOTES) and q not in body]
    if not candidates:
        literal = repr(text)
        return literal[1:-1], [next((q for q in quote_types if literal[0] in q), literal[0])]
    if body:
        # A quote whose character ends the text would need escaping: prefer the others.
        candidates.sort(key=lambda q: q[0] == body[-1])
        if candidates[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, candidates


class Unparser:
    def __init__(self):
        self._out = []
        self._indent = 0
        self._prec = {}

    def visit(self, node):
        self._out = []
        self._traverse(node)
        return ''.join(self._out)

    # -- output helpers

    def _w(self, *texts):
        self._out.extend(texts)

    def _fill(self, text=''):
        self._maybe_newline()
        self._w('    ' * self._indent + text)

    def _maybe_newline(self):
        if self._out:
            self._w('\n')

    def _traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self._traverse(item)
            return
        method = getattr(self, '_' + type(node).__name__, None)
        if method is None:
            raise ValueError(f'Unexpected node type {type(node).__name__!r}')
        method(node)

    def _block(self, body):
        self._w(':')
        self._indent += 1
        self._traverse(body)
        self._indent -= 1

    def _set_prec(self, prec, *nodes):
        for node in nodes:
            self._prec[node] = prec

    def _get_prec(self, node):
        return self._prec.get(node, _TEST)

    def _expr(self, node, prec=None):
        if prec is not None:
            self._prec[node] = prec
        self._traverse(node)

    def _paren(self, needed, text_fn):
        if needed:
            self._w('(')
        text_fn()
        if needed:
            self._w(')')

    def _comma_list(self, nodes, prec=_TEST):
        for i, node in enumerate(nodes):
            if i:
                self._w(', ')
            self._expr(node, prec)

    # -- modules

    def _Module(self, node):
        self._body_with_docstring(node.body)

    def _Interactive(self, node):
        self._traverse(node.body)

    def _Expression(self, node):
        self._traverse(node.body)

    def _FunctionType(self, node):
        self._w('(')
        self._comma_list(node.argtypes)
        self._w(') -> ')
        self._traverse(node.returns)

    def _body_with_docstring(self, body):
        if body and isinstance(body[0], Expr) and isinstance(body[0].value, Constant) and isinstance(body[0].value.value, str):
            self._fill()
            if body[0].value.kind == 'u':
                self._w('u')
            self._docstring(body[0].value.value)
            self._traverse(body[1:])
        else:
            self._traverse(body)

    def _docstring(self, text):
        body, quotes = _quoted(text, _MULTI_QUOTES)
        self._w(quotes[0] + body + quotes[0])

    # -- statements

    def _Expr(self, node):
        self._fill()
        self._expr(node.value, _YIELD)

    def _NamedExpr(self, node):
        self._paren(self._get_prec(node) > _NAMED, lambda: (
            self._expr(node.target, _ATOM), self._w(' := '), self._expr(node.value, _ATOM)))

    def _Import(self, node):
        self._fill('import ')
        self._aliases(node.names)

    def _ImportFrom(self, node):
        self._fill('from ' + '.' * (node.level or 0) + (node.module or '') + ' import ')
        self._aliases(node.names)

    def _aliases(self, names):
        for i, alias in enumerate(names):
            if i:
                self._w(', ')
            self._alias(alias)

    def _alias(self, node):
        self._w(node.name)
        if node.asname:
            self._w(' as ' + node.asname)

    def _Assign(self, node):
        self._fill()
        for target in node.targets:
            self._expr(target, _TUPLE)
            self._w(' = ')
        self._expr(node.value)
        if node.type_comment:
            self._w('  # type: ' + node.type_comment)

    def _AugAssign(self, node):
        self._fill()
        self._traverse(node.target)
        self._w(' ' + _BINOP[type(node.op)][0] + '= ')
        self._traverse(node.value)

    def _AnnAssign(self, node):
        self._fill()
        self._paren(not node.simple and isinstance(node.target, Name), lambda: self._traverse(node.target))
        self._w(': ')
        self._traverse(node.annotation)
        if node.value:
            self._w(' = ')
            self._traverse(node.value)

    def _Return(self, node):
        self._fill('return')
        if node.value:
            self._w(' ')
            self._traverse(node.value)

    def _Pass(self, node):
        self._fill('pass')

    def _Break(self, node):
        self._fill('break')

    def _Continue(self, node):
        self._fill('continue')

    def _Delete(self, node):
        self._fill('del ')
        self._comma_list(node.targets)

    def _Assert(self, node):
        self._fill('assert ')
        self._traverse(node.test)
        if node.msg:
            self._w(', ')
            self._traverse(node.msg)

    def _Global(self, node):
        self._fill('global ' + ', '.join(node.names))

    def _Nonlocal(self, node):
        self._fill('nonlocal ' + ', '.join(node.names))

    def _Await(self, node):
        self._paren(self._get_prec(node) > _AWAIT, lambda: (self._w('await'), node.value and (self._w(' '), self._expr(node.value, _ATOM))))

    def _Yield(self, node):
        self._paren(self._get_prec(node) > _YIELD, lambda: (self._w('yield'), node.value and (self._w(' '), self._expr(node.value, _ATOM))))

    def _YieldFrom(self, node):
        self._paren(self._get_prec(node) > _YIELD, lambda: (self._w('yield from '), self._expr(node.value, _ATOM)))

    def _Raise(self, node):
        self._fill('raise')
        if node.exc:
            self._w(' ')
            self._traverse(node.exc)
            if node.cause:
                self._w(' from ')
                self._traverse(node.cause)

    def _Try(self, node, star=False):
        self._fill('try')
        self._block(node.body)
        for handler in node.handlers:
            self._handler(handler, star)
        if node.orelse:
            self._fill('else')
            self._block(node.orelse)
        if node.finalbody:
            self._fill('finally')
            self._block(node.finalbody)

    def _TryStar(self, node):
        self._Try(node, star=True)

    def _handler(self, node, star):
        self._fill('except*' if star else 'except')
        if node.type:
            self._w(' ')
            self._traverse(node.type)
        if node.name:
            self._w(' as ' + node.name)
        self._block(node.body)

    def _ExceptHandler(self, node):
        self._handler(node, False)

    def _ClassDef(self, node):
        self._maybe_newline()
        for deco in node.decorator_list:
            self._fill('@')
            self._traverse(deco)
        self._fill('class ' + node.name)
        self._type_params(node)
        if node.bases or node.keywords:
            self._w('(')
            self._comma_list(node.bases)
            for i, kw in enumerate(node.keywords):
                if i or node.bases:
                    self._w(', ')
                self._traverse(kw)
            self._w(')')
        self._w(':')
        self._indent += 1
        self._body_with_docstring(node.body)
        self._indent -= 1

    def _FunctionDef(self, node, prefix='def'):
        self._maybe_newline()
        for deco in node.decorator_list:
            self._fill('@')
            self._traverse(deco)
        self._fill(prefix + ' ' + node.name)
        self._type_params(node)
        self._w('(')
        self._traverse(node.args)
        self._w(')')
        if node.returns:
            self._w(' -> ')
            self._traverse(node.returns)
        self._w(':')
        if node.type_comment:
            self._w('  # type: ' + node.type_comment)
        self._indent += 1
        self._body_with_docstring(node.body)
        self._indent -= 1

    def _AsyncFunctionDef(self, node):
        self._FunctionDef(node, 'async def')

    def _type_params(self, node):
        params = getattr(node, 'type_params', None)
        if params:
            self._w('[')
            self._comma_list(params)
            self._w(']')

    def _TypeVar(self, node):
        self._w(node.name)
        if node.bound:
            self._w(': ')
            self._traverse(node.bound)
        if node.default_value:
            self._w(' = ')
            self._traverse(node.default_value)

    def _TypeVarTuple(self, node):
        self._w('*' + node.name)
        if node.default_value:
            self._w(' = ')
            self._traverse(node.default_value)

    def _ParamSpec(self, node):
        self._w('**' + node.name)
        if node.default_value:
            self._w(' = ')
            self._traverse(node.default_value)

    def _TypeAlias(self, node):
        self._fill('type ')
        self._traverse(node.name)
        self._type_params(node)
        self._w(' = ')
        self._traverse(node.value)

    def _For(self, node, prefix='for '):
        self._fill(prefix)
        self._expr(node.target, _TUPLE)
        self._w(' in ')
        self._traverse(node.iter)
        self._block(node.body)
        if node.orelse:
            self._fill('else')
            self._block(node.orelse)

    def _AsyncFor(self, node):
        self._For(node, 'async for ')

    def _If(self, node):
        self._fill('if ')
        self._traverse(node.test)
        self._block(node.body)
        # An `else` holding only an `if` is an `elif`.
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self._fill('elif ')
            self._traverse(node.test)
            self._block(node.body)
        if node.orelse:
            self._fill('else')
            self._block(node.orelse)

    def _While(self, node):
        self._fill('while ')
        self._traverse(node.test)
        self._block(node.body)
        if node.orelse:
            self._fill('else')
            self._block(node.orelse)

    def _With(self, node, prefix='with '):
        self._fill(prefix)
        self._comma_list(node.items)
        self._block(node.body)

    def _AsyncWith(self, node):
        self._With(node, 'async with ')

    def _withitem(self, node):
        self._traverse(node.context_expr)
        if node.optional_vars:
            self._w(' as ')
            self._traverse(node.optional_vars)

    def _Match(self, node):
        self._fill('match ')
        self._traverse(node.subject)
        self._w(':')
        self._indent += 1
        for case in node.cases:
            self._fill('case ')
            self._traverse(case.pattern)
            if case.guard:
                self._w(' if ')
                self._traverse(case.guard)
            self._block(case.body)
        self._indent -= 1

    # -- patterns

    def _MatchValue(self, node):
        self._traverse(node.value)

    def _MatchSingleton(self, node):
        self._w(repr(node.value))

    def _MatchSequence(self, node):
        self._w('[')
        self._comma_list(node.patterns)
        self._w(']')

    def _MatchStar(self, node):
        self._w('*' + (node.name if node.name is not None else '_'))

    def _MatchMapping(self, node):
        self._w('{')
        parts = list(zip(node.keys, node.patterns))
        for i, (key, pattern) in enumerate(parts):
            if i:
                self._w(', ')
            self._traverse(key)
            self._w(': ')
            self._traverse(pattern)
        if node.rest is not None:
            if parts:
                self._w(', ')
            self._w('**' + node.rest)
        self._w('}')

    def _MatchClass(self, node):
        self._expr(node.cls, _ATOM)
        self._w('(')
        self._comma_list(node.patterns)
        for i, (attr, pattern) in enumerate(zip(node.kwd_attrs, node.kwd_patterns)):
            if i or node.patterns:
                self._w(', ')
            self._w(attr + '=')
            self._traverse(pattern)
        self._w(')')

    def _MatchAs(self, node):
        if node.pattern is None:
            self._w(node.name if node.name is not None else '_')
            return
        if node.name is None:
            self._traverse(node.pattern)
            return
        self._paren(self._get_prec(node) > _TEST, lambda: (self._expr(node.pattern, _BOR), self._w(' as ' + node.name)))

    def _MatchOr(self, node):
        def write():
            for i, pattern in enumerate(node.patterns):
                if i:
                    self._w(' | ')
                self._expr(pattern, _BOR + 1)
        self._paren(self._get_prec(node) > _BOR, write)

    # -- expressions

    def _Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self._w('(' + ', '.join(self._const_text(v) for v in value) + (',' if len(value) == 1 else '') + ')')
            return
        if node.kind == 'u':
            self._w('u')
        self._w(self._const_text(value))

    def _const_text(self, value):
        if value is ...:
            return '...'
        if isinstance(value, (float, complex)):
            # Infinities as too-large literals, NaNs as their difference.
            return repr(value).replace('inf', _INF).replace('nan', f'({_INF}-{_INF})')
        return repr(value)

    def _Name(self, node):
        self._w(node.id)

    def _List(self, node):
        self._w('[')
        self._comma_list(node.elts)
        self._w(']')

    def _Set(self, node):
        if not node.elts:
            self._w('{*()}')
            return
        self._w('{')
        self._comma_list(node.elts)
        self._w('}')

    def _Tuple(self, node):
        def write():
            self._comma_list(node.elts)
            if len(node.elts) == 1:
                self._w(',')
        self._paren(not node.elts or self._get_prec(node) > _TUPLE, write)

    def _Dict(self, node):
        self._w('{')
        for i, (key, value) in enumerate(zip(node.keys, node.values)):
            if i:
                self._w(', ')
            if key is None:
                self._w('**')
                self._expr(value, _EXPR)
            else:
                self._traverse(key)
                self._w(': ')
                self._traverse(value)
        self._w('}')

    def _comprehensions(self, generators):
        for gen in generators:
            self._w(' async for ' if gen.is_async else ' for ')
            self._expr(gen.target, _TUPLE)
            self._w(' in ')
            self._expr(gen.iter, _TEST + 1)
            for cond in gen.ifs:
                self._w(' if ')
                self._expr(cond, _TEST + 1)

    def _ListComp(self, node):
        self._w('[')
        self._traverse(node.elt)
        self._comprehensions(node.generators)
        self._w(']')

    def _SetComp(self, node):
        self._w('{')
        self._traverse(node.elt)
        self._comprehensions(node.generators)
        self._w('}')

    def _GeneratorExp(self, node):
        self._w('(')
        self._traverse(node.elt)
        self._comprehensions(node.generators)
        self._w(')')

    def _DictComp(self, node):
        self._w('{')
        self._traverse(node.key)
        self._w(': ')
        self._traverse(node.value)
        self._comprehensions(node.generators)
        self._w('}')

    def _IfExp(self, node):
        self._paren(self._get_prec(node) > _TEST, lambda: (
            self._expr(node.body, _TEST + 1), self._w(' if '), self._expr(node.test, _TEST + 1),
            self._w(' else '), self._expr(node.orelse, _TEST)))

    def _UnaryOp(self, node):
        op, prec = _UNARY[type(node.op)]
        def write():
            self._w(op)
            if prec != _FACTOR:
                self._w(' ')
            self._expr(node.operand, prec)
        self._paren(self._get_prec(node) > prec, write)

    def _BinOp(self, node):
        op, prec = _BINOP[type(node.op)]
        # Power is right-associative; the others left.
        left, right = (prec + 1, prec) if prec == _POWER else (prec, prec + 1)
        self._paren(self._get_prec(node) > prec, lambda: (
            self._expr(node.left, left), self._w(f' {op} '), self._expr(node.right, right)))

    def _Compare(self, node):
        def write():
            self._expr(node.left, _CMP + 1)
            for op, right in zip(node.ops, node.comparators):
                self._w(f' {_CMP_OPS[type(op)]} ')
                self._expr(right, _CMP + 1)
        self._paren(self._get_prec(node) > _CMP, write)

    def _BoolOp(self, node):
        op, prec = _BOOL[type(node.op)]
        def write():
            # Each operand binds one level tighter than the one before it, so that
            # `a and (b and c)` keeps its shape.
            for i, value in enumerate(node.values):
                if i:
                    self._w(f' {op} ')
                self._expr(value, prec + 1 + i)
        self._paren(self._get_prec(node) > prec, write)

    def _Attribute(self, node):
        self._expr(node.value, _ATOM)
        # `1 .real`: an int literal needs a space before the dot.
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self._w(' ')
        self._w('.' + node.attr)

    def _Call(self, node):
        self._expr(node.func, _ATOM)
        self._w('(')
        first = True
        for arg in node.args:
            if not first:
                self._w(', ')
            first = False
            self._traverse(arg)
        for kw in node.keywords:
            if not first:
                self._w(', ')
            first = False
            self._traverse(kw)
        self._w(')')

    def _Subscript(self, node):
        self._expr(node.value, _ATOM)
        self._w('[')
        s = node.slice
        if isinstance(s, Tuple) and s.elts and not any(isinstance(e, Starred) for e in s.elts):
            self._comma_list(s.elts)
            if len(s.elts) == 1:
                self._w(',')
        else:
            self._expr(s, _TUPLE)
        self._w(']')

    def _Starred(self, node):
        self._w('*')
        self._expr(node.value, _EXPR)

    def _Slice(self, node):
        if node.lower:
            self._traverse(node.lower)
        self._w(':')
        if node.upper:
            self._traverse(node.upper)
        if node.step:
            self._w(':')
            self._traverse(node.step)

    def _keyword(self, node):
        if node.arg is None:
            self._w('**')
        else:
            self._w(node.arg + '=')
        self._traverse(node.value)

    def _Lambda(self, node):
        def write():
            self._w('lambda')
            buffer_start = len(self._out)
            self._traverse(node.args)
            if len(self._out) > buffer_start:
                self._out.insert(buffer_start, ' ')
            self._w(': ')
            self._expr(node.body, _TEST)
        self._paren(self._get_prec(node) > _TEST, write)

    def _arg(self, node):
        self._w(node.arg)
        if node.annotation:
            self._w(': ')
            self._traverse(node.annotation)

    def _arguments(self, node):
        first = True
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for index, (arg, default) in enumerate(zip(positional, defaults), 1):
            if not first:
                self._w(', ')
            first = False
            self._traverse(arg)
            if default:
                self._w('=')
                self._traverse(default)
            if index == len(node.posonlyargs):
                self._w(', /')
        if node.vararg or node.kwonlyargs:
            if not first:
                self._w(', ')
            first = False
            self._w('*')
            if node.vararg:
                self._w(node.vararg.arg)
                if node.vararg.annotation:
                    self._w(': ')
                    self._traverse(node.vararg.annotation)
        for arg, default in zip(node.kwonlyargs, node.kw_defaults):
            self._w(', ')
            self._traverse(arg)
            if default:
                self._w('=')
                self._traverse(default)
        if node.kwarg:
            if not first:
                self._w(', ')
            self._w('**' + node.kwarg.arg)
            if node.kwarg.annotation:
                self._w(': ')
                self._traverse(node.kwarg.annotation)

    # -- f-strings and t-strings

    def _JoinedStr(self, node):
        self._w('f' + self._fstring_text(node.values))

    def _TemplateStr(self, node):
        self._w('t' + self._fstring_text(node.values))

    def _fstring_text(self, values):
        # Choose one quote type that suits every part: the literal parts escaped (whitespace
        # too), the replacement fields as written.
        quote_types = list(_ALL_QUOTES)
        parts = []
        for value in values:
            if isinstance(value, Constant):
                text, candidates = _quoted(value.value.replace('{', '{{').replace('}', '}}'), quote_types, True)
                if set(candidates).isdisjoint(quote_types):
                    return self._fstring_repr(values)
                quote_types = candidates
            else:
                text = self._fstring_field(value)
                if '\n' in text:
                    quote_types = [q for q in quote_types if q in _MULTI_QUOTES]
                quote_types = [q for q in quote_types if q not in text] or quote_types
            parts.append(text)
        return quote_types[0] + ''.join(parts) + quote_types[0]

    def _fstring_repr(self, values):
        parts = []
        for value in values:
            if isinstance(value, Constant):
                # repr of a text starting with '"' uses single quotes; drop both added characters.
                parts.append(repr('"' + value.value.replace('{', '{{').replace('}', '}}'))[2:-1])
            else:
                parts.append(self._fstring_field(value))
        return "'''" + ''.join(parts) + "'''"

    def _fstring_field(self, value):
        if isinstance(value, Interpolation) and isinstance(value.str, str):
            text = value.str
        else:
            inner = Unparser()
            inner._prec[value.value] = _TEST + 1
            text = inner.visit(value.value)
        if text.startswith('{'):
            text = ' ' + text
        out = '{' + text
        if value.conversion != -1:
            out += '!' + chr(value.conversion)
        if value.format_spec:
            out += ':' + ''.join(self._spec_part(v) for v in value.format_spec.values)
        return out + '}'

    def _spec_part(self, value):
        if isinstance(value, Constant):
            return value.value.replace('{', '{{').replace('}', '}}')
        return self._fstring_field(value)

    def _FormattedValue(self, node):
        self._w('f' + self._fstring_text([node]))

    def _Interpolation(self, node):
        self._w('t' + self._fstring_text([node]))

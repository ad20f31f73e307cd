"""The abstract syntax tree of Python source: parsing into it, inspecting, transforming and
printing it (`dump`, `unparse`), and evaluating literals safely (`literal_eval`).

The node classes come from `_ast`; everything here is written in terms of their `_fields`.
"""

from _ast import *
import _ast


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None, optimize=-1):
    """Parse the source into an AST node (compile() with PyCF_ONLY_AST)."""
    flags = PyCF_ONLY_AST
    if optimize > 0:
        flags |= PyCF_OPTIMIZED_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if feature_version is not None and not isinstance(feature_version, (tuple, int)):
        raise TypeError("feature_version must be a tuple or an int")
    return compile(source, filename, mode, flags, optimize=optimize)


def _malformed(node):
    line = getattr(node, 'lineno', None)
    where = f' on line {line}' if line else ''
    raise ValueError(f'malformed node or string{where}: {node!r}')


def _literal_number(node):
    if isinstance(node, Constant) and type(node.value) in (int, float, complex):
        return node.value
    _malformed(node)


def _literal_signed(node):
    if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
        value = _literal_number(node.operand)
        return +value if isinstance(node.op, UAdd) else -value
    return _literal_number(node)


def _literal(node):
    if isinstance(node, Constant):
        return node.value
    if isinstance(node, Tuple):
        return tuple(_literal(e) for e in node.elts)
    if isinstance(node, List):
        return [_literal(e) for e in node.elts]
    if isinstance(node, Set):
        return {_literal(e) for e in node.elts}
    if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
            and node.args == node.keywords == []):
        return set()
    if isinstance(node, Dict):
        if len(node.keys) != len(node.values):
            _malformed(node)
        return dict(zip([_literal(k) for k in node.keys], [_literal(v) for v in node.values]))
    if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
        left = _literal_signed(node.left)
        right = _literal_number(node.right)
        if type(left) in (int, float) and type(right) is complex:
            return left + right if isinstance(node.op, Add) else left - right
        _malformed(node)
    return _literal_signed(node)


def literal_eval(node_or_string):
    """Evaluate an expression node or a string holding only a Python literal: strings, bytes,
    numbers, tuples, lists, dicts, sets, booleans, None and Ellipsis."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(' \t'), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body
    return _literal(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None, show_empty=False):
    """Return a formatted dump of the tree in node: field names shown unless `annotate_fields`
    is false, location attributes with `include_attributes`, one field per line with `indent`
    (spaces or a string), empty lists left out unless `show_empty`; None fields are left out."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def absent_default(cls, name, value):
        # None in a field whose class default is None (an optional field) is never shown.
        return value is None and getattr(cls, name, ...) is None

    def fmt(node, level):
        # Returns (text, simple): a node is simple when it prints with no arguments.
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix, sep = '', ', '
        if isinstance(node, AST):
            cls = type(node)
            parts = []
            # Positional output must not skip a field silently: empty lists left out are
            # replayed when a later field is printed positionally.
            skipped = []
            named = annotate_fields
            simple = True
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    named = True
                    continue
                if absent_default(cls, name, value):
                    named = True
                    continue
                if not show_empty:
                    if value == []:
                        field_type = cls._field_types.get(name, object)
                        if getattr(field_type, '__origin__', ...) is list:
                            if not named:
                                skipped.append(repr(value))
                            continue
                    if not named:
                        parts.extend(skipped)
                        skipped = []
                text, is_simple = fmt(value, level)
                simple = simple and is_simple
                parts.append(f'{name}={text}' if named else text)
            if include_attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if absent_default(cls, name, value):
                        continue
                    text, is_simple = fmt(value, level)
                    simple = simple and is_simple
                    parts.append(f'{name}={text}')
            name = node.__class__.__name__
            if simple and len(parts) <= 3:
                return f"{name}({', '.join(parts)})", not parts
            return f'{name}({prefix}{sep.join(parts)})', False
        if isinstance(node, list):
            if not node:
                return '[]', True
            return '[' + prefix + sep.join(fmt(item, level)[0] for item in node) + ']', False
        return repr(node), True

    if not isinstance(node, AST):
        raise TypeError(f'expected AST, got {node.__class__.__name__!r}')
    return fmt(node, 0)[0]


def copy_location(new_node, old_node):
    """Copy the location attributes of old_node to new_node (where old_node has them)."""
    for attr in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            # end_* may legitimately be None; lineno/col_offset only when present.
            if value is not None or (hasattr(old_node, attr) and attr.startswith('end_')):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give every node lacking location attributes those of its parent (1, 0 at the root)."""
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and all its descendants."""
    for child in walk(node):
        # TypeIgnore keeps its line in a field rather than an attribute.
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', 0) is not None:
            child.end_lineno = getattr(child, 'end_lineno', 0) + n
    return node


def iter_fields(node):
    """Yield (name, value) for each field of node that is present."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct child nodes of node: fields that are nodes and nodes in list fields."""
    for name, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None; cleaned up with
    inspect.cleandoc when clean is true."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        text = _cleandoc(text)
    return text


def _cleandoc(doc):
    # inspect.cleandoc: tabs expanded, the first line's leading blanks and the common
    # indentation of the others removed, blank lines at both ends dropped.
    lines = doc.expandtabs().split('\n')
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()]
    margin = min(indents) if indents else 0
    lines = [lines[0].lstrip()] + [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _source_lines(source):
    # Like str.splitlines(keepends=True), but only \r\n, \r and \n end lines (as the tokenizer
    # sees them): a form feed or other separator stays inside its line.
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r':
            end = i + 2 if source[i + 1:i + 2] == '\n' else i + 1
            lines.append(source[start:end])
            start = i = end
        elif c == '\n':
            lines.append(source[start:i + 1])
            start = i = i + 1
        else:
            i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def _leading_whitespace(text):
    # Tabs and form feeds are kept (they decide columns); everything else becomes a space.
    return ''.join(c if c in '\f\t' else ' ' for c in text)


def get_source_segment(source, node, *, padded=False):
    """The source text node was parsed from, or None when node lacks a full location; with
    padded, the first line of a multi-line segment keeps its indentation (as spaces)."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = _source_lines(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    padding = _leading_whitespace(lines[lineno].encode()[:col_offset].decode()) if padded else ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    return ''.join([first] + lines[lineno + 1:end_lineno] + [last])


def walk(node):
    """Yield node and all its descendants, breadth first (in no promised order)."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


def compare(a, b, /, *, compare_attributes=False):
    """Whether two trees are equal field by field (and by location with compare_attributes)."""
    def same(a, b):
        if type(a) is not type(b):
            return False
        if isinstance(a, AST):
            return same_node(a, b)
        if isinstance(a, list):
            return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
        return a == b

    def same_names(a, b, names):
        for name in names:
            missing = object()
            x = getattr(a, name, missing)
            y = getattr(b, name, missing)
            if x is missing or y is missing:
                if x is not y:
                    return False
                continue
            if not same(x, y):
                return False
        return True

    def same_node(a, b):
        if not same_names(a, b, a._fields):
            return False
        return not compare_attributes or same_names(a, b, a._attributes)

    return same(a, b)


class NodeVisitor:
    """Walks a tree calling visit_<ClassName>(node) for each node, or generic_visit when the
    subclass defines no such method (generic_visit visits the children)."""

    def visit(self, node):
        method = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of each node: the node itself,
    a new node, None to remove it, or (in a list field) a list of nodes to splice in."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                new = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            new.extend(item)
                            continue
                    new.append(item)
                old[:] = new
            elif isinstance(old, AST):
                replacement = self.visit(old)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
        return node


def unparse(ast_obj):
    """Python source text that parses to a tree equal to ast_obj."""
    from _ast_unparse import Unparser
    return Unparser().visit(ast_obj)


def main(args=None):
    import argparse
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', nargs='?', default='-')
    parser.add_argument('-m', '--mode', default='exec', choices=('exec', 'single', 'eval', 'func_type'))
    parser.add_argument('--no-type-comments', default=True, action='store_false')
    parser.add_argument('-a', '--include-attributes', action='store_true')
    parser.add_argument('-i', '--indent', type=int, default=3)
    parser.add_argument('--feature-version', type=str, default=None)
    parser.add_argument('-O', '--optimize', type=int, default=-1)
    parser.add_argument('--show-empty', default=False, action='store_true')
    args = parser.parse_args(args)
    if args.infile == '-':
        import sys
        name = '<stdin>'
        source = sys.stdin.buffer.read()
    else:
        name = args.infile
        with open(args.infile, 'rb') as infile:
            source = infile.read()
    tree = parse(source, name, args.mode, type_comments=args.no_type_comments, optimize=args.optimize)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent, show_empty=args.show_empty))


if __name__ == '__main__':
    main()

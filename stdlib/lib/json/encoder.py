"""JSON encoding for ophis: `JSONEncoder` and the str escapers (native, from `_json`)."""

import _json

__all__ = ['JSONEncoder']

encode_basestring = _json.encode_basestring
encode_basestring_ascii = _json.encode_basestring_ascii

INFINITY = float('inf')


class JSONEncoder(object):
    """Encodes Python objects as JSON: dict -> object, list/tuple -> array, str -> string,
    int/float -> number, True/False -> true/false, None -> null. Override `default()` to
    encode other types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            # Indented output ends lines after commas: no trailing space.
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return something encodable for `o`, or raise TypeError (the default)."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """Return the JSON text for `o`."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode `o`, yielding the JSON text in pieces."""
        markers = {} if self.check_circular else None
        encode_str = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        allow_nan = self.allow_nan

        def floatstr(o):
            if o != o:
                text = 'NaN'
            elif o == INFINITY:
                text = 'Infinity'
            elif o == -INFINITY:
                text = '-Infinity'
            else:
                return float.__repr__(o)
            if not allow_nan:
                raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
            return text

        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _make_iterencode(markers, self.default, encode_str, indent, floatstr,
                                self.key_separator, self.item_separator, self.sort_keys,
                                self.skipkeys)(o, 0)


def _make_iterencode(markers, default, encode_str, indent, floatstr, key_separator,
                     item_separator, sort_keys, skipkeys):
    """The recursive generator that produces the pieces of the encoding."""

    def enter(o):
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = o
            return marker
        return None

    def leave(marker):
        if marker is not None:
            del markers[marker]

    def scalar(o):
        # The encoding of a leaf value, or None when `o` is a container or unknown.
        if isinstance(o, str):
            return encode_str(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return floatstr(o)
        return None

    def encode_list(lst, level):
        if not lst:
            yield '[]'
            return
        marker = enter(lst)
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            separator = item_separator + newline
            yield '[' + newline
        else:
            newline = None
            separator = item_separator
            yield '['
        for i, value in enumerate(lst):
            if i:
                yield separator
            try:
                text = scalar(value)
                if text is not None:
                    yield text
                else:
                    yield from encode(value, level)
            except GeneratorExit:
                raise
            except BaseException as exc:
                exc.add_note(f'when serializing {type(lst).__name__} item {i}')
                raise
        if newline is not None:
            level -= 1
            yield '\n' + indent * level
        yield ']'
        leave(marker)

    def encode_dict(dct, level):
        if not dct:
            yield '{}'
            return
        marker = enter(dct)
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            separator = item_separator + newline
            yield '{' + newline
        else:
            newline = None
            separator = item_separator
            yield '{'
        items = sorted(dct.items()) if sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield separator
            yield encode_str(key)
            yield key_separator
            try:
                text = scalar(value)
                if text is not None:
                    yield text
                else:
                    yield from encode(value, level)
            except GeneratorExit:
                raise
            except BaseException as exc:
                exc.add_note(f'when serializing {type(dct).__name__} item {key!r}')
                raise
        if newline is not None:
            level -= 1
            yield '\n' + indent * level
        yield '}'
        leave(marker)

    def encode(o, level):
        text = scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from encode_list(o, level)
        elif isinstance(o, dict):
            yield from encode_dict(o, level)
        else:
            marker = enter(o)
            replacement = default(o)
            try:
                yield from encode(replacement, level)
            except GeneratorExit:
                raise
            except BaseException as exc:
                exc.add_note(f'when serializing {type(o).__name__} object')
                raise
            leave(marker)

    return encode

"""JSON decoding for ophis: `JSONDecoder`, `JSONDecodeError` and `scanstring`.

The recursive-descent scanner is in `json.scanner`; the character-level loops (string
literals, numbers, whitespace) are native (`_json`).
"""

import _json
from json import scanner

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """A ValueError that knows where in the document decoding failed.

    msg: the bare message; doc: the document; pos: the failing index;
    lineno and colno: the same position as 1-based line and column.
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def scanstring(s, end, strict=True):
    """Decode the JSON string literal whose opening quote is at s[end - 1].

    Returns (text, index just past the closing quote).
    """
    result = _json.scanstring_raw(s, end, strict)
    if result[0] is None:
        raise JSONDecodeError(result[1], s, result[2])
    return result


class JSONDecoder(object):
    """Decodes JSON text into Python objects (object -> dict, array -> list, string -> str,
    number -> int or float, true/false -> True/False, null -> None; NaN, Infinity and
    -Infinity are accepted too)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = scanner.parse_object
        self.parse_array = scanner.parse_array
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s):
        """Decode the whole of `s` (a str), allowing whitespace around the value only."""
        obj, end = self.raw_decode(s, idx=_json.skip_whitespace(s, 0))
        end = _json.skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode one JSON value starting at s[idx]; return (value, index after it)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

"""The JSON value scanner: `make_scanner(decoder)` returns `scan_once(string, idx)`, which
decodes one value at `idx` and returns `(value, end)`, or raises `StopIteration(idx)` when no
value starts there."""

import _json

__all__ = ['make_scanner']

_skip = _json.skip_whitespace
_WHITESPACE = ' \t\n\r'


def _error(msg, s, pos):
    from json.decoder import JSONDecodeError
    return JSONDecodeError(msg, s, pos)


def _value(scan_once, s, end):
    try:
        return scan_once(s, end)
    except StopIteration as err:
        raise _error("Expecting value", s, err.value) from None


def parse_object(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None):
    """Parse the members of an object whose '{' is at s[end - 1]."""
    s, end = s_and_end
    from json.decoder import scanstring
    if memo is None:
        memo = {}
    pairs = []
    nextchar = s[end:end + 1]
    if nextchar != '"':
        end = _skip(s, end)
        nextchar = s[end:end + 1]
        if nextchar == '}':
            if object_pairs_hook is not None:
                return object_pairs_hook(pairs), end + 1
            result = {}
            if object_hook is not None:
                result = object_hook(result)
            return result, end + 1
        if nextchar != '"':
            raise _error("Expecting property name enclosed in double quotes", s, end)
    end += 1
    while True:
        key, end = scanstring(s, end, strict)
        key = memo.setdefault(key, key)
        if s[end:end + 1] != ':':
            end = _skip(s, end)
            if s[end:end + 1] != ':':
                raise _error("Expecting ':' delimiter", s, end)
        end = _skip(s, end + 1)
        value, end = _value(scan_once, s, end)
        pairs.append((key, value))
        end = _skip(s, end)
        nextchar = s[end:end + 1]
        if nextchar == '}':
            end += 1
            break
        if nextchar != ',':
            raise _error("Expecting ',' delimiter", s, end)
        comma = end
        end = _skip(s, end + 1)
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar == '}':
                raise _error("Illegal trailing comma before end of object", s, comma)
            raise _error("Expecting property name enclosed in double quotes", s, end)
        end += 1
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end
    result = dict(pairs)
    if object_hook is not None:
        result = object_hook(result)
    return result, end


def parse_array(s_and_end, scan_once):
    """Parse the elements of an array whose '[' is at s[end - 1]."""
    s, end = s_and_end
    values = []
    end = _skip(s, end)
    if s[end:end + 1] == ']':
        return values, end + 1
    while True:
        value, end = _value(scan_once, s, end)
        values.append(value)
        end = _skip(s, end)
        nextchar = s[end:end + 1]
        if nextchar == ']':
            return values, end + 1
        if nextchar != ',':
            raise _error("Expecting ',' delimiter", s, end)
        comma = end
        end = _skip(s, end + 1)
        if s[end:end + 1] == ']':
            raise _error("Illegal trailing comma before end of array", s, comma)


def make_scanner(context):
    """Build the scan_once function for a JSONDecoder (or any object with its attributes)."""
    parse_object_ = context.parse_object
    parse_array_ = context.parse_array
    parse_string = context.parse_string
    strict = context.strict
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    memo = context.memo
    scan_number = _json.scan_number

    def scan(s, idx):
        c = s[idx:idx + 1]
        if c == '"':
            return parse_string(s, idx + 1, strict)
        if c == '{':
            return parse_object_((s, idx + 1), strict, scan, object_hook, object_pairs_hook, memo)
        if c == '[':
            return parse_array_((s, idx + 1), scan)
        if c == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if c == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if c == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        number = scan_number(s, idx) if c else None
        if number is not None:
            integer, frac, exp, end = number
            if frac is not None or exp is not None:
                return parse_float(integer + (frac or '') + (exp or '')), end
            return parse_int(integer), end
        if c == 'N' and s[idx:idx + 3] == 'NaN':
            return parse_constant('NaN'), idx + 3
        if c == 'I' and s[idx:idx + 8] == 'Infinity':
            return parse_constant('Infinity'), idx + 8
        if c == '-' and s[idx:idx + 9] == '-Infinity':
            return parse_constant('-Infinity'), idx + 9
        raise StopIteration(idx)

    def scan_once(s, idx):
        if idx < 0:
            raise StopIteration(idx)
        try:
            return scan(s, idx)
        finally:
            memo.clear()

    return scan_once

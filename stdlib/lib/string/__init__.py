"""Text constants, capwords(), $-substitution templates (Template) and Formatter."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split *s* on *sep*, capitalize each word, and join them with *sep* (a space if None)."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}


class _UncompiledPattern:
    """`Template.pattern` before first use: compiles on first access, so that `import string`
    does not import `re` (subclasses compile theirs when they are created)."""

    def __get__(self, instance, owner):
        return owner._compile_pattern()


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    # `(?a:...)`: with IGNORECASE, `[a-z]` alone would also match non-ASCII letters.
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = None  # None means re.IGNORECASE

    pattern = _UncompiledPattern()

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls._compile_pattern()

    @classmethod
    def _compile_pattern(cls):
        import re

        # A subclass's own `pattern` may be a compiled regex (used as is), a string (compiled
        # with the class flags) or absent (built from delimiter/idpattern/braceidpattern).
        pattern = cls.__dict__.get("pattern")
        if isinstance(pattern, re.Pattern):
            return pattern
        if pattern is None or isinstance(pattern, _UncompiledPattern):
            delim = re.escape(cls.delimiter)
            braced = cls.braceidpattern or cls.idpattern
            pattern = (
                delim + "(?:"
                "(?P<escaped>" + delim + ")|"
                "(?P<named>" + cls.idpattern + ")|"
                "{(?P<braced>" + braced + ")}|"
                "(?P<invalid>)"
                ")"
            )
        if cls.flags is None:
            cls.flags = re.IGNORECASE
        compiled = re.compile(pattern, cls.flags | re.VERBOSE)
        cls.pattern = compiled
        return compiled

    def __init__(self, template):
        self.template = template

    def _invalid(self, match):
        # The column is that of the character after the delimiter (the `invalid` group).
        index = match.start("invalid")
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            lineno = colno = 1
        else:
            colno = index - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _unrecognized(self):
        return ValueError("Unrecognized named group in pattern", self.pattern)

    def _replace_all(self, mapping, safe):
        def replacement(match):
            name = match.group("named") or match.group("braced")
            if name is not None:
                if not safe:
                    return str(mapping[name])
                try:
                    return str(mapping[name])
                except KeyError:
                    return match.group()
            if match.group("escaped") is not None:
                return self.delimiter
            if match.group("invalid") is not None:
                if safe:
                    return match.group()
                self._invalid(match)
            raise self._unrecognized()

        return self.pattern.sub(replacement, self.template)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._replace_all(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._replace_all(mapping, True)

    def is_valid(self):
        for match in self.pattern.finditer(self.template):
            if match.group("invalid") is not None:
                return False
            if (match.group("named") is None and match.group("braced") is None
                    and match.group("escaped") is None):
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        ids = []
        for match in self.pattern.finditer(self.template):
            name = match.group("named") or match.group("braced")
            if name is not None:
                if name not in ids:
                    ids.append(name)
            elif match.group("invalid") is None and match.group("escaped") is None:
                raise self._unrecognized()
        return ids


class _ChainMap:
    """The keyword arguments first, then the mapping (what substitute() looks names up in)."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


def _parse_format(format_string):
    """Yield (literal_text, field_name, format_spec, conversion) as str.format reads them."""
    s = format_string
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == "{":
            if i + 1 < n and s[i + 1] == "{":
                literal.append("{")
                i += 2
                yield "".join(literal), None, None, None
                literal = []
                continue
            # a replacement field: find its end, honouring nested braces in the spec
            depth = 1
            j = i + 1
            field_start = j
            while j < n and depth:
                if s[j] == "{":
                    depth += 1
                elif s[j] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                elif s[j] == "[" and depth == 1:
                    # an index in the field name may contain braces? no: skip to ']'
                    k = s.find("]", j)
                    if k != -1 and s.find(":", field_start, j) == -1 and s.find("!", field_start, j) == -1:
                        j = k
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = s[field_start:j]
            i = j + 1
            name, conversion, spec = _split_field(field)
            yield "".join(literal), name, spec, conversion
            literal = []
        elif c == "}":
            if i + 1 < n and s[i + 1] == "}":
                literal.append("}")
                i += 2
                yield "".join(literal), None, None, None
                literal = []
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield "".join(literal), None, None, None


def _split_field(field):
    """Split a replacement field's text into (name, conversion, spec)."""
    i = 0
    n = len(field)
    while i < n and field[i] not in "!:":
        if field[i] == "[":
            k = field.find("]", i)
            if k == -1:
                break
            i = k
        i += 1
    name = field[:i]
    conversion = None
    spec = ""
    if i < n and field[i] == "!":
        if i + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = field[i + 1]
        i += 2
        if i < n and field[i] != ":":
            raise ValueError("expected ':' after conversion specifier")
    if i < n and field[i] == ":":
        spec = field[i + 1:]
    return name, conversion, spec


def _split_field_name(name):
    """Split 'a.b[0]' into ('a', [(True, 'b'), (False, 0)])."""
    i = 0
    n = len(name)
    while i < n and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == ".":
            j = i + 1
            while j < n and name[j] not in ".[":
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif name[i] == "[":
            j = name.find("]", i)
            if j == -1:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """str.format's machinery as overridable methods."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == "":
                    if auto_arg_index is False:
                        raise ValueError("cannot switch from manual field specification to automatic field numbering")
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError("cannot switch from automatic field numbering to manual field specification")
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion!s}")

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first

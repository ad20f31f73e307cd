"""Support for regular expressions (RE).

This module provides regular expression matching operations similar to those found in Perl.
It supports both 8-bit and Unicode strings; both the pattern and the strings being processed
can contain null bytes and characters outside the US ASCII range.

The engine is ophis's native `_sre` module; this module holds the public functions, the flags
(`RegexFlag`), the compile cache, `re.error` and `re.Scanner`.
"""

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag", "PatternError",
]

__version__ = "2.2.1"


# --------------------------------------------------------------------
# flags
#
# RegexFlag is an int subclass with IntFlag's reprs (`re.IGNORECASE|re.MULTILINE`). It stands
# in for `enum.IntFlag` until ophis has the enum module.

_FLAG_MEMBERS = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("DEBUG", 128),
)
_ALL_FLAG_BITS = 511


class _RegexFlagType(type):
    def __repr__(cls):
        return "<flag %r>" % cls.__name__

    def __iter__(cls):
        return iter([cls._members[name] for name, _ in _FLAG_MEMBERS])

    def __len__(cls):
        return len(_FLAG_MEMBERS)

    def __contains__(cls, value):
        return isinstance(value, cls)


class RegexFlag(int, metaclass=_RegexFlagType):
    """Flags for the re module's functions."""

    _members = {}

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        names = [name for name, bit in _FLAG_MEMBERS if v & bit]
        known = 0
        for name, bit in _FLAG_MEMBERS:
            known |= bit
        if v & ~known:
            return None
        return "|".join(names)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        rest = v
        for name, bit in _FLAG_MEMBERS:
            if v & bit:
                parts.append("re." + name)
                rest &= ~bit
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        return format(repr(self), spec)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAG_BITS ^ int(self) if 0 <= int(self) <= _ALL_FLAG_BITS else ~int(self))

    def __contains__(self, other):
        return int(other) & int(self) == int(other)

    def __reduce__(self):
        return (RegexFlag, (int(self),))


for _name, _bit in _FLAG_MEMBERS:
    _member = RegexFlag(_bit)
    RegexFlag._members[_name] = _member
    setattr(RegexFlag, _name, _member)
RegexFlag.NOFLAG = RegexFlag(0)
RegexFlag.A = RegexFlag.ASCII
RegexFlag.I = RegexFlag.IGNORECASE
RegexFlag.L = RegexFlag.LOCALE
RegexFlag.U = RegexFlag.UNICODE
RegexFlag.M = RegexFlag.MULTILINE
RegexFlag.S = RegexFlag.DOTALL
RegexFlag.X = RegexFlag.VERBOSE
RegexFlag.__module__ = "re"

NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
DEBUG = RegexFlag.DEBUG
del _name, _bit, _member


# --------------------------------------------------------------------
# errors

class PatternError(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = "re"

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        super().__init__(msg)


error = PatternError
_sre._set_error(PatternError)

Pattern = _sre.Pattern
Match = _sre.Match


# --------------------------------------------------------------------
# public interface

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


class _ZeroSentinel(int):
    pass


_zero_sentinel = _ZeroSentinel()


def _positional_count(func, name, total, args, count, flags):
    # Positional count/maxsplit and flags are deprecated (3.13): accept them with a warning.
    if count is not _zero_sentinel:
        raise TypeError("%s() got multiple values for argument %r" % (func, name))
    count = args[0]
    if len(args) > 1:
        if flags is not _zero_sentinel:
            raise TypeError("%s() got multiple values for argument 'flags'" % func)
        flags = args[1]
        if len(args) > 2:
            raise TypeError("%s() takes from %d to %d positional arguments but %d were given"
                            % (func, total - 2, total, total + len(args) - 2))
    import warnings
    warnings.warn("%r is passed as positional argument" % name, DeprecationWarning, stacklevel=3)
    return count, flags


def sub(pattern, repl, string, *args, count=_zero_sentinel, flags=_zero_sentinel):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl.  repl can be either a string or a callable;
    if a string, backslash escapes in it are processed.  If it is
    a callable, it's passed the Match object and must return
    a replacement string to be used."""
    if args:
        count, flags = _positional_count("sub", "count", 5, args, count, flags)
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, *args, count=_zero_sentinel, flags=_zero_sentinel):
    """Return a 2-tuple containing (new_string, number).
    new_string is the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in the source
    string by the replacement repl.  number is the number of
    substitutions that were made. repl can be either a string or a
    callable; if a string, backslash escapes in it are processed.
    If it is a callable, it's passed the Match object and must
    return a replacement string to be used."""
    if args:
        count, flags = _positional_count("subn", "count", 5, args, count, flags)
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, *args, maxsplit=_zero_sentinel, flags=_zero_sentinel):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings.  If
    capturing parentheses are used in pattern, then the text of all
    groups in the pattern are also returned as part of the resulting
    list.  If maxsplit is nonzero, at most maxsplit splits occur,
    and the remainder of the string is returned as the final element
    of the list."""
    if args:
        maxsplit, flags = _positional_count("split", "maxsplit", 4, args, maxsplit, flags)
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string.

    If one or more capturing groups are present in the pattern, return
    a list of groups; this will be a list of tuples if the pattern
    has more than one group.

    Empty matches are included in the result."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object.

    Empty matches are included in the result."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


# Characters escape() prefixes with a backslash.
_special_chars_map = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, "latin1")
        return pattern.translate(_special_chars_map).encode("latin1")


# --------------------------------------------------------------------
# internals

_cache = {}  # key: (type, pattern, flags); insertion order is the eviction order
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = _sre.compile(pattern, flags)
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            # Drop the oldest entry.
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


class Scanner:
    """A simple lexical scanner: `lexicon` is a list of (pattern, action) pairs; `scan()`
    matches them in order at each position and collects the actions' results."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = int(flags)
        self.lexicon = lexicon
        parts = []
        self._actions = {}
        group = 1
        for phrase, action in lexicon:
            inner = _sre.compile(phrase, flags).groups
            self._actions[group] = action
            parts.append("(" + phrase + ")")
            group += 1 + inner
        self.scanner = _sre.compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self._actions[_outer_group(self._actions, m)]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


def _outer_group(actions, m):
    # The alternative that matched is the outer group with a span.
    for g in actions:
        if m.start(g) != -1:
            return g
    return m.lastindex

"""Support for regular expressions (RE).

This module provides regular expression matching operations similar to those found in Perl.
It supports both 8-bit and Unicode strings; both the pattern and the strings being processed
can contain null bytes and characters outside the US ASCII range.

The engine is ophis's native `_sre` module; this module holds the public functions, the flags
(`RegexFlag`), the compile cache, `re.error` and `re.Scanner`.
"""

import enum
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
# The members are also module globals (`re.IGNORECASE`), and reprs name the module
# (`re.IGNORECASE|re.MULTILINE`, `re.NOFLAG`); KEEP boundary: unknown bits survive operations.

@enum.global_enum
@enum._simple_enum(enum.IntFlag, boundary=enum.KEEP)
class RegexFlag:
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    # DEBUG is not listed in `__all__`.
    DEBUG = 128
    __str__ = object.__str__
    _numeric_repr_ = hex


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

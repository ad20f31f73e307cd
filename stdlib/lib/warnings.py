"""Python part of the warnings subsystem.

ophis's own implementation of CPython's ``warnings`` module. The core (the filters list, the
registries, ``warn`` and ``warn_explicit``) is the native ``_warnings`` module; it reads this
module's ``filters``, ``onceregistry``, ``defaultaction``, ``_showwarnmsg`` and
``WarningMessage`` whenever it issues a warning, so assigning them here takes effect.
"""

import sys

from _warnings import (
    filters,
    _defaultaction as defaultaction,
    _onceregistry as onceregistry,
    warn,
    warn_explicit,
    _filters_mutated_lock_held,
    _acquire_lock,
    _release_lock,
)

__all__ = [
    "warn",
    "warn_explicit",
    "showwarning",
    "formatwarning",
    "filterwarnings",
    "simplefilter",
    "resetwarnings",
    "catch_warnings",
    "deprecated",
]

_ACTIONS = ("default", "always", "all", "ignore", "module", "once", "error")

# catch_warnings() saves and restores the module globals (CPython's behaviour when
# sys.flags.context_aware_warnings is off); ophis has no context variables yet.
_use_context = False


class _Lock:
    """The core's reentrant lock as a context manager."""

    def __enter__(self):
        _acquire_lock()
        return self

    def __exit__(self, *exc_info):
        _release_lock()


_lock = _Lock()


def _filters_mutated():
    with _lock:
        _filters_mutated_lock_held()


def _get_filters():
    """The filters list in force (non-public, used by tests)."""
    return _module().filters


def _module():
    # catch_warnings(module=...) aside, the functions here act on the imported module, which
    # user code may have changed attributes of.
    return sys.modules.get(__name__) or sys.modules["warnings"]


# --- showing --------------------------------------------------------------------------------

class WarningMessage(object):
    """What showwarning() is given, as one object (also what catch_warnings(record=True)
    collects)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return "{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" % (
            self.message, self._category_name, self.filename, self.lineno, self.line)

    def __repr__(self):
        return f"<{type(self).__qualname__} {self}>"


def _getline(filename, lineno):
    try:
        import linecache
    except ImportError:
        linecache = None
    if linecache is not None:
        return linecache.getline(filename, lineno)
    # Until ophis has linecache: read the file (UTF-8, the default source encoding).
    if not isinstance(filename, str) or filename.startswith("<") or lineno < 1:
        return ""
    try:
        with open(filename, encoding="utf-8") as f:
            for number, text in enumerate(f, 1):
                if number == lineno:
                    return text
    except Exception:
        pass
    return ""


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    text = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    line = msg.line
    if line is None:
        try:
            line = _getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        text += "  %s\n" % line.strip()
    return text


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() writes for a warning."""
    wm = _module()
    return wm._formatwarnmsg_impl(wm.WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _module()._formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to ``file`` (sys.stderr by default); replaceable."""
    wm = _module()
    wm._showwarnmsg_impl(wm.WarningMessage(message, category, filename, lineno, file, line))


# The originals, to tell whether user code replaced the hooks.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Formats with a replaced formatwarning() if there is one."""
    wm = _module()
    fw = getattr(wm, "formatwarning", _formatwarning_orig)
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return wm._formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    """Show a WarningMessage through a replaced showwarning() if there is one."""
    wm = _module()
    sw = getattr(wm, "showwarning", _showwarning_orig)
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    wm._showwarnmsg_impl(msg)


# --- filters --------------------------------------------------------------------------------

def _check_action(action):
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")


def _check_lineno(lineno):
    if not isinstance(lineno, int):
        raise TypeError("lineno must be an int")
    if lineno < 0:
        raise ValueError("lineno must be an int >= 0")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Add a filter in front of the others (at the end with ``append``).

    ``message`` and ``module`` are regular expressions matched at the start of the warning's
    text (case-insensitively) and of its module's name; ``category`` a Warning subclass the
    warning's class must derive from; ``lineno`` a line number, 0 for any line. ``action`` is
    one of "error", "ignore", "always", "all", "default", "module" and "once".
    """
    _check_action(action)
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise TypeError("module must be a string")
    _check_lineno(lineno)
    message = _compile(message, True) if message else None
    module = _compile(module, False) if module else None
    _module()._add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter for any message and module in front of the others (at the end with
    ``append``); the arguments mean what they mean to filterwarnings().
    """
    _check_action(action)
    _check_lineno(lineno)
    _module()._add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    wm = _module()
    with _lock:
        current = wm.filters
        if append:
            if item not in current:
                current.append(item)
        else:
            # A filter added again moves to the front.
            if item in current:
                current.remove(item)
            current.insert(0, item)
        wm._filters_mutated_lock_held()


def resetwarnings():
    """Remove every filter."""
    wm = _module()
    with _lock:
        del wm.filters[:]
        wm._filters_mutated_lock_held()


# --- patterns -------------------------------------------------------------------------------

def _compile(pattern, ignore_case):
    try:
        import re
    except ImportError:
        return _Pattern(pattern, ignore_case)
    return re.compile(pattern, re.I) if ignore_case else re.compile(pattern)


def _escape(text):
    try:
        import re
    except ImportError:
        return "".join(c if c.isalnum() or c == "_" else "\\" + c for c in text)
    return re.escape(text)


class _Pattern:
    """A compiled pattern for filters while ophis has no ``re`` module: ``match`` anchors at
    the start and understands literals, ``.``, ``[...]`` classes, ``\\d \\w \\s \\z \\Z``,
    escapes, ``^``, ``$`` and the greedy ``* + ?`` quantifiers (groups and alternation are
    taken literally)."""

    def __init__(self, pattern, ignore_case=False):
        self.pattern = pattern
        self.flags = 2 if ignore_case else 0
        self._ignore_case = ignore_case
        self._items = self._parse(pattern)

    def __repr__(self):
        if self._ignore_case:
            return f"re.compile({self.pattern!r}, re.IGNORECASE)"
        return f"re.compile({self.pattern!r})"

    def __eq__(self, other):
        return isinstance(other, _Pattern) and (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _parse(self, p):
        # Items: (kind, data, quantifier) with kind 'lit', 'any', 'set', 'end', 'start'.
        items = []
        i = 0
        while i < len(p):
            c = p[i]
            if c == "\\" and i + 1 < len(p):
                e = p[i + 1]
                i += 2
                if e == "d":
                    item = ["set", (False, [("0", "9")]), None]
                elif e == "w":
                    item = ["set", (False, [("a", "z"), ("A", "Z"), ("0", "9"), ("_", "_")]), None]
                elif e == "s":
                    item = ["set", (False, [(" ", " "), ("\t", "\r")]), None]
                elif e in "zZ":
                    item = ["end", True, None]
                elif e == "A":
                    item = ["start", None, None]
                else:
                    item = ["lit", {"n": "\n", "t": "\t", "r": "\r"}.get(e, e), None]
            elif c == ".":
                item = ["any", None, None]
                i += 1
            elif c == "^":
                item = ["start", None, None]
                i += 1
            elif c == "$":
                item = ["end", False, None]
                i += 1
            elif c == "[":
                j = i + 1
                negate = j < len(p) and p[j] == "^"
                if negate:
                    j += 1
                ranges = []
                first = True
                while j < len(p) and (p[j] != "]" or first):
                    first = False
                    lo = p[j]
                    if lo == "\\" and j + 1 < len(p):
                        j += 1
                        lo = p[j]
                    if j + 2 < len(p) and p[j + 1] == "-" and p[j + 2] != "]":
                        ranges.append((lo, p[j + 2]))
                        j += 3
                    else:
                        ranges.append((lo, lo))
                        j += 1
                item = ["set", (negate, ranges), None]
                i = j + 1
            elif c in "*+?" and items and items[-1][2] is None and items[-1][0] in ("lit", "any", "set"):
                items[-1][2] = c
                i += 1
                continue
            else:
                item = ["lit", c, None]
                i += 1
            items.append(item)
        return items

    def _one(self, item, ch):
        kind, data = item[0], item[1]
        if kind == "any":
            return ch != "\n"
        if kind == "lit":
            return ch == data or (self._ignore_case and ch.lower() == data.lower())
        negate, ranges = data
        chars = (ch, ch.lower(), ch.upper()) if self._ignore_case else (ch,)
        found = any(lo <= c <= hi for c in chars for lo, hi in ranges)
        return found != negate

    def _match_at(self, text, pos, k):
        items = self._items
        while k < len(items):
            item = items[k]
            kind, quant = item[0], item[2]
            if kind == "start":
                if pos != 0:
                    return False
                k += 1
                continue
            if kind == "end":
                strict = item[1]
                if not (pos == len(text) or (not strict and pos == len(text) - 1 and text[pos] == "\n")):
                    return False
                k += 1
                continue
            if quant is None:
                if pos < len(text) and self._one(item, text[pos]):
                    pos += 1
                    k += 1
                    continue
                return False
            # Greedy: take as many as possible, then give back one at a time.
            lowest = 1 if quant == "+" else 0
            highest = 1 if quant == "?" else len(text) - pos
            count = 0
            while count < highest and self._one(item, text[pos + count]):
                count += 1
            while count >= lowest:
                if self._match_at(text, pos + count, k + 1):
                    return True
                count -= 1
            return False
        return True

    def match(self, text):
        """A true value when the pattern matches at the start of ``text``."""
        return True if self._match_at(text, 0, 0) else None


# --- -W options -----------------------------------------------------------------------------

class _OptionError(Exception):
    """Exception used by option processing helpers."""
    pass


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    """Applies one ``action:message:category:module:lineno`` option."""
    parts = arg.split(":")
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    parts += [""] * (5 - len(parts))
    action, message, category, module, lineno = [p.strip() for p in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message:
        message = _escape(message)
    if module:
        module = _escape(module) + r"\z"
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    for name in _ACTIONS:
        if name.startswith(action):
            return name
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if "." in category:
        modname, _, name = category.rpartition(".")
        try:
            source = __import__(modname, None, None, [name])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,)) from None
    else:
        import builtins as source
        name = category
    try:
        found = getattr(source, name)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not issubclass(found, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return found


# --- catch_warnings -------------------------------------------------------------------------

class catch_warnings(object):
    """Context manager that restores the filters and the showwarning() hook on exit.

    With ``record=True`` entering gives a list that collects every shown warning as a
    WarningMessage instead of printing it. ``action`` (with ``category``, ``lineno``,
    ``append``) installs a simplefilter() on entry. ``module`` replaces the ``warnings``
    module acted on (for testing it).
    """

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        m = self._module
        with _lock:
            self._filters = m.filters
            m.filters = self._filters[:]
            self._showwarnmsg_impl = m._showwarnmsg_impl
            self._showwarning = m.showwarning
            m._filters_mutated_lock_held()
            log = None
            if self._record:
                log = []
                m._showwarnmsg_impl = log.append
                # The default showwarning() hands the message to _showwarnmsg_impl.
                m.showwarning = m._showwarning_orig
        if self._filter is not None:
            m.simplefilter(*self._filter)
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        m = self._module
        with _lock:
            m.filters = self._filters
            m._showwarnmsg_impl = self._showwarnmsg_impl
            m.showwarning = self._showwarning
            m._filters_mutated_lock_held()


# --- deprecation helpers --------------------------------------------------------------------

def _wraps(wrapper, wrapped):
    # functools.wraps, which ophis does not have yet.
    for name in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapper, name, getattr(wrapped, name))
        except AttributeError:
            pass
    try:
        wrapper.__dict__.update(wrapped.__dict__)
    except AttributeError:
        pass
    wrapper.__wrapped__ = wrapped
    return wrapper


class deprecated:
    """Decorator marking a class or function as deprecated (PEP 702).

    Calling a decorated function, or instantiating or subclassing a decorated class, issues
    the message as a warning of ``category`` (DeprecationWarning unless given; None issues
    nothing), attributed ``stacklevel`` frames up from the caller. The message is also kept
    in the ``__deprecated__`` attribute for type checkers.
    """

    def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError(f"Expected an object of type str for 'message', not {type(message).__name__!r}")
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg, /):
        # The wrappers close over these, not over self.
        msg = self.message
        category = self.category
        stacklevel = self.stacklevel
        if category is None:
            arg.__deprecated__ = msg
            return arg
        if isinstance(arg, type):
            return _deprecate_class(arg, msg, category, stacklevel)
        if callable(arg):
            def wrapper(*args, **kwargs):
                _module().warn(msg, category=category, stacklevel=stacklevel + 1)
                return arg(*args, **kwargs)

            _wraps(wrapper, arg)
            arg.__deprecated__ = wrapper.__deprecated__ = msg
            return wrapper
        raise TypeError(
            "@deprecated decorator with non-None category must be applied to "
            f"a class or callable, not {arg!r}"
        )


def _deprecate_class(cls, msg, category, stacklevel):
    """Makes instantiating and subclassing ``cls`` warn."""
    original_new = cls.__new__

    def __new__(klass, /, *args, **kwargs):
        if klass is cls:
            _module().warn(msg, category=category, stacklevel=stacklevel + 1)
        if original_new is not object.__new__:
            return original_new(klass, *args, **kwargs)
        if klass.__init__ is object.__init__ and (args or kwargs):
            raise TypeError(f"{klass.__name__}() takes no arguments")
        return original_new(klass)

    _wraps(__new__, original_new)
    cls.__new__ = staticmethod(__new__)

    if "__init_subclass__" in cls.__dict__:
        original_init_subclass = cls.__init_subclass__
        # A classmethod defined in Python comes back bound; call its function.
        original_init_subclass = getattr(original_init_subclass, "__func__", original_init_subclass)

        def __init_subclass__(*args, **kwargs):
            _module().warn(msg, category=category, stacklevel=stacklevel + 1)
            return original_init_subclass(*args, **kwargs)

        _wraps(__init_subclass__, original_init_subclass)
    else:
        def __init_subclass__(klass, *args, **kwargs):
            _module().warn(msg, category=category, stacklevel=stacklevel + 1)
            return super(cls, klass).__init_subclass__(*args, **kwargs)

    cls.__init_subclass__ = classmethod(__init_subclass__)
    cls.__deprecated__ = __new__.__deprecated__ = msg
    __init_subclass__.__deprecated__ = msg
    return cls


_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    """Warn that ``name`` is deprecated, to be removed in Python ``remove`` (a
    (major, minor) tuple); RuntimeError once that version is past its alpha. ``message`` is
    formatted with ``name`` and the version as "major.minor".
    """
    remove_formatted = f"{remove[0]}.{remove[1]}"
    current = tuple(_version[:2])
    if current > remove or (current == remove and _version[3] != "alpha"):
        raise RuntimeError(f"{name!r} was slated for removal after Python {remove_formatted} alpha")
    _module().warn(message.format(name=name, remove=remove_formatted), DeprecationWarning, stacklevel=3)


# Apply -W options / PYTHONWARNINGS (the core already holds the default filters).
_processoptions(sys.warnoptions)

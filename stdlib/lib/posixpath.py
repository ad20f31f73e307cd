"""Common operations on POSIX pathnames (imported as os.path)."""

import posix

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime", "getatime",
           "getctime", "islink", "exists", "lexists", "isdir", "isfile", "ismount",
           "expanduser", "expandvars", "normpath", "abspath", "samefile", "sameopenfile",
           "samestat", "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath", "commonpath",
           "isjunction", "isdevdrive", "ALLOW_MISSING"]


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    import os
    return os.fspath(p)


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def _check_arg_types(funcname, *args):
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return _fspath(s)


def isabs(s):
    """Test whether a path is absolute"""
    s = _fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    a = _fspath(a)
    sep = _sep(a)
    path = a
    try:
        for b in map(_fspath, p):
            if b.startswith(sep) or not path:
                path = b
            elif path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """Split a pathname into (head, tail); tail is everything after the final slash."""
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext), ext possibly empty."""
    p = _fspath(p)
    if isinstance(p, bytes):
        sep, extsep_ = b'/', b'.'
    else:
        sep, extsep_ = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep_)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != extsep_:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always empty."""
    p = _fspath(p)
    return p[:0], p


def splitroot(p):
    """Split a pathname into drive, root and tail."""
    p = _fspath(p)
    sep = _sep(p)
    empty = p[:0]
    if p[:1] != sep:
        return empty, empty, p
    if p[1:2] != sep or p[2:3] == sep:
        return empty, sep, p[1:]
    return empty, p[:2], p[2:]


def basename(p):
    """Returns the final component of a pathname"""
    p = _fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = _fspath(p)
    sep = _sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    """Given a list of pathnames, returns the longest common leading component"""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def _stat(path, follow=True):
    return posix.stat(path) if follow else posix.lstat(path)


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    try:
        posix.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    try:
        posix.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode_is(path, kind, follow=True):
    try:
        st = _stat(path, follow)
    except (OSError, ValueError):
        return False
    return (st[0] & 0o170000) == kind


def isfile(path):
    """Test whether a path is a regular file"""
    return _mode_is(path, 0o100000)


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    return _mode_is(s, 0o040000)


def islink(path):
    """Test whether a path is a symbolic link"""
    return _mode_is(path, 0o120000, follow=False)


def isjunction(path):
    """Test whether a path is a junction (always False on POSIX)"""
    _fspath(path)
    return False


def isdevdrive(path):
    """Determines whether the specified path is on a Windows Dev Drive."""
    return False


def ismount(path):
    """Test whether a path is a mount point"""
    try:
        s1 = posix.lstat(path)
    except (OSError, ValueError):
        return False
    if (s1[0] & 0o170000) == 0o120000:
        return False
    path = _fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    try:
        s2 = posix.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1[2] != s2[2] or s1[1] == s2[1]


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return posix.stat(filename)[6]


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return posix.stat(filename)[11] / 1e9


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return posix.stat(filename)[10] / 1e9


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return posix.stat(filename)[12] / 1e9


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory"""
    s1 = posix.stat(f1)
    s2 = posix.stat(f2)
    return s1[1] == s2[1] and s1[2] == s2[2]


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    s1 = posix.fstat(fp1)
    s2 = posix.fstat(fp2)
    return s1[1] == s2[1] and s1[2] == s2[2]


def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown, do nothing."""
    path = _fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        import os
        userhome = os.environ.get('HOME')
        if userhome is None:
            return path
    else:
        # ~user needs the password database, which ophis does not have yet.
        return path
    if isinstance(path, bytes):
        userhome = userhome.encode('utf-8', 'surrogateescape')
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


def _is_name_char(c):
    return c == '_' or c.isascii() and c.isalnum()


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables are left unchanged."""
    path = _fspath(path)
    is_bytes = isinstance(path, bytes)
    text = path.decode('latin-1') if is_bytes else path
    if '$' not in text:
        return path
    import os
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        j = i + 1
        if j < n and text[j] == '{':
            end = text.find('}', j + 1)
            if end < 0:
                out.append(text[i:])
                break
            name = text[j + 1:end]
            stop = end + 1
        else:
            k = j
            while k < n and _is_name_char(text[k]):
                k += 1
            if k == j:
                out.append(c)
                i += 1
                continue
            name = text[j:k]
            stop = k
        if is_bytes:
            value = os.environ.get(name.encode('latin-1').decode('utf-8', 'surrogateescape'))
            if value is not None:
                value = value.encode('utf-8', 'surrogateescape').decode('latin-1')
        else:
            value = os.environ.get(name)
        out.append(text[i:stop] if value is None else value)
        i = stop
    result = ''.join(out)
    return result.encode('latin-1') if is_bytes else result


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = _fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    _, initial_slashes, path = splitroot(path)
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = initial_slashes + sep.join(new_comps)
    return path or dot


def abspath(path):
    """Return an absolute path."""
    path = _fspath(path)
    if not isabs(path):
        cwd = posix.getcwdb() if isinstance(path, bytes) else posix.getcwd()
        path = join(cwd, path)
    return normpath(path)


class _AllowMissing:
    def __repr__(self):
        return 'os.path.ALLOW_MISSING'


ALLOW_MISSING = _AllowMissing()


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating symbolic links."""
    filename = _fspath(filename)
    if isinstance(filename, bytes):
        sep, curdir_, pardir_ = b'/', b'.', b'..'
        getcwd = posix.getcwdb
    else:
        sep, curdir_, pardir_ = '/', '.', '..'
        getcwd = posix.getcwd
    if strict is ALLOW_MISSING:
        ignored = (FileNotFoundError,)
        strict = True
    elif strict:
        ignored = ()
    else:
        ignored = (OSError,)
    rest = filename.split(sep)[::-1]
    part_count = len(rest)
    path = sep if filename.startswith(sep) else getcwd()
    seen = {}
    while rest:
        name = rest.pop()
        if name is None:
            # A marker: the symlink that led here is resolved.
            seen[rest.pop()] = path
            continue
        part_count -= 1
        if not name or name == curdir_:
            continue
        if name == pardir_:
            path = path[:path.rindex(sep)] or sep
            continue
        newpath = path + name if path == sep else path + sep + name
        try:
            st = posix.lstat(newpath)
            is_link = (st[0] & 0o170000) == 0o120000
            if not is_link:
                if strict and part_count and (st[0] & 0o170000) != 0o040000:
                    raise OSError(20, "Not a directory", newpath)
                path = newpath
                continue
            if newpath in seen:
                path = seen[newpath]
                if path is not None:
                    continue
                if strict:
                    posix.stat(newpath)
                path = newpath
                continue
            target = posix.readlink(newpath)
        except ignored:
            if strict and part_count:
                raise
            path = newpath
            continue
        seen[newpath] = None
        if target.startswith(sep):
            path = sep
        rest.append(newpath)
        rest.append(None)
        rest.extend(target.split(sep)[::-1])
    return path


def relpath(path, start=None):
    """Return a relative version of a path"""
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    if isinstance(path, bytes):
        curdir_, sep, pardir_ = b'.', b'/', b'..'
    else:
        curdir_, sep, pardir_ = '.', '/', '..'
    if start is None:
        start = curdir_
    else:
        start = _fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir_] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir_
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    if isinstance(paths[0], bytes):
        sep, curdir_ = b'/', b'.'
    else:
        sep, curdir_ = '/', '.'
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs_, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir_] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs_ else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise

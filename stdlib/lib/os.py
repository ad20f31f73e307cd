"""OS routines for POSIX.

The native `posix` module does the system calls; this module adds what CPython writes in
Python: `environ`, `walk`, `makedirs`, `scandir` entries, `stat_result`, `fspath`, the path
name constants and `os.path` (posixpath).
"""

import sys
import posix
from posix import *
from posix import _exit
import posixpath as path

name = 'posix'
linesep = '\n'
curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
error = OSError

sys.modules['os.path'] = path

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def _fields_repr(type_name, names, values):
    inner = ', '.join(f'{n}={v!r}' for n, v in zip(names, values))
    return f'{type_name}({inner})'


class stat_result(tuple):
    """Result from stat, fstat, or lstat."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
              'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, values, dict=None):
        values = tuple(values)
        self = tuple.__new__(cls, values[:10])
        self._all = values
        return self

    def __repr__(self):
        return _fields_repr('os.stat_result', self._names, self)

    def __reduce__(self):
        return (stat_result, (self._all,))

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._all[10] / 1e9 if len(self._all) > 10 else self[7])
    st_mtime = property(lambda self: self._all[11] / 1e9 if len(self._all) > 11 else self[8])
    st_ctime = property(lambda self: self._all[12] / 1e9 if len(self._all) > 12 else self[9])
    st_atime_ns = property(lambda self: self._all[10])
    st_mtime_ns = property(lambda self: self._all[11])
    st_ctime_ns = property(lambda self: self._all[12])
    st_blksize = property(lambda self: self._all[13])
    st_blocks = property(lambda self: self._all[14])
    st_rdev = property(lambda self: self._all[15])


stat_result.__module__ = 'os'


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path."""
    return stat_result(posix.stat(path, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Perform a stat system call on the given path, without following symbolic links."""
    return stat_result(posix.lstat(path))


def fstat(fd):
    """Perform a stat system call on the given file descriptor."""
    return stat_result(posix.fstat(fd))


class terminal_size(tuple):
    """A tuple of (columns, lines) for holding terminal window size"""

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return _fields_repr('os.terminal_size', ('columns', 'lines'), self)


def get_terminal_size(fd=1, /):
    """Return the size of the terminal window as (columns, lines)."""
    return terminal_size(posix._terminal_size(fd))


class uname_result(tuple):
    """uname_result: Result from os.uname()."""

    _names = ('sysname', 'nodename', 'release', 'version', 'machine')

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        return _fields_repr('posix.uname_result', self._names, self)


def uname():
    """Return an object identifying the current operating system."""
    return uname_result(posix._uname())


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set the access and modified time of path."""
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        ns = tuple(_seconds_to_ns(t) for t in times)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
    posix._utime_ns(path, ns, follow_symlinks)


def _seconds_to_ns(t):
    if isinstance(t, int):
        return t * 1_000_000_000
    whole = int(t // 1)
    return whole * 1_000_000_000 + round((t - whole) * 1e9)


def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, "
                        "not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, "
                    "not {}".format(path_type.__name__, type(path_repr).__name__))


class PathLike:
    """Abstract base class for implementing the file system path protocol."""

    __slots__ = ()

    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem encoding."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem encoding."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


class _Environ:
    """The process environment as a str mapping; changes call putenv/unsetenv."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[self._encode(key)]
        except KeyError:
            raise KeyError(key) from None
        return value.decode('utf-8', 'surrogateescape')

    def __setitem__(self, key, value):
        k = self._encode(key)
        v = self._encode(value)
        putenv(k, v)
        self._data[k] = v

    def __delitem__(self, key):
        k = self._encode(key)
        unsetenv(k)
        try:
            del self._data[k]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        for key in list(self._data):
            yield key.decode('utf-8', 'surrogateescape')

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        if not isinstance(key, str):
            return False
        return self._encode(key) in self._data

    def _encode(self, value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value.encode('utf-8', 'surrogateescape')

    def keys(self):
        return list(self)

    def values(self):
        return [self[k] for k in self]

    def items(self):
        return [(k, self[k]) for k in self]

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kwargs):
        items = other.items() if hasattr(other, 'items') else other
        for k, v in items:
            self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def clear(self):
        for k in list(self):
            del self[k]

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented

    def __repr__(self):
        inner = ', '.join(f'{k!r}: {v!r}' for k, v in self.items())
        return f'environ({{{inner}}})'

    def __or__(self, other):
        if not isinstance(other, dict) and not isinstance(other, _Environ):
            return NotImplemented
        new = dict(self.items())
        new.update(other.items() if isinstance(other, _Environ) else other)
        return new


environ = _Environ(posix.environ)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    """Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Super-rmdir; remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Super-rename; create directories as necessary and delete any left empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of a directory listed by scandir()."""

    __slots__ = ('name', 'path', '_lstat', '_stat')

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._lstat = None
        self._stat = None

    def _get_lstat(self):
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            return self._get_lstat()
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def inode(self):
        return self._get_lstat().st_ino

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return (self._mode(follow_symlinks) & 0o170000) == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return (self._mode(follow_symlinks) & 0o170000) == 0o100000

    def is_symlink(self):
        return (self._mode(False) & 0o170000) == 0o120000

    def is_junction(self):
        return False

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'


class _ScandirIterator:
    def __init__(self, directory):
        self._directory = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._names = iter(())


def scandir(path='.'):
    """Return an iterator of DirEntry objects for given path."""
    if path is None:
        path = '.'
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames)."""
    stack = [fspath(top)]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            entries = list(scandir(top))
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks:
                    walk_into = True
                else:
                    try:
                        walk_into = not entry.is_symlink()
                    except OSError:
                        walk_into = False
                if walk_into:
                    walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the named executable."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)

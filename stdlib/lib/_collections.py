"""deque and defaultdict for the collections module."""

from _thread import allocate_lock as _allocate_lock

_GenericAlias = type(list[int])


class deque:
    """A double-ended queue with optional maximum length: appends and pops at either end.
    A full bounded deque discards items from the opposite end. Each operation takes the
    deque's lock, so a deque shared between threads stays consistent."""

    __slots__ = ('_items', '_maxlen', '_lock', '_state')
    __hash__ = None

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._items = []
        self._maxlen = None
        self._lock = _allocate_lock()
        self._state = 0
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                maxlen = maxlen.__index__()
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self.clear()
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        return self._maxlen

    def _trim_left(self):
        m = self._maxlen
        if m is not None and len(self._items) > m:
            del self._items[:len(self._items) - m]

    def _trim_right(self):
        m = self._maxlen
        if m is not None and len(self._items) > m:
            del self._items[m:]

    def append(self, x, /):
        with self._lock:
            self._state += 1
            self._items.append(x)
            self._trim_left()

    def appendleft(self, x, /):
        with self._lock:
            self._state += 1
            self._items.insert(0, x)
            self._trim_right()

    def pop(self):
        with self._lock:
            if not self._items:
                raise IndexError("pop from an empty deque")
            self._state += 1
            return self._items.pop()

    def popleft(self):
        with self._lock:
            if not self._items:
                raise IndexError("pop from an empty deque")
            self._state += 1
            return self._items.pop(0)

    def extend(self, iterable, /):
        items = list(iterable)
        with self._lock:
            self._state += 1
            self._items.extend(items)
            self._trim_left()

    def extendleft(self, iterable, /):
        items = list(iterable)
        items.reverse()
        with self._lock:
            self._state += 1
            self._items[:0] = items
            self._trim_right()

    def clear(self):
        with self._lock:
            self._state += 1
            self._items.clear()

    def copy(self):
        return self.__class__(self._items, self._maxlen) if type(self) is not deque \
            else deque(self._items, self._maxlen)

    __copy__ = copy

    def count(self, value, /):
        state = self._state
        n = 0
        for item in list(self._items):
            if item is value or item == value:
                n += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, value, start=0, stop=None, /):
        items = self._items
        length = len(items)
        if start < 0:
            start = max(start + length, 0)
        if stop is None:
            stop = length
        elif stop < 0:
            stop = max(stop + length, 0)
        state = self._state
        for i in range(start, min(stop, len(items))):
            item = items[i]
            if item is value or item == value:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(f"{value!r} is not in deque")

    def insert(self, index, value, /):
        with self._lock:
            if self._maxlen is not None and len(self._items) >= self._maxlen:
                raise IndexError("deque already at its maximum size")
            self._state += 1
            self._items.insert(index, value)

    def remove(self, value, /):
        for i, item in enumerate(list(self._items)):
            if item is value or item == value:
                with self._lock:
                    self._state += 1
                    del self._items[i]
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        with self._lock:
            self._state += 1
            self._items.reverse()

    def rotate(self, n=1, /):
        with self._lock:
            items = self._items
            if items:
                n %= len(items)
                if n:
                    self._state += 1
                    items[:] = items[-n:] + items[:-n]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return _DequeIterator(self, False)

    def __reversed__(self):
        return _DequeIterator(self, True)

    def __contains__(self, value):
        state = self._state
        for item in list(self._items):
            if item is value or item == value:
                return True
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def _index(self, index):
        if not isinstance(index, int):
            if hasattr(type(index), '__index__'):
                index = index.__index__()
            else:
                raise TypeError(f"sequence index must be integer, not '{type(index).__name__}'")
        return index

    def __getitem__(self, index):
        index = self._index(index)
        try:
            return self._items[index]
        except IndexError:
            raise IndexError("deque index out of range") from None

    def __setitem__(self, index, value):
        index = self._index(index)
        try:
            self._items[index] = value
        except IndexError:
            raise IndexError("deque index out of range") from None

    def __delitem__(self, index):
        index = self._index(index)
        with self._lock:
            try:
                del self._items[index]
            except IndexError:
                raise IndexError("deque index out of range") from None
            self._state += 1

    def __repr__(self):
        name = type(self).__name__
        if _repr_running(self):
            return '[...]'
        try:
            body = repr(self._items)
        finally:
            _repr_done(self)
        if self._maxlen is not None:
            return f'{name}({body}, maxlen={self._maxlen})'
        return f'{name}({body})'

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self._items), list(other._items))

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new.__imul__(n)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self._items)
        with self._lock:
            self._state += 1
            self._items[:] = items * n if n > 0 else []
            self._trim_left()
        return self

    def __reduce__(self):
        return type(self), ((), self._maxlen), None, iter(self)

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


_repr_active = set()


def _repr_running(obj):
    from _thread import get_ident
    key = (id(obj), get_ident())
    if key in _repr_active:
        return True
    _repr_active.add(key)
    return False


def _repr_done(obj):
    from _thread import get_ident
    _repr_active.discard((id(obj), get_ident()))


class _DequeIterator:
    __slots__ = ('_deque', '_index', '_state', '_reverse')

    def __init__(self, d, reverse):
        self._deque = d
        self._state = d._state
        self._reverse = reverse
        self._index = len(d._items) - 1 if reverse else 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d is None:
            raise StopIteration
        if d._state != self._state:
            self._deque = None
            raise RuntimeError("deque mutated during iteration")
        items = d._items
        i = self._index
        if i < 0 or i >= len(items):
            self._deque = None
            raise StopIteration
        self._index = i - 1 if self._reverse else i + 1
        return items[i]

    def __length_hint__(self):
        d = self._deque
        if d is None:
            return 0
        return self._index + 1 if self._reverse else len(d._items) - self._index


_DequeIterator.__name__ = _DequeIterator.__qualname__ = '_deque_iterator'


class defaultdict(dict):
    """A dict that calls default_factory to supply values for missing keys."""

    # Declared on the class (CPython has a member descriptor here): code such as
    # dataclasses.asdict recognises defaultdict-like types by `hasattr(type, 'default_factory')`.
    default_factory = None

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        if _repr_running(self):
            return '...'
        try:
            factory_repr = repr(factory)
            body = dict.__repr__(self)
        finally:
            _repr_done(self)
        return f'{type(self).__name__}({factory_repr}, {body})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


deque.__module__ = 'collections'
defaultdict.__module__ = 'collections'

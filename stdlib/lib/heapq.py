"""Heap queues: lists kept so that heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] (min-heaps;
the *_max functions keep the reverse order). Items are compared with < only; the layouts are
exactly those CPython's algorithms produce."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop',
           'heappush_max', 'heappop_max', 'heapify_max', 'heapreplace_max',
           'heappushpop_max', 'nlargest', 'nsmallest', 'merge']


def _check_list(heap, name, arg=" 1"):
    if not isinstance(heap, list):
        raise TypeError(f"{name}() argument{arg} must be list, not {type(heap).__name__}")


# A "less than" for each heap order: min-heaps compare a < b, max-heaps b < a.
def _lt_min(a, b):
    return a < b


def _lt_max(a, b):
    return b < a


def _bubble_up(heap, root, pos, lt):
    # Move heap[pos] towards the root while it is smaller than its parent.
    item = heap[pos]
    while pos > root:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if lt(item, parent):
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sink(heap, pos, lt):
    # Floyd's variant: move the smaller child up until a leaf is reached, put the item there,
    # then let it bubble back up (fewer comparisons on average).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not lt(heap[child], heap[right]):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, start, pos, lt)


def _push(heap, item, lt, name):
    _check_list(heap, name)
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1, lt)


def _pop(heap, lt, name):
    _check_list(heap, name)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sink(heap, 0, lt)
        return top
    return last


def _replace(heap, item, lt, name):
    _check_list(heap, name)
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _sink(heap, 0, lt)
    return top


def _pushpop(heap, item, lt, name):
    _check_list(heap, name)
    if heap and lt(heap[0], item):
        item, heap[0] = heap[0], item
        _sink(heap, 0, lt)
    return item


def _heapify(heap, lt, name):
    _check_list(heap, name, "")
    for i in reversed(range(len(heap) // 2)):
        _sink(heap, i, lt)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _push(heap, item, _lt_min, "heappush")


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    return _pop(heap, _lt_min, "heappop")


def heapreplace(heap, item, /):
    """Pop the smallest item, then push item (the heap must not be empty)."""
    return _replace(heap, item, _lt_min, "heapreplace")


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item (faster than the two calls)."""
    return _pushpop(heap, item, _lt_min, "heappushpop")


def heapify(heap, /):
    """Transform a list into a heap, in place, in linear time."""
    _heapify(heap, _lt_min, "heapify")


def heappush_max(heap, item, /):
    """Push item onto a max-heap."""
    _push(heap, item, _lt_max, "heappush_max")


def heappop_max(heap, /):
    """Pop the largest item off a max-heap."""
    return _pop(heap, _lt_max, "heappop_max")


def heapreplace_max(heap, item, /):
    """Pop the largest item of a max-heap, then push item."""
    return _replace(heap, item, _lt_max, "heapreplace_max")


def heappushpop_max(heap, item, /):
    """Push item onto a max-heap, then pop and return the largest item."""
    return _pushpop(heap, item, _lt_max, "heappushpop_max")


def heapify_max(heap, /):
    """Transform a list into a max-heap, in place."""
    _heapify(heap, _lt_max, "heapify_max")


# The private names older code imports.
_heapify_max = heapify_max
_heappop_max = heappop_max
_heappush_max = heappush_max
_heapreplace_max = heapreplace_max
_heappushpop_max = heappushpop_max


def _siftdown(heap, startpos, pos):
    _bubble_up(heap, startpos, pos, _lt_min)


def _siftup(heap, pos):
    _sink(heap, pos, _lt_min)


def _siftdown_max(heap, startpos, pos):
    _bubble_up(heap, startpos, pos, _lt_max)


def _siftup_max(heap, pos):
    _sink(heap, pos, _lt_max)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (stable: equal items keep input order)."""
    lt = _lt_max if reverse else _lt_min
    entries = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            entries.append([value if key is None else key(value), order, value, it])
            break
    # Entries compare by (key, input order): the order breaks ties, so values are never compared.
    def entry_lt(a, b):
        if a[0] == b[0] or not (lt(a[0], b[0]) or lt(b[0], a[0])):
            return a[1] < b[1]
        return lt(a[0], b[0])
    _heapify_entries(entries, entry_lt)
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        it = entry[3]
        for value in it:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            _sink(entries, 0, entry_lt)
            break
        else:
            _pop(entries, entry_lt, "merge")
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from entry[3]


def _heapify_entries(entries, lt):
    for i in reversed(range(len(entries) // 2)):
        _sink(entries, i, lt)


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable (sorted(iterable, key=key)[:n])."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items of iterable (sorted(iterable, key=key, reverse=True)[:n])."""
    return _select(n, iterable, key, True)


def _select(n, iterable, key, largest):
    # Defined as the first n of the stably sorted items; sorting all of them gives exactly
    # that (ties keep their input order in both directions, as sorted(reverse=True) does).
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=largest)[:n]

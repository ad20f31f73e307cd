"""The garbage collector interface.

ophis frees objects by reference counting and has no cycle collector yet: collect() finds
nothing and returns 0, get_objects() and the referrer queries return empty lists, and the
thresholds and counts are bookkeeping that has no effect.
"""

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

garbage = []
callbacks = []

_enabled = True
_debug = 0
_threshold = (2000, 10, 10)
_frozen = 0


def enable():
    """Enable automatic garbage collection."""
    global _enabled
    _enabled = True


def disable():
    """Disable automatic garbage collection."""
    global _enabled
    _enabled = False


def isenabled():
    """Returns true if automatic garbage collection is enabled."""
    return _enabled


def collect(generation=2):
    """Run the garbage collector; returns the number of unreachable objects found (0)."""
    generation = generation.__index__()
    if not 0 <= generation <= 2:
        raise ValueError("invalid generation")
    info = {'generation': generation, 'collected': 0, 'uncollectable': 0}
    for callback in list(callbacks):
        callback('start', info)
    for callback in list(callbacks):
        callback('stop', info)
    return 0


def get_debug():
    """Get the garbage collection debugging flags."""
    return _debug


def set_debug(flags, /):
    """Set the garbage collection debugging flags."""
    global _debug
    _debug = flags.__index__()


def get_threshold():
    """Return the current collection thresholds."""
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None, /):
    """Set the collection thresholds (they have no effect in ophis)."""
    global _threshold
    t1 = _threshold[1] if threshold1 is None else threshold1
    t2 = _threshold[2] if threshold2 is None else threshold2
    _threshold = (threshold0, t1, t2)


def get_count():
    """Return a three-tuple of the current collection counts."""
    return (0, 0, 0)


def get_stats():
    """Return a list of dictionaries containing per-generation statistics."""
    return [{'collections': 0, 'collected': 0, 'uncollectable': 0} for _ in range(3)]


def get_objects(generation=None):
    """Return a list of objects tracked by the collector: ophis tracks none (empty list)."""
    if generation is not None and not -1 <= generation <= 2:
        raise ValueError("generation parameter must be less than the number of available generations (3)")
    return []


def get_referrers(*objs):
    """Return the list of objects that directly refer to any of objs (not tracked: [])."""
    return []


def get_referents(*objs):
    """Return the list of objects that are directly referred to by objs (not tracked: [])."""
    return []


def is_tracked(obj, /):
    """Returns true if the object is tracked by the garbage collector (containers are)."""
    return not isinstance(obj, (int, float, complex, str, bytes, bool, type(None)))


def is_finalized(obj, /):
    """Returns true if the object has been already finalized by the GC."""
    return False


def freeze():
    """Freeze all current tracked objects (nothing to do in ophis)."""


def unfreeze():
    """Unfreeze all objects in the permanent generation."""


def get_freeze_count():
    """Return the number of objects in the permanent generation."""
    return _frozen

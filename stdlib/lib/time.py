"""Time access and conversions.

Clocks and the C library calendar calls are native (`_time`); this module adds the
`struct_time` type, the argument checks CPython applies, `asctime`/`ctime`, `strptime`
and the time zone constants.
"""

import _time
from _time import (
    time, time_ns, monotonic, monotonic_ns, perf_counter, perf_counter_ns,
    process_time, process_time_ns, thread_time, thread_time_ns,
    clock_gettime, clock_gettime_ns, clock_getres, sleep,
    CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_MONOTONIC_RAW, CLOCK_PROCESS_CPUTIME_ID,
    CLOCK_THREAD_CPUTIME_ID, CLOCK_BOOTTIME, CLOCK_TAI,
)

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        if len(items) < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence "
                            f"({len(items)}-sequence given)")
        if len(items) > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence "
                            f"({len(items)}-sequence given)")
        self = tuple.__new__(cls, items[:9])
        # tm_zone and tm_gmtoff are attributes, not tuple items.
        self._extra = items[9:] + (None,) * (11 - len(items))
        return self

    def __repr__(self):
        fields = ', '.join(f'{name}={value!r}' for name, value in zip(_FIELDS, self))
        return f'time.struct_time({fields})'

    def __reduce__(self):
        return (struct_time, (tuple(self) + self._extra,))

    tm_year = property(lambda self: self[0], doc='year, for example, 1993')
    tm_mon = property(lambda self: self[1], doc='month of year, range [1, 12]')
    tm_mday = property(lambda self: self[2], doc='day of month, range [1, 31]')
    tm_hour = property(lambda self: self[3], doc='hours, range [0, 23]')
    tm_min = property(lambda self: self[4], doc='minutes, range [0, 59]')
    tm_sec = property(lambda self: self[5], doc='seconds, range [0, 61])')
    tm_wday = property(lambda self: self[6], doc='day of week, range [0, 6], Monday is 0')
    tm_yday = property(lambda self: self[7], doc='day of year, range [1, 366]')
    tm_isdst = property(lambda self: self[8], doc='1 if summer time is in effect, 0 if not, and -1 if unknown')
    tm_zone = property(lambda self: self._extra[0], doc='abbreviation of timezone name')
    tm_gmtoff = property(lambda self: self._extra[1], doc='offset from UTC in seconds')


struct_time.__module__ = 'time'


def _make(values):
    return struct_time(values)


def gmtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    return _make(_time.gmtime(seconds))


def localtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    return _make(_time.localtime(seconds))


def _checked_tuple(name, t):
    if t is None:
        return tuple(localtime())
    if not isinstance(t, tuple):
        raise TypeError(f"Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError(f"{name}(): illegal time tuple argument")
    return t


def _normalized_for_format(t):
    # The range checks CPython applies before calling the C library's strftime/asctime.
    year, mon, mday, hour, minute, sec, wday, yday, isdst = (int(v) for v in t)
    if mon == 0:
        mon = 1
    elif not 1 <= mon <= 12:
        raise ValueError("month out of range")
    if mday == 0:
        mday = 1
    elif not 1 <= mday <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hour <= 23:
        raise ValueError("hour out of range")
    if not 0 <= minute <= 59:
        raise ValueError("minute out of range")
    if not 0 <= sec <= 61:
        raise ValueError("seconds out of range")
    if wday + 1 < 0 and -(wday + 1) % 7 != 0:
        # CPython checks the C remainder (wday + 1) % 7, negative for these.
        raise ValueError("day of week out of range")
    wday %= 7
    if yday == 0:
        yday = 1
    elif not 1 <= yday <= 366:
        raise ValueError("day of year out of range")
    if isdst < -1:
        isdst = -1
    elif isdst > 1:
        isdst = 1
    return (year, mon, mday, hour, minute, sec, wday, yday, isdst)


def strftime(format, t=None, /):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    if t is None:
        t = localtime()
    elif not isinstance(t, tuple) or len(t) != 9:
        raise TypeError("strftime(): illegal time tuple argument")
    fields = _normalized_for_format(t)
    if isinstance(t, struct_time):
        fields += (t.tm_zone, t.tm_gmtoff)
    return _time.strftime(format, fields)


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def asctime(t=None, /):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    if t is None:
        t = localtime()
    elif not isinstance(t, tuple) or len(t) != 9:
        raise TypeError("asctime(): illegal time tuple argument")
    year, mon, mday, hour, minute, sec, wday, yday, isdst = _normalized_for_format(t)
    return (f'{_DAYS[wday]} {_MONTHS[mon - 1]}{mday:3d} '
            f'{hour:02d}:{minute:02d}:{sec:02d} {year}')


def ctime(seconds=None, /):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(seconds))


def mktime(t, /):
    """Convert a time tuple in local time to seconds since the Epoch."""
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("mktime(): illegal time tuple argument")
    return _time.mktime(t)


def strptime(string, format='%a %b %d %H:%M:%S %Y', /):
    """Parse a string to a time tuple according to a format specification."""
    import _strptime
    return _make(_strptime._strptime_time_tuple(string, format))


class _ClockInfo:
    __slots__ = ('implementation', 'monotonic', 'adjustable', 'resolution')

    def __init__(self, implementation, monotonic, adjustable, resolution):
        self.implementation = implementation
        self.monotonic = monotonic
        self.adjustable = adjustable
        self.resolution = resolution

    def __repr__(self):
        return (f'namespace(implementation={self.implementation!r}, '
                f'monotonic={self.monotonic!r}, adjustable={self.adjustable!r}, '
                f'resolution={self.resolution!r})')


_CLOCKS = {
    'time': ('clock_gettime(CLOCK_REALTIME)', False, True, CLOCK_REALTIME),
    'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False, CLOCK_MONOTONIC),
    'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False, CLOCK_MONOTONIC),
    'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False, CLOCK_PROCESS_CPUTIME_ID),
    'thread_time': ('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False, CLOCK_THREAD_CPUTIME_ID),
}


def get_clock_info(name, /):
    """Get information of the specified clock."""
    try:
        implementation, is_monotonic, adjustable, clock = _CLOCKS[name]
    except (KeyError, TypeError):
        raise ValueError("unknown clock") from None
    return _ClockInfo(implementation, is_monotonic, adjustable, clock_getres(clock))


def _zone_constants():
    # As CPython: from the local time of January 1st and July 1st of this year.
    year = _time.gmtime(None)[0]
    jan = _time.localtime(int(_time.mktime((year, 1, 1, 0, 0, 0, 0, 1, -1))))
    jul = _time.localtime(int(_time.mktime((year, 7, 1, 0, 0, 0, 0, 182, -1))))
    jan_offset, jul_offset = -jan[10], -jul[10]
    jan_name, jul_name = jan[9], jul[9]
    if jan_offset < jul_offset:
        # Southern hemisphere: daylight time in January.
        return jul_offset, jan_offset, int(jan_offset != jul_offset), (jul_name, jan_name)
    return jan_offset, jul_offset, int(jan_offset != jul_offset), (jan_name, jul_name)


def tzset():
    """Initialize, or reinitialize, the local timezone to the value of TZ."""
    global timezone, altzone, daylight, tzname
    _time.tzset()
    timezone, altzone, daylight, tzname = _zone_constants()


timezone, altzone, daylight, tzname = _zone_constants()

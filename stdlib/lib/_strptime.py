"""strptime for `time.strptime`: parses a string by a format in the C locale.

Each directive offers its candidate matches in the order CPython's regular expressions try
them, and the parser backtracks over those candidates, so the same inputs give the same
fields (without needing the `re` module).
"""

import _time

_WEEKDAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_MONTHS = ('january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december')

# Alternatives of each numeric directive, tried in order: strings of 'd' (any digit),
# ' ' (a space) and literal digits or digit ranges written as '[ab]'.
_NUMERIC = {
    'd': ('3[01]', '[12]d', '0[19]', '[19]', ' [19]'),
    'f': None,
    'H': ('2[03]', '[01]d', 'd', ' d'),
    'k': ('2[03]', '[01]d', 'd', ' d'),
    'I': ('1[02]', '0[19]', '[19]', ' [19]'),
    'l': ('1[02]', '0[19]', '[19]', ' [19]'),
    'G': ('dddd',),
    'j': ('36[06]', '3[05]d', '[12]dd', '0[19]d', '00[19]', '[19]d', '0[19]', '[19]'),
    'm': ('1[02]', '0[19]', '[19]'),
    'M': ('[05]d', 'd'),
    'S': ('6[01]', '[05]d', 'd'),
    'U': ('5[03]', '[04]d', 'd'),
    'W': ('5[03]', '[04]d', 'd'),
    'w': ('[06]',),
    'u': ('[17]',),
    'V': ('5[03]', '0[19]', '[14]d', 'd'),
    'y': ('dd',),
    'Y': ('dddd',),
}

_COMPOUND = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S',
             'D': '%m/%d/%y', 'T': '%H:%M:%S', 'R': '%H:%M', 'r': '%I:%M:%S %p',
             'F': '%Y-%m-%d'}


def _tokens(pattern):
    # '3[01]' -> [('3', '3'), ('0', '1')]; 'd' -> ('0', '9'); ' ' -> (' ', ' ')
    out = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == '[':
            out.append((pattern[i + 1], pattern[i + 2]))
            i += 4
        elif c == 'd':
            out.append(('0', '9'))
            i += 1
        else:
            out.append((c, c))
            i += 1
    return out


def _numeric_candidates(directive, text, pos):
    if directive == 'f':
        n = 0
        while n < 6 and pos + n < len(text) and '0' <= text[pos + n] <= '9':
            n += 1
        # [0-9]{1,6} is greedy: longest first.
        return [text[pos:pos + k] for k in range(n, 0, -1)]
    found = []
    for pattern in _NUMERIC[directive]:
        tokens = _tokens(pattern)
        piece = text[pos:pos + len(tokens)]
        if len(piece) == len(tokens) and all(lo <= ch <= hi for ch, (lo, hi) in zip(piece, tokens)):
            found.append(piece)
    return found


def _name_candidates(names, text, pos):
    # Longest names first, case-insensitively, as CPython sorts its alternatives.
    lowered = text[pos:].lower()
    return [text[pos:pos + len(n)] for n in sorted(names, key=len, reverse=True)
            if n and lowered.startswith(n)]


def _tz_candidates(text, pos):
    names = {'utc', 'gmt'}
    for name in _time_tzname():
        if name:
            names.add(name.lower())
    return _name_candidates(names, text, pos)


def _time_tzname():
    import time
    return time.tzname


def _z_candidates(text, pos):
    if text[pos:pos + 1] == 'Z':
        return ['Z']
    if text[pos:pos + 1] not in ('+', '-'):
        return []
    found = []
    i = pos + 1

    def digits(at, n):
        return at + n <= len(text) and text[at:at + n].isdigit() and text[at:at + n].isascii()

    if not digits(i, 2):
        return []
    i += 2
    colon = text[i:i + 1] == ':'
    if colon:
        i += 1
    if not (digits(i, 2) and text[i] <= '5'):
        return []
    i += 2
    found.append(text[pos:i])
    j = i + 1 if text[i:i + 1] == ':' else i
    if digits(j, 2) and text[j] <= '5':
        j += 2
        k = j
        if text[k:k + 1] == '.':
            n = 0
            while n < 6 and digits(k + 1 + n, 1):
                n += 1
            if n:
                found.insert(0, text[pos:k + 1 + n])
        found.insert(len(found) - 1, text[pos:j])
    return found


def _compile(format):
    # A list of ('lit', text), ('ws', None) and ('dir', letter) items.
    items = []
    i = 0
    while i < len(format):
        c = format[i]
        if c == '%':
            if i + 1 >= len(format):
                raise ValueError(f"stray % in format '{format}'")
            d = format[i + 1]
            if d in _COMPOUND:
                items.extend(_compile(_COMPOUND[d]))
            elif d in _NUMERIC or d in 'aAbBhpzZ%':
                items.append(('dir', d))
            else:
                raise ValueError(f"'{d}' is a bad directive in format '%{d}'")
            i += 2
        elif c.isspace():
            while i < len(format) and format[i].isspace():
                i += 1
            items.append(('ws', None))
        else:
            items.append(('lit', c))
            i += 1
    return items


def _candidates(item, text, pos):
    kind, value = item
    if kind == 'lit':
        return [text[pos]] if text[pos:pos + 1].lower() == value.lower() else []
    if kind == 'ws':
        n = 0
        while pos + n < len(text) and text[pos + n].isspace():
            n += 1
        # \s+ is greedy.
        return [text[pos:pos + k] for k in range(n, 0, -1)]
    if value in _NUMERIC:
        return _numeric_candidates(value, text, pos)
    if value == '%':
        return ['%'] if text[pos:pos + 1] == '%' else []
    if value == 'A':
        return _name_candidates(_WEEKDAYS, text, pos)
    if value == 'a':
        return _name_candidates([w[:3] for w in _WEEKDAYS], text, pos)
    if value == 'B':
        return _name_candidates(_MONTHS, text, pos)
    if value in 'bh':
        return _name_candidates([m[:3] for m in _MONTHS], text, pos)
    if value == 'p':
        return _name_candidates(('am', 'pm'), text, pos)
    if value == 'z':
        return _z_candidates(text, pos)
    if value == 'Z':
        return _tz_candidates(text, pos)
    return []


def _match(items, text, pos, found):
    # Depth-first over each item's candidates: the first complete match wins, and the
    # match need not reach the end of the text (the caller reports leftovers).
    if not items:
        return pos
    head = items[0]
    for piece in _candidates(head, text, pos):
        if head[0] == 'dir':
            found.append((head[1], piece))
        end = _match(items[1:], text, pos + len(piece), found)
        if end is not None:
            return end
        if head[0] == 'dir':
            found.pop()
    return None


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


_DAYS_BEFORE_MONTH = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _ordinal(year, month, day):
    days = _days_before_year(year) + _DAYS_BEFORE_MONTH[month - 1] + day
    if month > 2 and _is_leap(year):
        days += 1
    return days


def _from_ordinal(n):
    # The (year, month, day) of proleptic Gregorian ordinal n (day 1 is 0001-01-01).
    year = (n - 1) * 400 // 146097 + 1
    while _ordinal(year, 1, 1) > n:
        year -= 1
    while _ordinal(year + 1, 1, 1) <= n:
        year += 1
    month = 12
    while _ordinal(year, month, 1) > n:
        month -= 1
    return year, month, n - _ordinal(year, month, 1) + 1


def _weekday(year, month, day):
    return (_ordinal(year, month, day) + 6) % 7


def _julian_from_week(year, week_of_year, day_of_week, week_starts_mon):
    first_weekday = _weekday(year, 1, 1)
    if not week_starts_mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    days_to_week = week_0_length + (7 * (week_of_year - 1))
    return 1 + days_to_week + day_of_week


def _julian_from_iso(iso_year, iso_week, iso_weekday):
    # Ordinal of the Monday of ISO week 1, then offset.
    jan4 = _ordinal(iso_year, 1, 4)
    week1_monday = jan4 - (jan4 + 6) % 7
    ordinal = week1_monday + (iso_week - 1) * 7 + iso_weekday - 1
    year, month, day = _from_ordinal(ordinal)
    return year, ordinal - _ordinal(year, 1, 1) + 1


def _strptime(data_string, format):
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError(f"strptime() argument {index} must be str, not {type(arg)}")
    items = _compile(format)
    found = []
    end = _match(items, data_string, 0, found)
    if end is None:
        raise ValueError(f"time data {data_string!r} does not match format {format!r}")
    if end != len(data_string):
        raise ValueError(f"unconverted data remains: {data_string[end:]}")
    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    tzname = None
    ampm = None
    hour12 = None
    for directive, text in found:
        if directive == 'y':
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif directive == 'Y':
            year = int(text)
        elif directive == 'G':
            iso_year = int(text)
        elif directive == 'm':
            month = int(text)
        elif directive == 'B':
            month = _MONTHS.index(text.lower()) + 1
        elif directive in 'bh':
            month = [m[:3] for m in _MONTHS].index(text.lower()) + 1
        elif directive == 'd':
            day = int(text)
        elif directive in 'Hk':
            hour = int(text)
        elif directive in 'Il':
            hour12 = int(text)
        elif directive == 'p':
            ampm = text.lower()
        elif directive == 'M':
            minute = int(text)
        elif directive == 'S':
            second = int(text)
        elif directive == 'f':
            fraction = int(text + '0' * (6 - len(text)))
        elif directive == 'A':
            weekday = _WEEKDAYS.index(text.lower())
        elif directive == 'a':
            weekday = [w[:3] for w in _WEEKDAYS].index(text.lower())
        elif directive == 'w':
            weekday = int(text)
            weekday = 6 if weekday == 0 else weekday - 1
        elif directive == 'u':
            weekday = int(text) - 1
        elif directive == 'j':
            julian = int(text)
        elif directive in 'UW':
            week_of_year = int(text)
            week_of_year_start = 0 if directive == 'W' else 6
        elif directive == 'V':
            iso_week = int(text)
        elif directive == 'z':
            if text == 'Z':
                gmtoff = 0
            else:
                z = text[1:].replace(':', '')
                hours, minutes = int(z[0:2]), int(z[2:4])
                seconds = int(z[4:6] or 0)
                gmtoff = (hours * 60 + minutes) * 60 + seconds
                micro = z[7:] if len(z) > 6 else ''
                gmtoff_fraction = int(micro + '0' * (6 - len(micro))) if micro else 0
                if text.startswith('-'):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif directive == 'Z':
            tzname = text
            import time
            lowered = text.lower()
            zones = ({'utc', 'gmt', time.tzname[0].lower()},
                     {time.tzname[1].lower()} if time.daylight else set())
            for value, names in enumerate(zones):
                if lowered in names:
                    # An ambiguous name (same for standard and daylight time) stays unknown.
                    if not (time.tzname[0] == time.tzname[1] and time.daylight
                            and lowered not in ('utc', 'gmt')):
                        tz = value
                    break
    if hour12 is not None:
        hour = hour12
        if ampm in (None, 'am'):
            if hour == 12:
                hour = 0
        elif hour != 12:
            hour += 12
    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.")
    leap_year_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_year_fix = True
        elif iso_year is None:
            year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_week(year, week_of_year, weekday, week_of_year_start == 0)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_iso(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        if not 1 <= month <= 12 or not 1 <= day <= (29 if month == 2 and _is_leap(year) else (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]):
            raise ValueError("day is out of range for month")
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        year, month, day = _from_ordinal(julian - 1 + _ordinal(year, 1, 1))
    if weekday is None:
        weekday = _weekday(year, month, day)
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
            fraction, gmtoff_fraction)


def _strptime_time_tuple(data_string, format="%a %b %d %H:%M:%S %Y"):
    """A time.struct_time-ready 11-tuple for data_string parsed by format."""
    return _strptime(data_string, format)[0]

# Flags: RegexFlag values and reprs, inline and scoped flags, IGNORECASE (ASCII and Unicode
# simple case folding), MULTILINE, DOTALL, VERBOSE, ASCII.
import re

print(repr(re.I), str(re.M), repr(re.I | re.M), repr(re.NOFLAG), repr(re.I | 512), repr(~re.I))
print(int(re.I), re.I == 2, isinstance(re.I, int), re.I.name, re.I.value, (re.S | re.X).name, re.NOFLAG.name)
print(re.A, re.ASCII, re.L, re.U, re.DEBUG, re.I & re.M, re.I ^ re.M, 3 | re.I, re.I + 1, f'{re.I|re.M}', format(re.S))
print(re.RegexFlag(10), re.I in (re.I | re.M), re.M in re.I, bool(re.NOFLAG), list(re.RegexFlag))
print(re.compile('a', re.I | re.M).flags, re.compile('(?i)a').flags, re.compile(b'a').flags, re.compile('(?a)x').flags)
print(re.compile('(?x)a').flags, re.compile('(?s:a)').flags, re.compile('a', re.A).flags)

# case-insensitive
tests = [
    ('abc', 'ABC'), ('[a-z]+', 'HeLLo'), ('[^a-z]', 'A'), ('straße', 'STRASSE'), ('straße', 'STRAßE'),
    ('ſ', 'S'), ('s', 'ſ'), ('[s]', 'ſ'), ('k', '\u212a'), ('\u212a', 'K'), ('[\u212a]', 'k'),
    ('µ', 'Μ'), ('μ', 'µ'), ('ι', '\u0345'), ('ι', '\u1fbe'), ('i', 'İ'), ('i', 'ı'), ('ı', 'I'),
    ('ǆ', 'ǅ'), ('ǅ', 'Ǆ'), ('[ǅ]', 'ǆ'), ('σ', 'ς'), ('Σ', 'ς'), ('[α-ω]+', 'ΑΒΓΣΩ'), ('ÿ', 'Ÿ'),
    ('[\U00010400-\U00010410]', '\U00010428'), ('\U00010428', '\U00010400'), ('(a)\\1', 'aA'),
    ('[\\w]', 'É'), ('é', 'É'), ('[à-þ]', 'Ç'), ('x{2}', 'xX'), ('[^\\W]', 'Ä'),
]
for pat, s in tests:
    m = re.fullmatch(pat, s, re.I)
    print(repr(pat), repr(s), m and m.group(), bool(re.fullmatch(pat, s, re.I | re.A)))
print(re.findall(r'(?i)[A-Z]+', 'abc DEF gHi'), re.findall(r'(?i:[a-c])x', 'Ax ax bX'))
print(re.match(r'a(?-i:b)c', 'AbC', re.I), re.match(r'a(?-i:b)c', 'ABC', re.I))

# multiline and dotall
text = 'one\ntwo\nthree\n'
print(re.findall(r'^\w+', text), re.findall(r'(?m)^\w+', text), re.findall(r'\w+$', text), re.findall(r'(?m)\w+$', text))
print(re.findall(r'.+', 'a\nb'), re.findall(r'(?s).+', 'a\nb'), re.findall(r'(?s:.)(.)', 'a\nb\n'))
print(re.search(r'$', 'ab\n').span(), re.search(r'\Z', 'ab\n').span(), re.findall(r'$', 'a\n'), re.findall(r'(?m)$', 'a\nb\n'))

# verbose
p = re.compile(r'''
    (?P<int> \d+ )      # the integer part
    (?: \. (?P<frac> \d* ) )?   # optional fraction
    \ [#]               # escaped space and a hash in a class
''', re.X)
print(p.match('12.5 #').groupdict(), p.match('7 #').groupdict())
print(re.match(r'(?x) a b c # comment', 'abc'), re.match(r'(?x)a(?-x: b)', 'a b'), re.match('(?x)[ ]a', ' a'))

# ASCII versus Unicode classes
s = 'naïve café ٣٤ ৫ x_1\u00a0\u2003y'
print(re.findall(r'\w+', s), re.findall(r'\w+', s, re.A), re.findall(r'(?a)\d+|\d+', s))
print(re.findall(r'\d', s), re.findall(r'\s', s), re.findall(r'(?a)\s', s), re.findall(r'\b\w', s), re.findall(r'(?a)\b\w', s))
print(re.findall(r'[\d]+', '١٢3'), re.findall(r'(?a:[\d])', '١٢3'), re.findall(r'\W+', 'a—b c'))

# flag errors
for pat, flags in [('a', re.L), ('a', re.A | re.U), ('(?L)a', 0), ('(?au)a', 0), ('(?-a:a)', 0)]:
    try:
        re.compile(pat, flags)
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)
for pat, flags in [(b'a', re.U), (b'a', re.A | re.L), (b'(?u)a', 0)]:
    try:
        re.compile(pat, flags)
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print(e)
print(re.compile(re.compile('a')).pattern)

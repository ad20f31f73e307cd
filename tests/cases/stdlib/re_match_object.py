# The Match and Pattern objects: attributes, reprs, group access, spans, copying.
import copy
import re

p = re.compile(r'(?P<word>\w+)(?:-(?P<num>\d+))?(x)?')
m = p.search('  hello-42 world')
print(repr(m))
print(m.group(), m.group(0), m.group(1), m.group('word'), m.group(1, 'num', 3))
print(m[0], m['num'], m[2])
print(m.groups(), m.groups('dflt'), m.groups(default=0))
print(m.groupdict(), m.groupdict('-'), m.groupdict(default=None))
print(m.start(), m.end(), m.span(), m.start('num'), m.end(2), m.span(3), m.start(3))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re is p, m.string)
print(m.regs)
print(copy.copy(m) is m, copy.deepcopy(m) is m, copy.copy(p) is p, copy.deepcopy(p) is p)
for bad in (4, -1, 'nope', 1.5, None):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', bad, e)
    try:
        m[bad]
    except IndexError as e:
        print('IndexError []', bad, e)
print(m.group(True), m.start(False))
print(p.pattern, p.flags, p.groups, dict(p.groupindex), type(p.groupindex).__name__)
try:
    p.groupindex['x'] = 1
except TypeError as e:
    print('TypeError', e)
print(repr(p), repr(re.compile('x', re.S | re.X)), repr(re.compile(b'x', re.I)), repr(re.compile('x', re.A)))
print(repr(re.compile('a' * 300))[-10:])
print(repr(re.match('.*', 'y' * 100)))
print(repr(re.match('.*', "it's")), repr(re.match(b'.+', b'\x00\xff')))
print(re.compile('a') == re.compile('a'), re.compile('a') != re.compile('a'), re.compile('a') == re.compile('a', re.I),
      re.compile('a') == re.compile(b'a'), hash(re.compile('ab')) == hash(re.compile('ab')))
print(type(m).__name__, type(p).__name__, re.Pattern, re.Match, re.Pattern[str], re.Match[bytes])
for f in (lambda: re.Pattern(), lambda: re.Match()):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
# pos and endpos
q = re.compile(r'\w')
print(q.search('abc', 1), q.search('abc', 1, 2), q.search('abc', 5), q.search('abc', -3, -1), q.match('abc', 2), q.fullmatch('abc', 1, 2))
print(re.compile('^a').search('ba', 1), re.compile('(?m)^a').search('b\na', 1), re.compile('a$').search('ab', 0, 1))
print(re.compile('(?<=b)a').search('ba', 1), q.findall('abcdef', 2, 4), [x.span() for x in q.finditer('abcdef', 4)])
m2 = q.search('abcd', 1, 3)
print(m2.pos, m2.endpos)
print(re.compile('').match('bab', 2, 1), re.compile('a').search('bab', 2, 1))
for f in (lambda: q.match(), lambda: q.match('a', 1, 2, 3), lambda: q.match('a', x=1), lambda: q.sub('x'), lambda: q.match(string='a', pos='1')):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
print(q.match(string='zz', pos=1, endpos=2))
# scanner
sc = re.compile(r'\d+|\s+|[a-z]+').scanner('12 ab 3')
print(sc.pattern.pattern, [sc.match().group() for _ in range(5)], sc.match())
sc = re.compile(r'\d').scanner('a1b2')
print(sc.search().span(), sc.search().span(), sc.search())
it = re.finditer(r'\d', 'a1b2')
print(type(it).__name__, iter(it) is it, next(it).group(), [m.group() for m in it])
# Scanner class
def word(s, t): return ('W', t)
scanner = re.Scanner([(r'[a-z]+', word), (r'\d+', lambda s, t: int(t)), (r'\s+', None)])
print(scanner.scan('abc 12 de 7 !x'))

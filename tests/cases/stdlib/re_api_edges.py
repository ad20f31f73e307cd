# API edge cases: counts, str subclasses, template type mismatches, empty-match substitutions, the cache.
import re
p = re.compile(r'(a)(b)?')
print(p.sub('x', 'aaa', -1), p.subn('x', 'aaa', 0), p.split('xaxab', -1), p.split('xaxab', 1))
print(p.sub(r'\2', 'ab a'), p.sub(r'\g<2>', 'ab a'), re.sub('a', r'\n', 'a'), re.sub(b'a', rb'\x41', b'a') if False else '')
print(re.sub('(?P<x>a)', r'\g<x>\g<x>', 'bab'), re.sub('a', '\\\\', 'a'), re.sub('a', r'\\&', 'a'))
class S(str): pass
m = re.match('a', S('ab'))
print(type(m.string).__name__, type(m.group()).__name__, type(re.sub('z', 'y', S('ab'))).__name__, type(re.sub('a', 'y', S('ab'))).__name__)
print(re.findall('a', S('aa')), type(re.findall('a', S('aa'))[0]).__name__, type(re.split('x', S('axb'))[0]).__name__)
r = re.sub('z', 'y', 'abc'); print(r)
print(re.compile('a').search('xa', pos=True), re.compile('a').match('ba', 1.0 if False else 1))
try: re.compile('a').search('a', 1.5)
except TypeError as e: print(e)
try: re.compile('a').sub('b', 'a', 'x')
except TypeError as e: print(e)
print(re.compile('(a)|(b)').sub(lambda m: str(m.lastindex), 'ab'))
print(re.compile(r'(?P<first>a)(?P<second>b)?').match('a').groupdict(0))
m = re.match(r'(a)(?P<n>b)', 'ab')
print(m.expand(r'\g<n>\1\\\n'), m.expand(b'\\1' if False else r'\2'))
try: m.expand(r'\3')
except re.error as e: print(e)
try: m.expand(b'\\1')
except TypeError as e: print('TypeError', e)
print(re.match('a', 'a').__class__.__module__, re.compile('a').__class__.__qualname__)
print(re.compile(b'a').match(b'a').group(), re.fullmatch('a*', 'aaa', re.I))
print(sorted(re.compile('(?P<b>x)(?P<a>y)').groupindex.items()))
print(re.split(r'\s*', ' a b  c '), re.split(r'(\s)*', 'a b'), re.findall(r'\b\w*\b', 'ab cd'))
print(re.sub(r'(?<=a)', '-', 'aaa'), re.sub(r'(?=a)', '-', 'aaa'), re.sub(r'\b', '|', 'hi there'))
print(list(map(lambda m: m.span(), re.finditer(r'(?=(\w))', 'ab'))))
print(re.purge(), re.compile('x') is re.compile('x'))
m = re.match(r'(a)(b)?', 'a')
for t in [b'\\1', b'x\\1', b'\\1\\1', b'\\2\\1', b'\\2x\\1']:
    try:
        m.expand(t)
    except TypeError as e:
        print(t, e)
for t in [b'\\1', b'x\\1', b'\\2\\1', b'x', b'\\2x']:
    for s in ['a', 'ba', 'bab']:
        try:
            re.sub('(a)(b)?', t, s)
        except TypeError as e:
            print(t, s, e)

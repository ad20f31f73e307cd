# Bytes patterns: ASCII classes, bytes-like subjects, type mixing errors, bytes templates.
import re

p = re.compile(rb'(\w+)=(\d+)')
print(p.findall(b'a=1 b_c=22 \xe9=3'), p.sub(rb'\2:\1', b'x=1, y=2'), p.split(b'k=1;j=2'))
print(p.search(bytearray(b'--z=9')), p.search(memoryview(b'q=5')).groups())
m = p.search(bytearray(b'--z=9'))
print(repr(m.group(1)), type(m.string).__name__, m.span())
print(re.findall(rb'[\x80-\xff]+', b'ab\x80\xffcd\xfe'), re.findall(rb'(?i)\xe9', b'\xc9\xe9'), re.findall(b'(?i)[a-z]+', b'AbC'))
print(re.match(rb'\s+', b' \t\n\x1c'), re.match(rb'\d', '٣'.encode()), re.escape(b'a.b\xff*'))
print(re.sub(b'a', b'\\n', b'banana'), re.sub(b'(a)', lambda m: m.group(1).upper(), b'banana'), re.subn(b'a', bytearray(b'o'), b'aa'))
print(repr(re.compile(b'ab+')), re.compile(b'ab+').pattern)
for f in (lambda: re.search('a', b'a'), lambda: re.search(b'a', 'a'), lambda: re.search(b'a', 3), lambda: re.compile(3),
          lambda: re.sub('a', b'x', 'a'), lambda: re.sub(b'a', 'x', b'a'), lambda: re.sub('a', lambda m: 3, 'bab'),
          lambda: re.compile(bytearray(b'a')), lambda: re.findall(b'a', ['a'])):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
for pat in (b'\\u1234', b'(?P<\xe9>x)', b'[\xff-\x80]', b'\\N{DASH}', b'\xe9\\'):
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(e.pattern), e.pos, e)

# re.error messages and positions, flag errors, replacement templates, sub/split/findall rules.
import re
errs = [
 'a(b', 'a)b', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=b)', '(a)\\2', '[a', '[b-a]', '[\\d-z]', 'a**', '*a', 'a{3,2}',
 '(?<=a*)b', '(?<=a|bc)d', '(?i', '(?z)', '(?-i)', '(?i-i:a)', 'a(?i)b', '\\', 'a\\', '\\q', '[\\q]', '\\x4', '\\u12', '\\U0011ffff',
 '\\400', '[\\400]', '(?P', '(?P<', '(?P<a', '(?Px)', '(?<x)', '(?(1)a|b|c)', '(?(0)a)', '(?(2)a)(b)', '(?(x)a)', '(?#abc', '(?',
 '(?L)', '(?au)', '(?-a:x)', '(a)(?<=\\1)', '(?<=(a)\\1)b', 'x{4294967296}', '(?x)(?i)', 'ab(?i)', '(?i)(?m)x', '\\8', '[\\8]',
 '(a(?P=a))', '(?P<a>a(?P=a))', '(?P=)', '(?P<>a)', '\\g', 'a{1,2}{3}', 'a?+*', '(?<a>x)', '(?P<a-b>x)', '\\N{DASH}', '(?x)a\n(b',
 '(?(1a)x)', '(?:', '((a)', '\\9', '(?!)', '[]', '[^]', 'a|*', '(?i)(?L)', 'x(?-x:y)(?u)'
]
for e in errs:
    try:
        re.compile(e)
        print(repr(e), 'OK')
    except re.error as ex:
        print(repr(e), 'error', ex.msg, ex.pos, ex.lineno, ex.colno, str(ex))
    except Exception as ex:
        print(repr(e), type(ex).__name__, ex)
for e in [b'\\u1234', b'(?u)x', b'(?L)x', b'\\xff\\', b'(?P<\xe9>x)', b'[\xff-\x80]']:
    try:
        re.compile(e); print(e, 'OK')
    except Exception as ex:
        print(repr(e), type(ex).__name__, ex)
for args in [('a', re.L), (b'a', re.U), (b'a', re.A|re.L), ('a', re.A|re.U)]:
    try:
        re.compile(*args); print(args, 'OK')
    except Exception as ex:
        print(args, type(ex).__name__, ex)
tpl = [r'\g<1', r'\g<x>', r'\g<>', r'\g', r'\3', r'\q', r'\g<1a>', r'\777', r'\g<-1>', '\\', r'\g<99999999999>', r'\08', r'\n\t\a', r'\&']
p = re.compile('(a)(?P<n>b)')
for t in tpl:
    try:
        print(repr(t), repr(p.sub(t, 'xaby')))
    except Exception as ex:
        print(repr(t), type(ex).__name__, ex)
m = p.search('xaby')
print(m.expand(r'\2-\1-\g<n>-\g<0>'), m.expand(b'x' if False else r'[\g<1>]'))
print(re.compile(b'(a)').sub(rb'\1\1', b'xay'), re.compile(b'(a)').sub(b'-', bytearray(b'xay')))
print(re.subn('a', 'b', 'aaa', count=2), re.sub('a', lambda m: m.group().upper(), 'banana'))
print(re.split('x*', 'axbc'), re.split('(x)*', 'axbc'), re.split(',', 'a,b,c', maxsplit=1), re.split(r'\b', 'a b'))
print(re.findall('(a)|(b)', 'ab'), re.findall('', 'ab'), re.findall('a|', 'bab'))
print(re.sub('(a)|b', r'[\1]', 'ab'))
print(re.sub('', '-', 'abc'), re.sub('a?', '-', 'baac'))

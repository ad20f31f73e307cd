import io
s = io.StringIO()
print(s.write('hello\nworld\n'), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(0)
print(list(s))
s.seek(0); print(s.readlines())
s.seek(20); s.write('x'); print(repr(s.getvalue()))
s.seek(3); s.write('ZZ'); print(repr(s.getvalue()), s.tell())
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.truncate(); print(repr(s.getvalue()))
with io.StringIO('a\nb') as f:
    for line in f: print(repr(line))
print(f.closed)
for nl in (None, '', '\n', '\r', '\r\n'):
    t = io.StringIO('a\rb\r\nc\nd', newline=nl)
    print(repr(nl), repr(t.getvalue()), t.readlines(), t.newlines)
t = io.StringIO(newline=None); t.write('x\r\ny\rz\n'); print(repr(t.getvalue()), t.newlines)
print(io.StringIO('abcdef').readline(2), io.StringIO('ab\ncd').readlines(1))
s = io.StringIO('héllo wörld'); print(s.read(4), s.tell(), s.seek(0, 2), s.read(), s.readable(), s.seekable(), s.writable())
class Sub(io.StringIO):
    pass
x = Sub(); x.write('q'); print(x.getvalue())
print(s.seek(3), s.write('XYZ'), s.getvalue())

# os.path: posixpath string operations.
import os.path as p

print(p.join('a', 'b', '/c', 'd'), p.join('a/', 'b'), p.join('', 'x'), p.join(b'a', b'b'))
print(p.split('/a/b/'), p.split('//x'), p.split('x'), p.split('/'), p.split('///a///b'))
print(p.splitext('a/b.tar.gz'), p.splitext('.bashrc'), p.splitext('a.b/c'), p.splitext('x...'), p.splitext(b'f.py'))
print(p.basename('/a/b'), p.basename('/a/b/'), p.dirname('/a/b'), p.dirname('a'), p.dirname('//a'))
print(p.normpath('/a//b/./c/../d/'), p.normpath('../..//x'), p.normpath(''), p.normpath('//a'), p.normpath('///a'))
print(p.normpath('a/../..'), p.normpath(b'/x/./y'), p.isabs('/x'), p.isabs('x'), p.abspath('/a/../b'))
print(p.relpath('/a/b/c', '/a/d'), p.relpath('/a', '/a'), p.commonpath(['/a/b/c', '/a/b/d']), p.commonpath(['a/b', 'a/c']))
print(p.commonprefix(['abc', 'abd']), p.commonprefix([]), p.splitroot('//a/b'), p.splitroot('///a'), p.splitroot('a'))
print(p.splitdrive('/a'), p.normcase('ABC'), p.expanduser('~x/y'), p.expandvars('no vars'), p.expandvars('$'))
for expr in ["p.join('a', b'b')", "p.relpath('')", "p.commonpath([])", "p.commonpath(['/a', 'b'])", "p.join(1)"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)

# os: environ mapping, getenv, putenv through environ, and process information.
import os

os.environ['OPHIS_CASE_VAR'] = 'value1'
print(os.environ['OPHIS_CASE_VAR'], os.getenv('OPHIS_CASE_VAR'), 'OPHIS_CASE_VAR' in os.environ)
print(os.getenv('OPHIS_CASE_NOPE'), os.getenv('OPHIS_CASE_NOPE', 'default'), os.environ.get('OPHIS_CASE_NOPE', 1))
print(os.path.expandvars('$OPHIS_CASE_VAR/${OPHIS_CASE_VAR}/$OPHIS_CASE_NOPE/${NOPE}$'))
os.environ.setdefault('OPHIS_CASE_VAR', 'other')
print(os.environ.pop('OPHIS_CASE_VAR'), 'OPHIS_CASE_VAR' in os.environ, os.environ.pop('OPHIS_CASE_VAR', 'gone'))
try:
    os.environ['OPHIS_CASE_NOPE']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print('TypeError', e)
print(type(os.getpid()), os.getpid() == os.getpid(), os.cpu_count() > 0, len(os.urandom(8)), type(os.urandom(0)))
print(os.getcwd() == os.path.abspath('.'), os.name, os.sep, os.pathsep, os.curdir, os.pardir, os.devnull, repr(os.linesep))
class P:
    def __fspath__(self):
        return '/tmp'
print(os.fspath(P()), os.fspath(b'x'), os.fsencode('a'), os.fsdecode(b'a'), os.path.join(P(), 'x'))
print(os.uname().sysname, len(os.uname()), os.get_exec_path({'PATH': '/a:/b'}))

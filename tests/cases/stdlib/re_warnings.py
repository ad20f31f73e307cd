# Warnings issued by re: FutureWarning for syntax that may change meaning, DeprecationWarning for
# positional count/maxsplit/flags.
import re
import warnings

warnings.simplefilter('always')
re.compile('[[a]')
try:
    re.compile('[a--b]')
except re.error as e:
    print(e)
re.compile('[a&&b]')
re.compile('[a||b]')
re.compile('[a~~b]')
print(re.sub('a', 'b', 'aaa', 1))
print(re.subn('a', 'b', 'aaa', 1, 0))
print(re.split(',', 'a,b,c', 1))
try:
    re.sub('a', 'b', 'aaa', 1, count=2)
except TypeError as e:
    print(e)
try:
    re.split('a', 'b', 1, 0, 3)
except TypeError as e:
    print(e)

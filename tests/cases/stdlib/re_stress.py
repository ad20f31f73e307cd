# Long subjects, deep nesting and backtracking-heavy patterns: no native stack overflow, same results.
import re

print(len(re.match(r'(?:a|b)*', 'ab' * 500000).group()))
print(len(re.match(r'(a|b)*c', 'ab' * 200000 + 'c').group(1)))
print(re.match(r'(?:(a)|b)*?c', 'ab' * 100000 + 'c').span())
print(re.match('(' * 300 + 'a' + ')' * 300, 'a').span())
try:
    re.compile('(' * 2000 + 'a' + ')' * 2000)
except RecursionError as e:
    print('RecursionError', e)
print(re.match(r'(a*)*b', 'a' * 25), re.match(r'(?:a+)+b', 'a' * 18))
print(re.sub(r'\s+', ' ', 'x \n ' * 100000)[:20])
print(len(re.findall(r'\w+', 'word ' * 200000)))
print(re.search(r'(x+x+)+y', 'x' * 16))
print(re.fullmatch(r'(?:a|aa)*', 'a' * 30) is not None)
print(re.match(r'(?>a*)*', 'a' * 1000).span(), re.match(r'(?:a*+)*', 'aaa').span(), re.match('(a?){5,}', '').span())
print(re.match(r'(?:a{0,1000}){1000}', 'a' * 5000).span())
print(re.compile('a{4294967294}').pattern[:3])
try: re.compile('a{4294967295}')
except OverflowError as e: print('OverflowError', e)

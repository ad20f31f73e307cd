# Escapes in patterns: \N{name}, \z, hex/octal/unicode escapes, escapes in sets, re.escape().
import re

print(re.search(r'\N{EM DASH}+', 'a——b'), re.search(r'[\N{GREEK SMALL LETTER ALPHA}-\N{GREEK SMALL LETTER GAMMA}]+', 'xαβγδ'))
print(re.search(r'a\z', 'a'), re.search(r'a\z', 'a\n'), re.search(r'a\Z', 'a\n'))
print(re.findall(r'\x41\u00e9\U0001F600\101\0\07\177', 'Aé😀A\x00\x07\x7f'), re.findall(r'[\x30-\x32\t\n]', '0123\t\n'))
print(re.findall(r'\a\f\v\r', '\a\f\v\r'), re.findall(r'[\b]', 'a\bb'), re.findall(r'\%\#\ ', '%# '))
for p in [r'\N{NOPE}', r'\N', r'\N{', r'\N{}', r'[\N{x]', r'[\z]', r'\z{2}', r'\x', r'[\u12x]', r'\U00110000', r'\c']:
    try:
        re.compile(p)
        print(p, 'compiled')
    except re.error as e:
        print(p, e)
print(re.escape('a.b*c+d?e(f)g[h]i{j}k|l^m$n\\o p\tq\nr&s~t#u-v_w:x!y"z'), re.escape('été'), re.escape(b'\x00a.b'))
for s in ['a.b', '1+1=2', '[x]', 'tab\there', 'ünï{}']:
    print(re.fullmatch(re.escape(s), s) is not None)

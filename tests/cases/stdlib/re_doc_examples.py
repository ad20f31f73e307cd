# Examples from the re documentation and modules built on re (string.Template subclasses, warnings filters).
import re, string, warnings
t = string.Template('$who likes ${what}; $$5 and $x')
print(t.safe_substitute(who='tim', what='kung pao'))
class D(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+'
print(D('%abc %{d}x %%').substitute(abc=1, d=2))
warnings.filterwarnings('ignore', message='spam.*')
warnings.warn('spam and eggs')
print(warnings.filters[0][1])
# doc examples
def displaymatch(match):
    if match is None:
        return None
    return '<Match: %r, groups=%r>' % (match.group(), match.groups())
valid = re.compile(r"^[a2-9tjqk]{5}$")
print(displaymatch(valid.match("akt5q")), displaymatch(valid.match("akt5e")))
pair = re.compile(r".*(.).*\1")
print(displaymatch(pair.match("717ak")), pair.match("354aa").group(1))
text = """Ross McFluff: 834.345.1254 155 Elm Street

Ronald Heathmore: 892.345.3428 436 Finley Avenue
Frank Burger: 925.541.7625 662 South Dogwood Way


Heather Albrecht: 548.326.4584 919 Park Place"""
entries = re.split("\n+", text)
print([re.split(":? ", entry, maxsplit=4) for entry in entries])
def repl(m):
    inner_word = list(m.group(2))
    inner_word.reverse()
    return m.group(1) + "".join(inner_word) + m.group(3)
print(re.sub(r"(\w)(\w+)(\w)", repl, "Professor Abdolmalek, please report your absences promptly."))
print(re.findall(r"\w+ly\b", "He was carefully disguised but captured quickly by police."))
for m in re.finditer(r"\w+ly\b", "He was carefully disguised but captured quickly by police."):
    print('%02d-%02d: %s' % (m.start(), m.end(), m.group(0)))
def tokenize(code):
    keywords = {'IF', 'THEN', 'ENDIF', 'FOR', 'NEXT', 'GOSUB', 'RETURN'}
    token_specification = [
        ('NUMBER',   r'\d+(\.\d*)?'),
        ('ASSIGN',   r':='),
        ('END',      r';'),
        ('ID',       r'[A-Za-z]+'),
        ('OP',       r'[+\-*/]'),
        ('NEWLINE',  r'\n'),
        ('SKIP',     r'[ \t]+'),
        ('MISMATCH', r'.'),
    ]
    tok_regex = '|'.join('(?P<%s>%s)' % pair for pair in token_specification)
    line_num = 1
    line_start = 0
    for mo in re.finditer(tok_regex, code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        elif kind == 'ID' and value in keywords:
            kind = value
        elif kind == 'NEWLINE':
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == 'SKIP':
            continue
        elif kind == 'MISMATCH':
            raise RuntimeError(f'{value!r} unexpected on line {line_num}')
        yield (kind, value, line_num, column)
statements = '''
    IF quantity THEN
        total := total + price * quantity;
        tax := price * 0.05;
    ENDIF;
'''
for token in tokenize(statements):
    print(token)

import json
for s in ['"abc', '"a\\qb"', '"a\\u12"', '"a\\u12zz"', '"a\x01"', '"\\ud83d\\ude00"', '[1,', '[1 2]', '{"a" 1}', '{"a":1,}', '{1:2}', '[1,]', '1 2', '', ' ', '-', '1.', '1e', '-Infinity', 'NaN', '[-]', '{"a":1 "b"}', '"\\', '"a\\u']:
    try: print(repr(json.loads(s)))
    except json.JSONDecodeError as e: print(repr(s), e, e.pos, e.lineno, e.colno)
from json.decoder import scanstring
print(scanstring('"abc\\n"', 1))
print(scanstring('"abc\x01"', 1, False))

0
1_000_000
0x_FF
0o777
0b1010
123456789012345678901234567890
0xFFFFFFFFFFFFFFFFFFFFFFFF
1.5
1.
.5
1e10
1E-5
1_0.5e1_0
1e400
1j
1.5J
0j
"single"
'single'
"it's"
'say "hi"'
'both \' and "'
"""triple"""
'''triple
with newline'''
r"raw \n"
R'raw\d'
b"bytes"
B'\x00\xff'
rb"raw\bytes"
Br'x'
u"unicode"
U"unicode"
"a" "b" 'c'
u"a" "b"
"\n\t\\\a\b\f\v\r\0\177"
"\x41\u00e9\U0001F600\N{LATIN SMALL LETTER A}\N{EM DASH}"
"line \
continued"
"\d \w"
"é日本"
"\u200b\xa0"
"\ud800"
b"\777"
'\''
"tab\there"

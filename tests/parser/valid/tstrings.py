t"plain"
t"{x}"
t"a{x}b"
t"{x!r}"
t"{x:>10}"
t"{x!s:{w}}"
t"{x=}"
t"{ x = }"
t"{x=!r:>3}"
t"{x + y}"
t"{  spaced  }"
t"a" t"{b}" t"c"
rt"\d{x}"
TR'{x}'
t"""multi
{x}
"""
t"{f'{x}'}"
t"{  spaced  }"
t"{ x = }"
t"{ x !r}"
t"{ x :>3}"
t"{x
}"
t"""{x # c
}"""
t"{ x=}"
t"""{ "#" # c
 + y}"""

x = 0x1for 1if 2else 3
0777 1_000 0b1_0 0o17 1.e5 .5j 1E-3 1__0
1abc 0x1g 1jx 0o8

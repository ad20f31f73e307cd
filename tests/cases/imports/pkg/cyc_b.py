from pkg.cyc_a import A
B = "b"

from pkg.cyc_b import B
A = "a"

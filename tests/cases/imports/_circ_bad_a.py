from _circ_bad_b import B
A = "a"

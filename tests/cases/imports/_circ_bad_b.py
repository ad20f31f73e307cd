from _circ_bad_a import A
B = "b"

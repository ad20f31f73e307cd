import _circ_a
print(_circ_a.use_b(), _circ_a._circ_b.B_VALUE)

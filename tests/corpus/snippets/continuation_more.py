x = [1,\
 2]
if a: \
    pass

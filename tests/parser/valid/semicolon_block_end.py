try:
    pass
except E: f(x);
for x in y: exec(code);

import sys
n = sys.stdout.write("written to stdout\n")
print(n)
m = sys.stderr.write("written to stderr\n")
print(m)
sys.stdout.write("no newline")
sys.stdout.write(" then newline\n")
sys.stdout.flush()
print(sys.stdout.encoding.lower().replace("-", ""), sys.stderr.encoding.lower().replace("-", ""))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print("via print to stderr", file=sys.stderr)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)

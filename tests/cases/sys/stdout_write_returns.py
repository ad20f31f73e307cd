import sys
print(sys.stdout.write(""), sys.stdout.write("abc\n"), sys.stdout.write("日本\n"))
print(sys.stdout.writable(), sys.stdout.isatty())

import sys
print("line one")
sys.stdout.write("partial line")
sys.stderr.write("note on stderr\n")
raise ValueError("after output")

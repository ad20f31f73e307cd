import sys
print("negative exit")
sys.exit(-1)

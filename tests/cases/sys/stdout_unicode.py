print("héllo wörld ✓ 日本語 😀")
import sys
sys.stdout.write("ünïcödé via write\n")
print("\u00e9 \N{GREEK SMALL LETTER ALPHA} \x41")

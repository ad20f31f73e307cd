print("".join(chr(c) for c in range(0x41, 0x5b)))
print([ord(c) for c in "\t\n\r "], chr(0x7f).isprintable(), chr(0xa0).isspace(), chr(0x2603))
print(max("hello", key=ord), sorted("Hello", key=ord), ord(max("αβγ")))

def make_parser(sep):
    def parse(text):
        parts = text.split(sep)
        return [int(p) for p in parts]
    return parse
parse = make_parser(",")
print(parse("1,2,3"))
parse("1,two,3")

import json, io
doc = {"name": "ophis", "version": [3, 14], "pi": 3.141592653589793, "tiny": 1e-300, "big": 2**70,
       "neg": -0.0, "ok": True, "none": None, "nested": {"a": [{"b": "c\u00e9\n\t\"q\""}, []]},
       "emoji": "\U0001f600", "ctrl": "\x00\x1f\x7f"}
for kw in ({}, {"indent": 4}, {"indent": "\t", "sort_keys": True}, {"separators": (",", ":")},
           {"ensure_ascii": False}, {"indent": None, "separators": (" , ", " : ")}):
    text = json.dumps(doc, **kw)
    print(text)
    assert json.loads(text) == doc
print(json.loads('{"a": 1, "a": 2, "b": [1.5e3, -12, 0.1]}'))
print(json.loads('[{"x": 1}, {"y": 2}]', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"z": 1, "y": 2}', object_pairs_hook=list))
print(json.loads('["a\\u00e9\\ud83d\\ude00\\n"]'))
print(json.loads('"a\tb"', strict=False))
print(json.loads(' \n [ 1 , { } , [ ] ] \r\n'))
print(json.loads(bytearray(b'{"k": "v"}')), json.loads('{"k": "v"}'.encode('utf-8')))
print(json.JSONDecoder().raw_decode('[1] tail'))
buf = io.StringIO()
json.dump({"x": [1, 2]}, buf, indent=1)
print(repr(buf.getvalue()))
buf.seek(0)
print(json.load(buf))
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=SetEncoder))
print("".join(json.JSONEncoder(indent=1).iterencode([1, {"a": None}])))
print(json.dumps([1e16, 1.0, 0.1 + 0.2, 123456789012345678, float("inf"), float("-inf")]))
try:
    json.loads('[1, 2', cls=json.JSONDecoder)
except ValueError as e:
    print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads('{\n  "a": 1,\n  "b" 2\n}')
except json.JSONDecodeError as e:
    print(e, e.lineno, e.colno)

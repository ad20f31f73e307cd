# catch_warnings(record=True) collects WarningMessage objects and restores the filters.
import warnings

before = list(warnings.filters)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("two", FutureWarning)
    warnings.warn(RuntimeWarning("three"))
    print(len(warnings.filters) == len(before) + 1)
for m in log:
    print(m.category.__name__, m.message, type(m.message).__name__, m.lineno, m.filename == __file__, m.line, m.file)
print(str(log[0]).replace(__file__, "FILE"))
print(repr(log[0]).replace(__file__, "FILE")[:40])
print(warnings.filters == before)

with warnings.catch_warnings(action="error", category=UserWarning):
    try:
        warnings.warn("inside")
    except UserWarning as e:
        print("raised", e)
print(warnings.filters == before)

cw = warnings.catch_warnings(record=True)
print(repr(cw))
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print("RuntimeError", str(e))
try:
    warnings.catch_warnings().__exit__()
except RuntimeError as e:
    print("RuntimeError", e)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", DeprecationWarning)
    except DeprecationWarning as e:
        print("caught", type(e).__name__, e)
warnings.warn("shown after the block")

# filterwarnings: message (case-insensitive, anchored at the start), module, category, lineno,
# append, and re-adding a filter moves it to the front.
import warnings

warnings.filterwarnings("error", message="bad")
try:
    warnings.warn("BAD thing")
except UserWarning as e:
    print("error:", e)
warnings.warn("not bad at the start")
warnings.filterwarnings("ignore", message=".*quiet")
warnings.warn("be quiet")
warnings.filterwarnings("ignore", category=FutureWarning)
warnings.warn("future", FutureWarning)
warnings.warn("runtime", RuntimeWarning)
warnings.filterwarnings("ignore", module="__main__")
warnings.warn("module ignored")
warnings.resetwarnings()
warnings.filterwarnings("error", category=UserWarning, lineno=22)
try:
    warnings.warn("line 22")
except UserWarning as e:
    print("lineno filter:", e)
warnings.warn("another line")
print(len(warnings.filters))
warnings.simplefilter("ignore", append=True)
warnings.simplefilter("ignore", append=True)
print(len(warnings.filters), warnings.filters[-1])
warnings.simplefilter("ignore")
print(len(warnings.filters), warnings.filters[0])
warnings.filters[:] = []
warnings.defaultaction = "ignore"
warnings.warn("default action ignore")
warnings.defaultaction = "default"
warnings.warn("default action default")

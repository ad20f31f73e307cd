# warn()'s arguments: Warning instances, categories, and the errors for bad ones.
import warnings

warnings.warn("plain")
warnings.warn(RuntimeWarning("instance message"))
warnings.warn(FutureWarning("instance wins"), UserWarning)
warnings.warn("future", category=FutureWarning)
warnings.warn(42)
for bad in [5, int, "x", None.__class__]:
    try:
        warnings.warn("m", bad)
    except TypeError as e:
        print("TypeError", e)
for args, kwargs in [((), {}), (("m", UserWarning, 1, None, 5), {}), (("m",), {"nope": 1}),
                     (("m",), {"stacklevel": "a"}), (("m",), {"skip_file_prefixes": ["x"]}),
                     (("m", UserWarning), {"category": UserWarning})]:
    try:
        warnings.warn(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
for call in [lambda: warnings.simplefilter("bogus"), lambda: warnings.filterwarnings("ignore", category=int),
             lambda: warnings.simplefilter("ignore", lineno=-1), lambda: warnings.filterwarnings("ignore", message=5),
             lambda: warnings.filterwarnings("ignore", module=b"x"), lambda: warnings.simplefilter("ignore", lineno="1")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

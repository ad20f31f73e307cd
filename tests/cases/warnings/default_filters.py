# The filters CPython 3.14 starts with, and DeprecationWarning shown only for __main__.
import sys
import warnings
import _helper_deprecation

print(sys.warnoptions)
for f in warnings.filters:
    print(f)
warnings.warn("deprecated in main", DeprecationWarning)
warnings.warn("pending in main", PendingDeprecationWarning)
_helper_deprecation.warn_from_helper()
print("done")

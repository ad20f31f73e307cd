# 'from module import name' with a misspelled name suggests the module's closest public name.
import _import_target
print(_import_target.helper_value)
from _import_target import helper_valeu

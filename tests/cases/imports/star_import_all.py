from _helper_star_all import *
print(exported, also_exported)
try:
    not_exported
except NameError as e:
    print(e)
from _helper_star_noall import *
print(public_a, public_b)
try:
    _private_c
except NameError as e:
    print(e)
import _helper_star_noall
print(_helper_star_noall._private_c)

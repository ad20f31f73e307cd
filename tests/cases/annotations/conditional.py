# Annotations that may not run are recorded in __conditional_annotations__ as they run.
import sys
flag = len(sys.argv) > 5
always: int
if flag:
    never: str
else:
    otherwise: bytes
for i in range(2):
    in_loop: float
while False:
    never_loop: int
try:
    in_try: list
    raise KeyError
except KeyError:
    in_except: dict
finally:
    in_finally: set
with open(__file__) as fh:
    in_with: tuple
match flag:
    case True:
        case_true: int
    case _:
        case_other: str
print(__annotate__(1))
print(sorted(__conditional_annotations__))

class C:
    plain: int
    if flag:
        skipped: str
    else:
        taken: bytes
    for _ in range(1):
        looped: float
    try:
        pass
    finally:
        finalled: complex
print(C.__annotations__)
print(sorted(k for k in C.__dict__ if 'annot' in k))

def in_function():
    if True:
        local: int = 1
    return local
print(in_function(), in_function.__annotations__)

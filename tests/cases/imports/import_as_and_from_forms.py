import pkg.sub.leaf as l
from pkg import sibling as s, PKG_CONST
from pkg.sibling import (
    SIB,
    where,
)
print(l.LEAF.split()[0], s.SIB, PKG_CONST, SIB, where())
import sys as system, _helper_star_all as star
print(system.__name__, star.exported)

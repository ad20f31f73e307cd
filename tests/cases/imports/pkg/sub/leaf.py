from .. import PKG_CONST
LEAF = "leaf of " + __name__ + " sees " + PKG_CONST

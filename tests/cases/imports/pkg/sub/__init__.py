from .. import sibling
from ..sibling import where
from . import leaf
SUB_INFO = (sibling.SIB, where(), __package__)

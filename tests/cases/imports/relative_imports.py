import pkg.sub
print(pkg.sub.SUB_INFO)
print(pkg.sub.leaf.LEAF)
import pkg.sub.leaf as leaf
print(leaf is pkg.sub.leaf, leaf.__name__, leaf.__package__)
from pkg.sub import leaf as same
print(same is leaf)

from types import GenericAlias
print(GenericAlias(list, int), GenericAlias(dict, (str, int)))
for a in [(), (list,), (list,1,2)]:
    try: print(GenericAlias(*a))
    except TypeError as e: print(e)
try: GenericAlias(list, int, x=1)
except TypeError as e: print(e)
try: GenericAlias(origin=list, args=int)
except TypeError as e: print(e)

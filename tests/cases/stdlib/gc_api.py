# gc: the interface (ophis has no cycle collector; collect() finds nothing here either).
import gc

print(gc.collect(), gc.collect(0), gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.get_threshold(), len(gc.get_count()), gc.callbacks, gc.garbage)
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked('s'), gc.get_freeze_count(), gc.get_debug())
events = []
gc.callbacks.append(lambda phase, info: events.append((phase, info['generation'])))
gc.collect()
print(events)
gc.callbacks.clear()
print(gc.DEBUG_LEAK, gc.DEBUG_STATS, sorted(n for n in dir(gc) if not n.startswith('_')))
try:
    gc.collect(3)
except ValueError as e:
    print('ValueError', e)

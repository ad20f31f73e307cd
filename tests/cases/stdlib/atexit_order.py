# atexit: functions run at exit, last registered first, with their arguments; an exception
# in one is reported and the others still run.
import atexit

def show(*args, **kwargs):
    print('show', args, sorted(kwargs.items()))

class Fails:
    def __call__(self):
        print('fails runs')
        raise ValueError('boom')
    def __repr__(self):
        return '<Fails>'

fails = Fails()

atexit.register(show, 1, y=2)
atexit.register(fails)
print(atexit.register(show, 3) is show)
atexit.register(print, 'registered last, runs first')
def never():
    print('never')
atexit.register(never)
atexit.unregister(never)
print(atexit._ncallbacks())
for args in [(5,), ()]:
    try:
        atexit.register(*args)
    except TypeError as e:
        print('TypeError', e)
print('main done')

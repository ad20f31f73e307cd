"""Thread objects and synchronization primitives (ophis: threads run in parallel, no GIL).

Built on the native ``_thread`` module: its locks, ``RLock`` and ``_local`` are used directly;
``Thread``, ``Condition``, ``Semaphore``, ``Event``, ``Barrier`` and ``Timer`` are written
here in terms of them.
"""

import sys as _sys
import _thread

from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
           'ThreadError', 'ExceptHookArgs', 'setprofile', 'settrace', 'local',
           'stack_size', 'excepthook', 'get_native_id', 'getprofile', 'gettrace',
           'setprofile_all_threads', 'settrace_all_threads']

_start_joinable_thread = _thread.start_joinable_thread
_allocate_lock = _thread.allocate_lock
_make_thread_handle = _thread._make_thread_handle
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _thread.lock
_CRLock = _thread.RLock
local = _thread._local
stack_size = _thread.stack_size

# Tracing and profiling hooks: ophis has no sys.settrace/sys.setprofile, so the functions are
# stored (and returned by gettrace/getprofile) but never called.
_trace_hook = None
_profile_hook = None


def settrace(func):
    """Set a trace function for threads started from now on (stored: ophis does not trace)."""
    global _trace_hook
    _trace_hook = func


def settrace_all_threads(func):
    settrace(func)


def gettrace():
    return _trace_hook


def setprofile(func):
    """Set a profile function for threads started from now on (stored: ophis does not profile)."""
    global _profile_hook
    _profile_hook = func


def setprofile_all_threads(func):
    setprofile(func)


def getprofile():
    return _profile_hook


def RLock(*args, **kwargs):
    """A reentrant lock: the thread that holds it may acquire it again."""
    return _CRLock(*args, **kwargs)


def _address(obj):
    return '0x%x' % id(obj)


class Condition:
    """A condition variable: threads wait on it until another notifies them."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        if hasattr(lock, '_release_save'):
            self._release_save = lock._release_save
        if hasattr(lock, '_acquire_restore'):
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, '_is_owned'):
            self._is_owned = lock._is_owned
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock cannot say who holds it: it is owned by us if it is held at all.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        got = False
        try:
            if timeout is None:
                waiter.acquire()
                got = True
            elif timeout > 0:
                got = waiter.acquire(True, timeout)
            else:
                got = waiter.acquire(False)
            return got
        finally:
            self._acquire_restore(saved)
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        end = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if end is None:
                    end = _time() + remaining
                else:
                    remaining = end - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = 0
        while self._waiters and woken < n:
            waiter = self._waiters.pop(0)
            try:
                waiter.release()
            except RuntimeError:
                # Its wait timed out meanwhile.
                continue
            woken += 1

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        import warnings
        warnings.warn('notifyAll() is deprecated, use notify_all() instead',
                      DeprecationWarning, stacklevel=2)
        self.notify_all()


class Semaphore:
    """A counter of permits: acquire takes one (waiting while there are none), release adds."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {_address(self)}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        taken = False
        end = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if end is None:
                        end = _time() + timeout
                    else:
                        timeout = end - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                taken = True
        return taken

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released more times than it was acquired."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {_address(self)}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {_address(self)}: {status}>"

    def _at_fork_reinit(self):
        self._cond = Condition(Lock())

    def is_set(self):
        return self._flag

    def isSet(self):
        import warnings
        warnings.warn('isSet() is deprecated, use is_set() instead',
                      DeprecationWarning, stacklevel=2)
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Makes a fixed number of threads wait for each other."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0      # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {_address(self)}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {_address(self)}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


# Live Thread objects by thread ident, and the threads the interpreter waits for at exit.
_active_lock = _allocate_lock()
_active = {}
_limbo = {}
_non_daemon = set()
_shutting_down = False

_counter_lock = _allocate_lock()
_counter = 0


def _newname(name_template="Thread-%d"):
    global _counter
    with _counter_lock:
        _counter += 1
        return name_template % _counter


class _ExceptHookArgsType(tuple):
    __slots__ = ()
    _fields = ('exc_type', 'exc_value', 'exc_traceback', 'thread')
    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != 4:
            raise TypeError(f"_thread._ExceptHookArgs() takes a 4-sequence ({len(values)}-sequence given)")
        return tuple.__new__(cls, values)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ('_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)'
                % tuple(self))


_ExceptHookArgsType.__name__ = '_ExceptHookArgs'
_ExceptHookArgsType.__qualname__ = '_ExceptHookArgs'
_ExceptHookArgsType.__module__ = '_thread'


def ExceptHookArgs(args):
    return _ExceptHookArgsType(args)


excepthook = __excepthook__ = _thread._excepthook


def _invoke_excepthook(thread):
    exc_type, exc_value, exc_tb = _sys.exc_info()
    args = ExceptHookArgs([exc_type, exc_value, exc_tb, thread])
    try:
        hook = excepthook
        if hook is None:
            hook = __excepthook__
        hook(args)
    except Exception as hook_error:
        hook_error.__suppress_context__ = True
        sys_hook = getattr(_sys, 'excepthook', None) or _sys.__excepthook__
        sys_hook(type(hook_error), hook_error, hook_error.__traceback__)
    finally:
        args = None


class Thread:
    """A thread of control: override run(), or pass a target callable."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None, context=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            if daemon and not _daemon_threads_allowed():
                raise RuntimeError('daemon threads are disabled in this (sub)interpreter')
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._context = context
        self._ident = None
        self._native_id = None
        self._handle = None
        self._started = Event()
        self._stderr = _sys.stderr
        self._initialized = True

    def _check_initialized(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped():
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def _is_stopped(self):
        return self._handle is not None and self._handle.is_done()

    def start(self):
        """Start the thread's activity: run() is called in a new thread of control."""
        self._check_initialized()
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        if self._context is None and _sys.flags.thread_inherit_context:
            # As free-threaded CPython: the new thread starts in a copy of this one's context.
            import _contextvars
            self._context = _contextvars.copy_context()
        with _active_lock:
            _limbo[self] = self
            if not self._daemonic:
                _non_daemon.add(self)
        try:
            self._handle = _start_joinable_thread(self._bootstrap, daemon=self._daemonic)
        except Exception:
            with _active_lock:
                del _limbo[self]
                _non_daemon.discard(self)
            raise
        self._started.wait()

    def run(self):
        """The thread's activity: calls the target with its arguments."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            with _active_lock:
                _active[self._ident] = self
                _limbo.pop(self, None)
            self._started.set()
            try:
                if self._context is not None:
                    self._context.run(self.run)
                else:
                    self.run()
            except:
                _invoke_excepthook(self)
        finally:
            with _active_lock:
                _active.pop(get_ident(), None)

    def join(self, timeout=None):
        """Wait until the thread ends (or the timeout, in seconds, passes)."""
        self._check_initialized()
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is not None:
            timeout = max(timeout, 0)
        self._handle.join(timeout)

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """Whether the thread has started and not yet finished."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped()

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if daemonic and not _daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this interpreter')
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        import warnings
        warnings.warn('isDaemon() is deprecated, get the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.daemon

    def setDaemon(self, daemonic):
        import warnings
        warnings.warn('setDaemon() is deprecated, set the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.daemon = daemonic

    def getName(self):
        import warnings
        warnings.warn('getName() is deprecated, get the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.name

    def setName(self, name):
        import warnings
        warnings.warn('setName() is deprecated, set the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.name = name


_daemon_threads_allowed = _thread.daemon_threads_allowed


class Timer(Thread):
    """Calls a function after a number of seconds, unless cancelled first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._handle = _make_thread_handle(self._ident)
        self._started.set()
        with _active_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread not started by this module (e.g. by _thread.start_new_thread)."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=_daemon_threads_allowed())
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()
        with _active_lock:
            _active[self._ident] = self

    def _is_stopped(self):
        return False

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    """The Thread object of the calling thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    import warnings
    warnings.warn('currentThread() is deprecated, use current_thread() instead',
                  DeprecationWarning, stacklevel=2)
    return current_thread()


def active_count():
    """The number of Thread objects currently alive."""
    with _active_lock:
        return len(_active) + len(_limbo)


def activeCount():
    import warnings
    warnings.warn('activeCount() is deprecated, use active_count() instead',
                  DeprecationWarning, stacklevel=2)
    return active_count()


def enumerate():
    """A list of all Thread objects currently alive."""
    with _active_lock:
        return list(_active.values()) + list(_limbo.values())


_main_thread = _MainThread()


def main_thread():
    """The main Thread object (the thread the interpreter started in)."""
    return _main_thread


_threading_atexits = []


def _register_atexit(func, *arg, **kwargs):
    """Register a callable to run when the interpreter begins to wait for threads at exit
    (before non-daemon threads are joined)."""
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Called by the interpreter at exit: waits for every non-daemon thread to finish."""
    global _shutting_down
    if _main_thread._handle.is_done() and _shutting_down:
        return
    _shutting_down = True
    for atexit_call in reversed(_threading_atexits):
        atexit_call()
    if _main_thread.ident == get_ident():
        _main_thread._handle._set_done()
    me = current_thread()
    while True:
        with _active_lock:
            waiting = [t for t in _non_daemon if t is not me]
        if not waiting:
            break
        for t in waiting:
            if t._handle is not None:
                t._handle.join()
            with _active_lock:
                _non_daemon.discard(t)

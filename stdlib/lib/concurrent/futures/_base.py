"""Future, Executor, wait() and as_completed(): the executor-independent part of
concurrent.futures."""

import collections
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

# A future's states.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_NAMES = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}


class Error(Exception):
    """Base class for all future-related exceptions."""
    pass


class CancelledError(Error):
    """The Future was cancelled."""
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    pass


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe failure."""


class _Watcher:
    """Watches a set of futures for wait() and as_completed(): each future that completes
    reports to it, and it sets its event when the caller's condition is met ('any': one
    completed; 'all': none left pending; 'first_exception': one raised, or none left)."""

    def __init__(self, mode, pending):
        self.mode = mode
        self.pending = pending
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.completed = []

    def report(self, future, raised=False):
        with self.lock:
            self.completed.append(future)
            self.pending -= 1
            if self.mode == 'any' or self.pending <= 0 or (raised and self.mode == 'first_exception'):
                self.event.set()

    def take_completed(self):
        with self.lock:
            completed, self.completed = self.completed, []
            self.event.clear()
            return completed


def _lock_all(futures):
    """Acquires the conditions of several futures, always in the same order (no deadlock
    between two callers locking overlapping sets)."""
    ordered = sorted(futures, key=id)
    for f in ordered:
        f._condition.acquire()
    return ordered


def _unlock_all(ordered):
    for f in reversed(ordered):
        f._condition.release()


def _is_complete(f):
    return f._state in (CANCELLED_AND_NOTIFIED, FINISHED)


def _watch(fs, mode):
    """A watcher attached to every future of `fs`; the caller holds their conditions."""
    watcher = _Watcher(mode, sum(1 for f in fs if not _is_complete(f)))
    for f in fs:
        f._waiters.append(watcher)
    return watcher


def _unwatch(fs, watcher):
    for f in fs:
        with f._condition:
            try:
                f._waiters.remove(watcher)
            except ValueError:
                pass


def as_completed(fs, timeout=None):
    """Yields the futures in `fs` (duplicates once) as they complete (finish or are
    cancelled). TimeoutError if some are unfinished after `timeout` seconds."""
    if timeout is not None:
        deadline = timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    locked = _lock_all(fs)
    try:
        done = [f for f in fs if _is_complete(f)]
        pending = set(fs).difference(done)
        watcher = _watch(pending, 'any')
    finally:
        _unlock_all(locked)
    try:
        yield from done
        while pending:
            remaining = None
            if timeout is not None:
                remaining = deadline - time.monotonic()
                if remaining < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            watcher.event.wait(remaining)
            for f in watcher.take_completed():
                if f in pending:
                    pending.discard(f)
                    yield f
    finally:
        _unwatch(fs, watcher)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures in `fs` to complete; returns (done, not_done) sets.
    return_when: FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED."""
    modes = {FIRST_COMPLETED: 'any', FIRST_EXCEPTION: 'first_exception', ALL_COMPLETED: 'all'}
    if return_when not in modes:
        raise ValueError("Invalid return condition: %r" % return_when)
    fs = set(fs)
    locked = _lock_all(fs)
    try:
        done = {f for f in fs if _is_complete(f)}
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, fs - done)
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, fs - done)
        if return_when == FIRST_EXCEPTION and any(
                f._state == FINISHED and f._exception is not None for f in done):
            return DoneAndNotDoneFutures(done, fs - done)
        watcher = _watch(fs - done, modes[return_when])
    finally:
        _unlock_all(locked)
    watcher.event.wait(timeout)
    _unwatch(fs, watcher)
    done.update(watcher.take_completed())
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


class Future:
    """The result of an asynchronous computation."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as e:
                _report_callback_error(self, e)

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self),
                        _STATE_NAMES[self._state],
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self),
                    _STATE_NAMES[self._state],
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                self.__class__.__name__, id(self), _STATE_NAMES[self._state])

    def cancel(self):
        """Cancels the future if it has not started running; returns whether it is cancelled."""
        with self._condition:
            if self._state in [RUNNING, FINISHED]:
                return False
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def __get_result(self):
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                # Break the cycle future -> exception -> traceback -> frame -> future.
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Calls fn(future) when the future completes (at once if it already has)."""
        with self._condition:
            if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as e:
            _report_callback_error(self, e)

    def result(self, timeout=None):
        """The call's return value, waiting up to `timeout` seconds for it; raises what
        the call raised, CancelledError, or TimeoutError."""
        try:
            with self._condition:
                if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self.__get_result()
                self._condition.wait(timeout)
                if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self.__get_result()
                else:
                    raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting as result() does."""
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            else:
                raise TimeoutError()

    def set_running_or_notify_cancel(self):
        """For executors: marks the future running (True), or notifies waiters that it was
        cancelled (False)."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for watcher in self._waiters:
                    watcher.report(self)
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            else:
                raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for watcher in self._waiters:
                watcher.report(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for watcher in self._waiters:
                watcher.report(self, raised=True)
            self._condition.notify_all()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(types.GenericAlias)


def _report_callback_error(future, error):
    # CPython logs "exception calling callback for <Future ...>" through logging.
    import sys
    sys.stderr.write('exception calling callback for %r\n' % (future,))
    sys.excepthook(type(error), error, error.__traceback__)


class Executor:
    """The base of executors: submit() schedules a call; map() and shutdown() build on it."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1, buffersize=None):
        """Like map(fn, *iterables), the calls running concurrently; results in order."""
        if buffersize is not None and not isinstance(buffersize, int):
            raise TypeError("buffersize must be an integer or None")
        if buffersize is not None and buffersize < 1:
            raise ValueError("buffersize must be None or > 0")
        if timeout is not None:
            end_time = timeout + time.monotonic()
        zipped = zip(*iterables)
        if buffersize:
            import itertools
            fs = collections.deque(self.submit(fn, *args) for args in itertools.islice(zipped, buffersize))
        else:
            fs = [self.submit(fn, *args) for args in zipped]

        def result_iterator():
            try:
                if isinstance(fs, list):
                    fs.reverse()
                while fs:
                    if buffersize:
                        fut = fs.popleft()
                        args = next(zipped, None)
                        if args is not None:
                            fs.append(self.submit(fn, *args))
                    else:
                        fut = fs.pop()
                    if timeout is None:
                        yield _result_or_cancel(fut)
                    else:
                        yield _result_or_cancel(fut, end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Frees the executor's resources (after pending calls finish, if wait)."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False

"""ThreadPoolExecutor: runs submitted calls on a pool of worker threads (in parallel under
ophis, which has no GIL)."""

import itertools
import os
import queue
import threading

from concurrent.futures import _base

# Executors whose workers must be woken and joined when the interpreter exits.
_live_executors = set()
_live_lock = threading.Lock()
_interpreter_shutdown = False


def _at_interpreter_exit():
    global _interpreter_shutdown
    with _live_lock:
        _interpreter_shutdown = True
        executors = list(_live_executors)
    for executor in executors:
        executor._wake_workers_to_exit()
    for executor in executors:
        for t in list(executor._threads):
            t.join()


threading._register_atexit(_at_interpreter_exit)


class _WorkItem:
    """One submitted call and the future that receives its outcome."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # The exception's traceback holds this frame: drop the reference cycle.
            self = None
        else:
            self.future.set_result(result)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


class ThreadPoolExecutor(_base.Executor):
    """An executor running calls on up to `max_workers` threads, started as work arrives."""

    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            # As CPython: enough threads for I/O-bound work, bounded for large machines.
            max_workers = min(32, (os.process_cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % self._counter())
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs); returns its Future."""
        with self._shutdown_lock, _live_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _interpreter_shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future

    submit.__doc__ = _base.Executor.submit.__doc__ or submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker takes the new item; otherwise start one if the pool is not full.
        if self._idle_semaphore.acquire(timeout=0):
            return
        if len(self._threads) < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix, len(self._threads))
            t = threading.Thread(name=name, target=self._worker)
            t.start()
            self._threads.add(t)
            _live_executors.add(self)

    def _worker(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException:
                import sys
                sys.stderr.write('Exception in initializer:\n')
                sys.excepthook(*sys.exc_info())
                self._initializer_failed()
                return
        while True:
            item = self._work_queue.get(block=True)
            if item is None:
                # Pass the exit signal on to the next worker.
                self._work_queue.put(None)
                return
            item.run()
            del item
            self._idle_semaphore.release()

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(self._broken))

    def _wake_workers_to_exit(self):
        self._work_queue.put(None)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No new calls; pending ones still run (or are cancelled with cancel_futures);
        with wait, returns when the workers have finished."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
        with _live_lock:
            _live_executors.discard(self)

    shutdown.__doc__ = _base.Executor.shutdown.__doc__ or shutdown.__doc__

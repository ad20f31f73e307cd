"""Run callables asynchronously: Executor, Future, wait and as_completed.

ophis provides ThreadPoolExecutor (its threads run in parallel: there is no GIL).
ProcessPoolExecutor and InterpreterPoolExecutor need multiprocessing and subinterpreters,
which ophis does not have; asking for them raises ImportError saying so.
"""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                      CancelledError, TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor, wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'InvalidStateError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)


def __dir__():
    return __all__ + ('__author__', '__doc__')


def __getattr__(name):
    if name in ('ProcessPoolExecutor', 'InterpreterPoolExecutor'):
        raise ImportError(f"concurrent.futures.{name} is not available in ophis "
                          "(no multiprocessing or subinterpreters); use ThreadPoolExecutor")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""A time budget for one record, in the main thread: SIGALRM interrupts the work past it.

Used by the single-page commands (``extract``, ``clean``, ``show``, ``regress``) and by the
Spark partitions. The local batch driver bounds records differently: it kills the worker process.
"""

from __future__ import annotations

import gc
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from newsfacts.errors import LimitError

__all__ = ["Overrun", "overrun_error", "time_budget"]


class Overrun(BaseException):
    """The block ran past its budget (a BaseException: no ``except Exception`` swallows it)."""


#: How soon the budget fires again when the signal came inside a callback that swallows it.
_RETRY = 0.001
#: How many calling frames are looked through for one that swallows exceptions.
_FRAMES = 64


def _swallowing(frame: FrameType | None) -> bool:
    """Whether an exception raised in ``frame`` would be swallowed: a gc callback or ``__del__``.

    Python prints such an exception as "ignored" and goes on; the budget waits until the
    callback has returned instead.
    """
    callbacks = {id(code) for cb in gc.callbacks if (code := getattr(cb, "__code__", None))}
    for _ in range(_FRAMES):  # the exception would rise through the frames that called this one
        if frame is None:
            return False
        if frame.f_code.co_name == "__del__" or id(frame.f_code) in callbacks:
            return True
        frame = frame.f_back
    return False


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Interrupt the block after ``seconds`` with :class:`Overrun` (SIGALRM, main thread only).

    It interrupts Python code, and C code (a parser) as soon as it returns to Python. Without a
    budget, off the main thread or where SIGALRM does not exist, the block runs unbounded.
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not seconds or not usable:
        yield
        return

    fired = False

    def overrun(signum: int, frame: FrameType | None) -> None:
        nonlocal fired
        fired = True  # the budget is spent, whether or not the raise below gets through
        if _swallowing(frame):
            signal.setitimer(signal.ITIMER_REAL, _RETRY)  # raise once out of the callback
            return
        raise Overrun

    previous = signal.signal(signal.SIGALRM, overrun)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if fired:
        # the handler ran where an exception is swallowed (a gc callback, a __del__) and the
        # block ended before the next alarm: it still went past its budget
        raise Overrun


def overrun_error(seconds: float, *, path: str | None = None) -> LimitError:
    """The typed error of a record that took longer than its budget."""
    return LimitError(
        f"the page took longer than {seconds:g} seconds (record_timeout)",
        limit="record_timeout",
        path=path,
    )

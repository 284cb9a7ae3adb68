"""Run one function in a forked child while the caller goes on with other work.

On a big game the analysis has two independent halves of about the same cost
(per-choice effects, and everything else), and the machine has two cores. A
forked child sees the parent's memory as it is (copy-on-write), so nothing is
sent to it; only its result comes back, pickled through a pipe.

Where fork is missing (Windows) or unsafe (other threads are running), or if
the child fails in any way, `result()` simply calls the function in-process:
the answer is the same either way.
"""

from __future__ import annotations

import os
import pickle
import signal
import threading
from collections.abc import Callable
from typing import Any


class Forked:
    """`Forked(fn)` starts fn() in a child (if `fork` and the platform allow it);
    `.result()` is its value; `.cancel()` stops the child."""

    def __init__(self, fn: Callable[[], Any], fork: bool = True) -> None:
        self.fn = fn
        self.pid = 0
        self.fd = -1
        if fork and hasattr(os, "fork") and threading.active_count() == 1 and _cores() > 1:
            self._start()

    def _start(self) -> None:
        r, w = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(r)
            os.close(w)
            return
        if pid == 0:  # the child: compute, send, and leave without running any cleanup
            status = 1
            try:
                os.close(r)
                data = pickle.dumps(self.fn(), pickle.HIGHEST_PROTOCOL)
                with os.fdopen(w, "wb") as f:
                    f.write(data)
                status = 0
            finally:
                os._exit(status)
        os.close(w)
        self.pid, self.fd = pid, r

    def result(self) -> Any:
        if self.pid:
            try:
                with os.fdopen(self.fd, "rb") as f:
                    data = f.read()
            finally:
                _, status = os.waitpid(self.pid, 0)
                self.pid = 0
            if status == 0 and data:
                return pickle.loads(data)
        return self.fn()

    def cancel(self) -> None:
        """Stop the child (the caller failed or was interrupted)."""
        if self.pid:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
            os.close(self.fd)
            self.pid = 0


def _cores() -> int:
    """CPUs this process may run on (a child on the same single core gains nothing)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1

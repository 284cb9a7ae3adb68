"""One writer at a time on a game: the verbs that write into a game hold its lock.

Two `vn sprites build` (or `audio build`, `translate import`, `web build`...) started at
once on the same game run one after the other: the second says so in one line, then
waits. The lock is `fcntl.flock` on the game's base folder itself, so nothing is written
into the game for it (a run refused for bad input leaves the game as it was), and a run
that is killed, even with SIGKILL, releases it at once: there is never a stale lock.
Verbs that write one file through vn.atomic (`export --out`, `routes --graph`) need no
lock: two runs at once each replace the file whole, and the last one wins."""

from __future__ import annotations

import fcntl
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import VnError, one_line


@contextmanager
def game_lock(base: str | os.PathLike[str], verb: str) -> Iterator[None]:
    """Hold the write lock of the game at `base` for `verb` (waits for another holder)."""
    base = Path(base)
    if not base.is_dir():
        yield  # no game there: the verb itself says so in its own words
        return
    try:
        fd = os.open(base, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        raise VnError(f"{base}: cannot open to lock ({e.strerror or e})") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"vn: {one_line(str(base))}: another vn run is writing to this game; "
                  f"{verb} waits for it to finish", file=sys.stderr, flush=True)
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the flock

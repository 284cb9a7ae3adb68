"""One writer at a time on a game: the verbs that write into a game hold its lock.

Two `vn sprites build` (or `audio build`, `translate import`, `web build`...) started at
once on the same game run one after the other: the second says in one line whom it waits
for, then waits. The lock is `fcntl.flock` on BASE/.vn/lock, so a run that is killed
(even with SIGKILL) releases it at once: there is never a stale lock to delete by hand.
Verbs that write one file through vn.atomic (`export --out`, `routes --graph`) need no
lock: two runs at once each replace the file whole, and the last one wins."""

from __future__ import annotations

import fcntl
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .errors import VnError, one_line

LOCK = Path(".vn") / "lock"


@contextmanager
def game_lock(base: str | os.PathLike, verb: str) -> Iterator[None]:
    """Hold the write lock of the game at `base` for `verb` (waits for another holder)."""
    path = Path(base) / LOCK
    if not Path(base).is_dir():
        yield  # no game there: the verb itself says so in its own words
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
    except OSError as e:
        raise VnError(f"{path}: cannot create the lock ({e.strerror or e})") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another vn run"
            print(f"vn: {one_line(str(Path(base)))}: waiting for {one_line(holder)} to finish "
                  f"(lock {LOCK})", file=sys.stderr, flush=True)
            fcntl.flock(fd, fcntl.LOCK_EX)
        # Who holds it, for the next one's message (a lock file, not an output: no atomic write).
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"vn {verb} (pid {os.getpid()})\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # closing releases the flock

"""Output files (pictures, plans) readable like any other file the user writes.

`vn.atomic` writes through `mkstemp`, which creates files with mode 0600;
route maps and plans are meant to be shared, so they get the usual mode
(0666 minus the umask) once they are in place."""

from __future__ import annotations

import os
from pathlib import Path

from .. import atomic


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_bytes(path: Path, data: bytes) -> None:
    atomic.write_bytes(path, data)
    os.chmod(path, 0o666 & ~_umask())


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))

"""Writing files so that an interrupted run never leaves half a file.

Every file `vn` writes goes through here: the data goes to a temporary file in the
destination's folder, which then replaces the destination in one rename. The
temporary file is created with mode 0666 so the kernel applies the umask, as for any
file the user writes (`tempfile.mkstemp` would leave 0600, unreadable to others)."""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Mapping
from pathlib import Path

from .errors import VnError


def _create_temp(dest: Path) -> tuple[int, Path]:
    """Open a new, empty temporary file beside `dest` for writing."""
    while True:
        tmp = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}.part")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0),
                           0o666), tmp
        except FileExistsError:
            continue


def _write_temp(dest: Path, data: bytes, keep_mode: bool) -> Path:
    fd, tmp = _create_temp(dest)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        if keep_mode:
            try:
                os.chmod(tmp, stat.S_IMODE(dest.stat().st_mode))
            except FileNotFoundError:
                pass  # a new file: the umask's mode is the right one
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def write_bytes(path: Path, data: bytes, *, keep_mode: bool = False) -> None:
    """Write `data` to `path` whole or not at all.

    A new file gets mode 0666 minus the umask; with `keep_mode`, a file that is
    replaced keeps its own mode (for files the user owns and edits, like game/tl)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _write_temp(path, data, keep_mode)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text(path: Path, text: str, *, keep_mode: bool = False) -> None:
    write_bytes(path, text.encode("utf-8"), keep_mode=keep_mode)


def write_many(writes: Mapping[Path, bytes], *, keep_mode: bool = False) -> None:
    """Write several files, each whole; every temporary file is written before the
    first rename, so a failure while writing (a full disk) changes none of them."""
    temps: list[tuple[Path, Path]] = []
    try:
        for dest, data in writes.items():
            dest = Path(dest)
            dest.parent.mkdir(parents=True, exist_ok=True)
            temps.append((_write_temp(dest, data, keep_mode), dest))
        for tmp, dest in temps:
            os.replace(tmp, dest)
    finally:
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)


def check_output(path: str | Path, *, folder: bool = False) -> Path:
    """Refuse, before any work starts, an output path that cannot be written.

    `path` is a file to write (or, with `folder`, a folder to fill). Checked: a folder
    where a file is expected (or the reverse), an ancestor that is a file, and that a file
    can really be created in the nearest existing ancestor (permissions, read-only or
    virtual file systems like /proc): a probe file is created and removed at once."""
    path = Path(path)
    if path.is_dir() and not folder:
        raise VnError(f"{path}: is a directory, expected a file")
    if path.exists() and not path.is_dir() and folder:
        raise VnError(f"{path}: is a file, expected a folder")
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise VnError(f"{path}: {parent} is not a directory")
    try:
        fd, probe = _create_temp(parent / path.name)
    except OSError as e:
        raise VnError(f"{path}: cannot write in {parent} ({e.strerror or e})") from None
    os.close(fd)
    probe.unlink(missing_ok=True)
    return path

"""Writing files so that an interrupted run never leaves half a file.

Every file `vn` writes goes through here: the data goes to a temporary file in the
destination's folder, which then replaces the destination in one rename. The
temporary file is created with mode 0666 so the kernel applies the umask, as for any
file the user writes (`tempfile.mkstemp` would leave 0600, unreadable to others)."""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import stat
import time
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


# A temporary file this old belongs to a run that was killed (no writer takes minutes
# between creating its temporary file and renaming it): it is removed by the next write.
STALE_SECONDS = 600


def _sweep(dest: Path) -> None:
    """Remove what killed runs left beside `dest` (`.NAME.*.part` files or folders older
    than STALE_SECONDS)."""
    now = time.time()
    try:
        left = list(dest.parent.glob(f".{glob.escape(dest.name)}.*.part"))
    except OSError:
        return
    for tmp in left:
        try:
            if tmp.is_symlink() or now - tmp.lstat().st_mtime <= STALE_SECONDS:
                continue
            if tmp.is_dir():
                shutil.rmtree(tmp)  # a folder being built (replace_folder's `new`)
            else:
                tmp.unlink()
        except OSError:
            pass  # gone already, or not ours to remove


def _write_temp(dest: Path, data: bytes, keep_mode: bool) -> Path:
    _sweep(dest)
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
    try:
        path.exists()  # raises for a name too long for the file system
    except OSError as e:
        raise VnError(f"{path}: cannot write ({e.strerror or e})") from None
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


_RENAME_EXCHANGE = 2  # linux/fs.h


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    import ctypes
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (22, 38, 95):  # EINVAL, ENOSYS, EOPNOTSUPP: a file system or kernel without it
        return False
    raise OSError(err, os.strerror(err), str(a))


def replace_folder(new: Path, dest: Path) -> None:
    """Put the finished folder `new` at `dest` (beside it, same file system), replacing
    any folder there, so that `dest` is at every moment the old folder or the new one.

    On Linux the two are swapped in one step, then the old one is removed. Elsewhere it
    takes two renames; a kill between them leaves the old folder as `.NAME.*.old` beside
    `dest`, which the next call puts back first if `dest` is missing."""
    import tempfile
    new, dest = Path(new), Path(dest)
    _sweep(dest)
    if not dest.exists():
        for left in sorted(dest.parent.glob(f".{dest.name}.*.old")):
            os.rename(left, dest)  # a run killed between its two renames: its old folder returns
            break
    if not dest.exists():
        os.rename(new, dest)
        return
    if _exchange(new, dest):
        shutil.rmtree(new, ignore_errors=True)  # `new` now holds the old folder
        return
    old = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", suffix=".old", dir=dest.parent))
    old.rmdir()
    os.rename(dest, old)
    os.rename(new, dest)
    shutil.rmtree(old, ignore_errors=True)

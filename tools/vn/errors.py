"""Errors that end a `vn` command with a one-line message."""

from __future__ import annotations

import os
from pathlib import Path


class VnError(Exception):
    """Bad input or environment: print one line, exit 2.

    The message should name the file (and line, when there is one), e.g.
    ``art/characters/calla.json: palette.skin: expected a colour like #aabbcc``.
    """

    exit_code = 2


def input_dir(path: str | os.PathLike[str], what: str = "the game's base directory") -> Path:
    """`path` resolved, for a folder named on the command line: a symlink loop or a name
    too long for the file system is bad input, not a RuntimeError or OSError later on.
    Whether it is the right kind of folder stays the verb's own check."""
    try:
        resolved = Path(path).resolve()
        resolved.exists()  # raises for ENAMETOOLONG and EACCES, which is_dir() does not swallow
    except RuntimeError:   # Python 3.11's resolve() on a symlink loop
        raise VnError(f"{path}: {what} is a symbolic link loop") from None
    except OSError as e:
        raise VnError(f"{path}: {what} cannot be read ({e.strerror or e})") from None
    return resolved


def json_error(e: Exception) -> str:
    """Why a JSON file did not load, for a one-line message (a RecursionError says nothing)."""
    return "nested too deeply" if isinstance(e, RecursionError) else str(e)


def one_line(message: str) -> str:
    """`message` as one printable line: a message quotes the user's input (a CSV header, a
    spec's key), and a newline, vertical tab or bidi control in it would break the line."""
    if message.isprintable():
        return message
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii")
                   for c in message)

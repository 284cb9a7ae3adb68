"""Errors that end a `vn` command with a one-line message."""

from __future__ import annotations


class VnError(Exception):
    """Bad input or environment: print one line, exit 2.

    The message should name the file (and line, when there is one), e.g.
    ``art/characters/calla.json: palette.skin: expected a colour like #aabbcc``.
    """

    exit_code = 2

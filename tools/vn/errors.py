"""Errors that end a `vn` command with a one-line message."""

from __future__ import annotations


class VnError(Exception):
    """Bad input or environment: print one line, exit 2.

    The message should name the file (and line, when there is one), e.g.
    ``art/characters/calla.json: palette.skin: expected a colour like #aabbcc``.
    """

    exit_code = 2


def one_line(message: str) -> str:
    """`message` as one printable line: a message quotes the user's input (a CSV header, a
    spec's key), and a newline, vertical tab or bidi control in it would break the line."""
    if message.isprintable():
        return message
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii")
                   for c in message)

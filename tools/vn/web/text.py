"""Story text: the Ren'Py text tags and `[var]` interpolations the web player renders.

The player turns text into DOM nodes (spans with styles) and never into HTML,
so text is safe whatever it holds; this module checks at build time that every
tag and interpolation is one the player renders the way Ren'Py does. Reading
the text is `vn.text`'s job; this module is the player's policy.
"""

from __future__ import annotations

import re

from ..text import TextError, fields, strip_tags, tags

__all__ = ["COLOR", "TAGS", "TextError", "check_tags", "interpolations", "strip_tags"]

# Tags the player renders: name -> how its value is checked (None: takes no value).
COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
SIZE = re.compile(r"^[+\-*]?\d+(?:\.\d+)?$")
ALPHA = re.compile(r"^[+\-*]?\d*(?:\.\d+)?$")
TAGS = {"b": None, "i": None, "u": None, "s": None, "plain": None,
        "color": COLOR, "size": SIZE, "alpha": ALPHA}
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
CONVERSION = re.compile(r"[tuliqc]+")


def check_tags(text: str) -> None:
    """Raise TextError for a tag the player does not render."""
    for tag in tags(text):
        if tag.comment:
            continue  # a translator's comment tag
        if tag.name not in TAGS:
            raise TextError(f"text tag {{{tag.body}}} is not supported by the web player "
                            f"(supported: {', '.join(sorted(TAGS))})", tag.start)
        check = TAGS[tag.name]
        if tag.closing:
            continue
        if check is None:
            if tag.value:
                raise TextError(f"text tag {{{tag.body}}} takes no value", tag.start)
        elif not check.match(tag.value):
            raise TextError(f"text tag {{{tag.body}}}: bad value {tag.value!r}", tag.start)


def interpolations(text: str) -> list[tuple[str, str]]:
    """The (name, flags) of every `[name!flags]` in `text`; TextError for other forms."""
    rv = []
    for _literal, field in fields(text):
        if field is None:
            continue
        if (not NAME.fullmatch(field.expr) or field.format_spec
                or (field.conversion is not None and not CONVERSION.fullmatch(field.conversion))):
            raise TextError(f"interpolation {text[field.start:field.end]} is not supported by the "
                            f"web player (supported: [name] with optional !t !u !l !c !i !q)",
                            field.start)
        rv.append((field.expr, field.conversion or ""))
    return rv

"""Story text: the Ren'Py text tags and `[var]` interpolations the web player renders.

The player turns text into DOM nodes (spans with styles) and never into HTML,
so text is safe whatever it holds; this module checks at build time that every
tag and interpolation is one the player renders the way Ren'Py does.
"""

from __future__ import annotations

import re

# Tags the player renders: name -> how its value is checked (None: takes no value).
COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
SIZE = re.compile(r"^[+\-*]?\d+(?:\.\d+)?$")
ALPHA = re.compile(r"^[+\-*]?\d*(?:\.\d+)?$")
TAGS = {"b": None, "i": None, "u": None, "s": None, "plain": None,
        "color": COLOR, "size": SIZE, "alpha": ALPHA}
INTERPOLATION = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(?:!([tuliqc]+))?$")


class TextError(Exception):
    pass


def check_tags(text: str) -> None:
    """Raise TextError for a tag the player does not render."""
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != "{":
            i += 1
            continue
        if text.startswith("{{", i):
            i += 2
            continue
        end = text.find("}", i)
        if end < 0:
            raise TextError(f"unclosed text tag in {text!r}")
        body = text[i + 1:end]
        i = end + 1
        if body.startswith("#"):
            continue  # a translator's comment tag
        closing = body.startswith("/")
        name, _, value = body.lstrip("/").partition("=")
        if name not in TAGS:
            raise TextError(f"text tag {{{body}}} is not supported by the web player "
                            f"(supported: {', '.join(sorted(TAGS))})")
        check = TAGS[name]
        if closing:
            continue
        if check is None:
            if value:
                raise TextError(f"text tag {{{body}}} takes no value")
        elif not check.match(value):
            raise TextError(f"text tag {{{body}}}: bad value {value!r}")


def interpolations(text: str) -> list[tuple[str, str]]:
    """The (name, flags) of every `[name!flags]` in `text`; TextError for other forms."""
    rv = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != "[":
            i += 1
            continue
        if text.startswith("[[", i):
            i += 2
            continue
        end = text.find("]", i)
        if end < 0:
            raise TextError(f"unclosed [ in {text!r}")
        body = text[i + 1:end]
        m = INTERPOLATION.match(body)
        if not m:
            raise TextError(f"interpolation [{body}] is not supported by the web player "
                            f"(supported: [name] with optional !t !u !l !c !i !q)")
        rv.append((m.group(1), m.group(2) or ""))
        i = end + 1
    return rv


def strip_tags(text: str) -> str:
    """The text a player reads: tags removed, `{{` unescaped (Ren'Py's filter_text_tags)."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "{":
            if text.startswith("{{", i):
                out.append("{")
                i += 2
                continue
            end = text.find("}", i)
            if end < 0:
                out.append(text[i:])
                break
            i = end + 1
            continue
        out.append(c)
        i += 1
    return "".join(out)

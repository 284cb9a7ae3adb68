"""silent-character: every character the game defines speaks at least once.

A Character nobody uses is usually a leftover of a cut scene or a misspelt
speaker elsewhere (`cala "..."` instead of `calla "..."`). A character counts
as speaking when a say line names it (the `narrator` speaks every line
without a speaker), when Python calls it (`$ calla("...")`,
`renpy.say(calla, ...)`), or when another character is built from it
(`Character(kind=calla)`).

PASS::

    define calla = Character("Dr. Calla Hawthorne")
    label start:
        calla "Hello."

FAIL::

    define calla = Character("Dr. Calla Hawthorne")
    define otto = Character("Otto")      # otto never speaks
    label start:
        calla "Hello."
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .base import WARNING, Context, Problem, nodes

RULE_ID = "silent-character"
SEVERITY = WARNING
SUMMARY = "a character the game defines but never lets speak"


def _mentions(source: str, name: str) -> bool:
    n = re.escape(name)
    return bool(re.search(rf"(?<![\w.]){n}\s*\(|renpy\.say\(\s*{n}\b|kind\s*=\s*{n}\b", source))


def check(story: dict[str, Any], context: Context) -> Iterable[Problem]:
    characters = story.get("characters") or {}
    spoken = {n.get("character") or n.get("who") or "narrator" for n in nodes(story, "say")}
    code = [n.get("source") or "" for n in nodes(story, "python", "define", "default")]
    for node in nodes(story, "define"):
        name = node.get("name")
        if not isinstance(name, str) or node.get("store", "store") != "store" \
                or name not in characters or name in spoken:
            continue
        if any(name in src and _mentions(src, name) for src in code):
            continue
        display = characters[name].get("name")
        shown = f" ({display})" if display and display != name else ""
        yield Problem(node["file"], node["line"],
                      f"character `{name}`{shown} is defined but never speaks", RULE_ID, SEVERITY)

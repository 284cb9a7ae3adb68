"""text-tags: every text tag that needs closing is closed, in order, in the same line.

Checks the text of say statements, menu captions and menu choices the way
Ren'Py's renderer reads it (`renpy/text/textsupport.pyx`, `tokenize`): `{{`
is a literal brace, `{#...}` a comment, `{tag=value}` a tag with an argument,
`{/tag}` a closing tag; `{b}`, `{i}`, `{color=...}`, `{size=...}`... must be
closed, innermost first; `{w}`, `{p}`, `{nw}`, `{fast}`, `{image=...}`... stand
alone. A tag Ren'Py does not know (a game's custom tag) counts as needing a
close only when the same text closes it somewhere.

PASS::

    calla "I {i}told{/i} you, {b}{color=#f00}twice{/color}{/b}.{w} Listen."
    noah "Curly braces are written {{like this}."

FAIL::

    calla "I {i}told you."                 # 'i' is never closed
    calla "{b}{i}Twice{/b}{/i}."            # closed out of order
    calla "Stop.{/b}"                       # closes a tag that is not open
    calla "An {unfinished tag"
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..text import TAGS, TextError
from ..text import tags as read_tags
from .base import ERROR, Context, Problem, nodes

RULE_ID = "text-tags"
SEVERITY = ERROR
SUMMARY = "unbalanced text tags ({b} without {/b}, closed out of order, stray closes)"
# Ren'Py lint's own messages about the same thing; a problem of this rule on a line
# replaces them (one stable rule id instead of two reports of one mistake).
SUPERSEDES = r"text tags were left open|Close text tag|Open text tag at end|Empty text tag"


def tag_error(text: str) -> str | None:
    """Why the tags of `text` are unbalanced, or None when they are fine."""
    try:
        tags = [t for t in read_tags(text) if not t.comment]
    except TextError as e:
        return str(e)
    closed = {t.name for t in tags if t.closing}
    stack: list[str] = []
    for tag in tags:
        name = tag.name
        if tag.closing:
            if not stack:
                return f"`{{/{name}}}` closes a tag that is not open"
            if stack[-1] != name:
                return (f"`{{/{name}}}` comes while `{{{stack[-1]}}}` is still open: "
                        f"close `{{{stack[-1]}}}` first")
            stack.pop()
        elif TAGS.get(name, name in closed):
            stack.append(name)
    if stack:
        return "never closed: " + ", ".join(f"`{{{t}}}`" for t in stack)
    return None


def _texts(story: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str, Any]]:
    """(node, what it is, its text) for every text a player reads: lines, captions, choices."""
    for node in nodes(story, "say", "menu"):
        if node["kind"] == "say":
            yield node, "line", node.get("what")
        else:
            if node.get("caption"):
                yield node, "menu caption", node["caption"]
            for item in node.get("items") or []:
                yield node, f'choice "{item.get("text")}"', item.get("text")


def check(story: dict[str, Any], context: Context) -> Iterable[Problem]:
    for node, what, text in _texts(story):
        if not isinstance(text, str) or "{" not in text:
            continue
        error = tag_error(text)
        if error:
            yield Problem(node["file"], node["line"], f"text tags in this {what}: {error}",
                          RULE_ID, SEVERITY)

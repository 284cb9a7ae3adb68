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

from typing import Iterable

from .base import ERROR, Context, Problem, nodes

RULE_ID = "text-tags"
SEVERITY = ERROR
SUMMARY = "unbalanced text tags ({b} without {/b}, closed out of order, stray closes)"
# Ren'Py lint's own messages about the same thing; a problem of this rule on a line
# replaces them (one stable rule id instead of two reports of one mistake).
SUPERSEDES = r"text tags were left open|Close text tag|Open text tag at end|Empty text tag"

# Ren'Py 8's built-in tags (renpy/text/extras.py: text_tags): True if it needs closing.
TAGS = {
    "alpha": True, "alt": True, "art": True, "done": False, "image": False, "p": False,
    "w": False, "fast": False, "b": True, "i": True, "u": True, "a": True, "plain": True,
    "font": True, "color": True, "outlinecolor": True, "size": True, "noalt": True,
    "nw": False, "s": True, "rt": True, "rb": True, "k": True, "cps": True,
    "space": False, "vspace": False, "clear": False, "shader": True,
    "": True,  # {=style}...{/=style}
}


def tokenize(text: str) -> list[str]:
    """The tags of `text` (without braces), in order; ValueError for a malformed tag."""
    tags: list[str] = []
    state, buf = "text", ""
    for c in text:
        if state == "text":
            if c == "{":
                state = "brace"
        elif state == "brace":
            if c == "{":
                state = "text"          # {{ is a literal brace
            elif c == "}":
                raise ValueError("an empty text tag `{}`")
            else:
                state, buf = "tag", c
        else:
            if c == "}":
                tags.append(buf)
                state = "text"
            else:
                buf += c
    if state != "text":
        raise ValueError("a text tag opened with `{` is never closed with `}`"
                         + (f" (`{{{buf}`)" if buf else ""))
    return tags


def _name(tag: str) -> str:
    return tag.split("=", 1)[0]


def tag_error(text: str) -> str | None:
    """Why the tags of `text` are unbalanced, or None when they are fine."""
    try:
        tags = [t for t in tokenize(text) if not t.startswith("#")]
    except ValueError as e:
        return str(e)
    closed = {_name(t)[1:] for t in tags if t.startswith("/")}
    stack: list[str] = []
    for tag in tags:
        name = _name(tag)
        if name.startswith("/"):
            name = name[1:]
            if not stack:
                return f"`{{/{name}}}` closes a tag that is not open"
            if stack[-1] != name:
                return f"`{{/{name}}}` comes while `{{{stack[-1]}}}` is still open: close `{{{stack[-1]}}}` first"
            stack.pop()
        elif TAGS.get(name, name in closed):
            stack.append(name)
    if stack:
        return "never closed: " + ", ".join(f"`{{{t}}}`" for t in stack)
    return None


def _texts(story: dict):
    for node in nodes(story, "say", "menu"):
        if node["kind"] == "say":
            yield node, "line", node.get("what")
        else:
            if node.get("caption"):
                yield node, "menu caption", node["caption"]
            for item in node.get("items") or []:
                yield node, f'choice "{item.get("text")}"', item.get("text")


def check(story: dict, context: Context) -> Iterable[Problem]:
    for node, what, text in _texts(story):
        if not isinstance(text, str) or "{" not in text:
            continue
        error = tag_error(text)
        if error:
            yield Problem(node["file"], node["line"], f"text tags in this {what}: {error}",
                          RULE_ID, SEVERITY)

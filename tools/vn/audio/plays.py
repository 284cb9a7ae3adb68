"""What a story plays: its `play`/`queue`/`stop` statements and `config.main_menu_music`.

Ren'Py parses `play` as a user statement and keeps its source line; the story
export hands that line over, and this reads its few words: the channel, the file
(or list of files) as a Python literal, and the clauses. Anything else (a file
named by a variable, say) is reported as not understood, never guessed.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

VERBS = ("play", "queue", "stop")
CHANNELS = ("music", "sound", "audio", "voice", "ambience")
CLAUSES_WITH_VALUE = ("fadein", "fadeout", "volume")
CLAUSES = ("loop", "noloop", "if_changed")
LITERAL = re.compile(r"""^(\[[^\]]*\]|"[^"]*"|'[^']*')""")


class PlayError(ValueError):
    pass


@dataclass
class Play:
    file: str
    line: int
    verb: str                   # play, queue, stop
    channel: str
    files: list[str] = field(default_factory=list)   # relative to game/, e.g. "audio/music/theme.ogg"
    fadein: float = 0.0
    fadeout: float | None = None
    loop: bool | None = None    # None: the channel's default
    if_changed: bool = False


def parse(source: str, file: str = "", line: int = 0) -> Play:
    """One statement's source; a PlayError says what the web player could not follow."""
    words = source.strip().split(None, 2)
    if len(words) < 2 or words[0] not in VERBS:
        raise PlayError(f"not a play, queue or stop statement: {source.strip()!r}")
    p = Play(file, line, words[0], words[1])
    rest = words[2] if len(words) > 2 else ""
    if p.verb != "stop":
        m = LITERAL.match(rest)
        if not m:
            raise PlayError(f"{p.verb} {p.channel}: only a quoted file name or a list of them is "
                            f"understood, got {rest.split()[0] if rest else 'nothing'!r}")
        value = ast.literal_eval(m.group(1))
        p.files = [value] if isinstance(value, str) else list(value)
        if not p.files or not all(isinstance(f, str) for f in p.files):
            raise PlayError(f"{p.verb} {p.channel}: expected file names, got {m.group(1)}")
        rest = rest[m.end():]
    tokens = rest.split()
    i = 0
    while i < len(tokens):
        word = tokens[i]
        if word in CLAUSES_WITH_VALUE and i + 1 < len(tokens):
            try:
                value = float(tokens[i + 1])
            except ValueError:
                raise PlayError(f"{word} wants a number, got {tokens[i + 1]!r}") from None
            if word == "fadein":
                p.fadein = value
            elif word == "fadeout":
                p.fadeout = value
            i += 2
            continue
        if word in CLAUSES:
            if word == "if_changed":
                p.if_changed = True
            else:
                p.loop = word == "loop"
            i += 1
            continue
        raise PlayError(f"{p.verb} {p.channel}: clause {word!r} is not understood")
    return p


def statements(story: Mapping[str, Any]) -> tuple[list[Play], list[tuple[dict[str, Any], str]]]:
    """Every play/queue/stop of the story, and the (node, reason) of those not understood."""
    found: list[Play] = []
    bad: list[tuple[dict[str, Any], str]] = []
    for n in story.get("nodes", []):
        if n.get("kind") == "user" and n.get("name") in VERBS:
            try:
                found.append(parse(n.get("source") or "", n.get("file", ""), n.get("line") or 0))
            except PlayError as e:
                bad.append((n, str(e)))
    return found, bad


def main_menu_music(story: Mapping[str, Any]) -> tuple[dict[str, Any], str] | None:
    """(node, file) of `define config.main_menu_music = "..."`, if there is one."""
    for n in story.get("nodes", []):
        if n.get("kind") == "define" and n.get("name") == "main_menu_music" \
                and (n.get("store") or "").endswith("config"):
            try:
                value = ast.literal_eval(n.get("source") or "")
            except (ValueError, SyntaxError):
                continue
            if isinstance(value, str):
                return n, value
    return None


def played_files(story: Mapping[str, Any]) -> dict[str, list[tuple[str, int]]]:
    """file (relative to game/) -> where it is played."""
    out: dict[str, list[tuple[str, int]]] = {}
    plays, _ = statements(story)
    for p in plays:
        for f in p.files:
            out.setdefault(f, []).append((p.file, p.line))
    mm = main_menu_music(story)
    if mm:
        out.setdefault(mm[1], []).append((mm[0].get("file", ""), mm[0].get("line") or 0))
    return out

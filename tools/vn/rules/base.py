"""What every rule shares: the problem record, the context a rule runs in, story helpers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..story import ImageIndex

ERROR = "error"
WARNING = "warning"
SEVERITIES = (ERROR, WARNING)

IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# "file:line: message", as a VnError of another tool words its first line.
WHERE = re.compile(r"^(?P<file>[^:\s]+):(?P<line>\d+): (?P<message>.+)$", re.S)
DOTTED = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$")


@dataclass
class Problem:
    """One problem: where (file, line), which rule, how bad, and what to do about it.

    `str(problem)` is `file:line: message` (Ren'Py's own report, as parsed);
    `problem.render()` is the `vn lint` line `file:line: rule-id: message`."""

    file: str
    line: int
    message: str
    rule: str = "renpy-lint"
    severity: str = ERROR

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"

    def render(self) -> str:
        return f"{self.file}:{self.line}: {self.rule}: {self.message}"

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "severity": self.severity, "file": self.file,
                "line": self.line, "message": self.message}

    def sort_key(self) -> tuple[str, int, str, str]:
        return (self.file, self.line, self.rule, self.message)


@dataclass
class LintReport:
    """What a lint run found: its problems, and its numbers (`stats`)."""

    problems: list[Problem] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != ERROR]

    def to_json(self) -> dict[str, Any]:
        return {"problems": [p.to_json() for p in self.problems], "stats": self.stats}


@dataclass
class Context:
    """What a rule may look at besides the story export.

    `base` is the game's base directory (the folder holding `game/`), or None
    when only a story export is at hand; rules must work without it."""

    base: Path | None = None
    _lines: dict[str, list[str] | None] = field(default_factory=dict, repr=False)

    def source_lines(self, file: str) -> list[str] | None:
        """The lines of a game file (`game/script.rpy`), or None if it cannot be read."""
        if file not in self._lines:
            text = None
            # is_file: a pipe named *.rpy would block the read for ever
            if self.base is not None and (self.base / file).is_file():
                try:
                    text = (self.base / file).read_text(encoding="utf-8-sig", errors="replace")
                except OSError:
                    text = None
            self._lines[file] = None if text is None else text.splitlines()
        return self._lines[file]

    def source_line(self, file: str, line: int) -> str | None:
        lines = self.source_lines(file)
        if lines is None or not 1 <= line <= len(lines):
            return None
        return lines[line - 1]


# -- story helpers ------------------------------------------------------------------------


def nodes(story: dict[str, Any], *kinds: str) -> Iterator[dict[str, Any]]:
    """The story's statements, in file order, optionally only those of some kinds."""
    for node in story.get("nodes", []):
        if not kinds or node.get("kind") in kinds:
            yield node


def image_tags(story: dict[str, Any]) -> set[str]:
    """Tags that have at least one image, side images excepted (`side noah happy`)."""
    return ImageIndex.of(story).tags() - {"side"}


def sprite_tag(story: dict[str, Any], character_id: str | None, tags: set[str] | None = None) -> str | None:
    """The image tag of a character that has a sprite (not only side images), else None.

    `tags` is `image_tags(story)`, passed in by callers that ask many times."""
    if not character_id:
        return None
    record = (story.get("characters") or {}).get(character_id) or {}
    tag = record.get("image")
    if isinstance(tag, str) and tag and tag in (image_tags(story) if tags is None else tags):
        return tag
    return None


def defined_names(story: dict[str, Any]) -> set[str]:
    """Names of the default store set by `define` or `default` statements."""
    return {n["name"] for n in nodes(story, "define", "default")
            if n.get("store", "store") == "store" and n.get("name")}


def is_quoted(who: str) -> bool:
    """A one-off speaker written as a string (`"Mr. Osei" "Hello."`)."""
    return who[:1] in ("'", '"')


def where(node: dict[str, Any]) -> str:
    return f"{node['file']}:{node['line']}"


def located(message: str, fallback: str) -> tuple[str, int, str]:
    """(file, line, message) of a "file:line: message" error; (fallback, 0, message) else."""
    m = WHERE.match(message)
    if m:
        return m["file"], int(m["line"]), m["message"]
    return fallback, 0, message

"""renpy-lint: Ren'Py's own lint (`renpy lint --error-code`), its report parsed into
problems (`file:line: message`, continuation lines joined) and statistics (dialogue
blocks, words, menus, images, screens, blocks per speaker).

An integration, not a rule of ours: the engine decides what it reports; `vn lint`
runs it beside the story export and files its problems under `renpy-lint`.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..engine import READING_FILES, find_engine, game_base, staged_game
from ..engine_report import failure_line
from ..errors import VnError
from .base import ERROR, LintReport, Problem

IDS: dict[str, tuple[str, str]] = {
    "renpy-lint": (ERROR, "a problem in Ren'Py's own lint report"),
}

# A problem line of Ren'Py's lint report: "game/script.rpy:17 'bg room' is not an image."
PROBLEM = re.compile(r"^(?P<file>game/\S+?):(?P<line>\d+) (?P<message>.+)$")
DIALOGUE_STATS = re.compile(
    r"The game contains (?P<blocks>[\d,]+) dialogue blocks, containing (?P<words>[\d,]+) words\s+"
    r"and (?P<characters>[\d,]+) characters")
OTHER_STATS = re.compile(
    r"The game contains (?P<menus>[\d,]+) menus, (?P<images>[\d,]+) images, and (?P<screens>[\d,]+) screens")
# " * calla has 9 blocks of dialogue." or " * a, b, and c have 2 blocks of dialogue each."
CHARACTER_STATS = re.compile(r"^ \* (?P<who>.+?) (?:has|have) (?P<blocks>[\d,]+) blocks? of dialogue")



def _number(text: str) -> int:
    return int(text.replace(",", ""))


def parse_report(text: str) -> LintReport:
    """Parse the text of Ren'Py's lint report."""
    report = LintReport()
    body, _, stats = text.partition("\nStatistics:")
    current: Problem | None = None
    for raw in body.splitlines():
        line = raw.rstrip()
        m = PROBLEM.match(line)
        if m:
            current = Problem(m["file"], int(m["line"]), m["message"].strip())
            report.problems.append(current)
        elif not line:
            current = None
        elif current is not None:
            current.message += " " + line.strip()
    flat = " ".join(stats.split())
    m = DIALOGUE_STATS.search(flat)
    if m:
        report.stats.update({k: _number(v) for k, v in m.groupdict().items()})
        report.stats["dialogue_blocks"] = report.stats.pop("blocks")
    m = OTHER_STATS.search(flat)
    if m:
        report.stats.update({k: _number(v) for k, v in m.groupdict().items()})
    report.stats["by_character"] = _character_stats(stats)
    return report


def _character_stats(stats: str) -> dict[str, int]:
    """Blocks of dialogue per speaker, from the wrapped " * ..." entries."""
    entries: list[str] = []
    for line in stats.splitlines():
        if line.startswith(" * "):
            entries.append(line)
        elif line.startswith("   ") and entries:
            entries[-1] += " " + line.strip()
    rv = {}
    for entry in entries:
        m = CHARACTER_STATS.match(entry)
        if m:
            for who in re.split(r",\s*(?:and\s+)?|\s+and\s+", m["who"]):
                rv[who.strip()] = _number(m["blocks"])
    return rv


def renpy_lint(path: str | Path | None = None, timeout: float = 300) -> LintReport:
    """Run Ren'Py's lint on the game at `path` and parse its report."""
    base = game_base(path)
    engine = find_engine()
    with staged_game(base, READING_FILES) as staged:
        out = staged / "lint.txt"
        proc = engine.run(staged, ["lint", str(out), "--error-code"], timeout=timeout,
                          env={"HOME": str(staged)})
        text = out.read_text(encoding="utf-8-sig") if out.exists() else ""
        if "lint report" not in text:
            raise VnError(failure_line(proc, staged))
        return parse_report(text)

"""Reading what the engine printed or left behind: its failures as one clear line, and its
lint report as problems and statistics."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Ren'Py's parse errors: File "game/script.rpy", line 12: expected statement.
PARSE_ERROR = re.compile(r'^File "(?P<file>[^"]+)", line (?P<line>\d+): (?P<message>.+)$', re.M)
# A frame of a Ren'Py traceback that points into the game's own files.
GAME_FRAME = re.compile(r'^\s*File "(?P<file>game/[^"]+)", line (?P<line>\d+)', re.M)


def parse_error(text: str) -> str | None:
    """The first script parse error in `text` as 'file:line: message'."""
    m = PARSE_ERROR.search(text)
    if not m:
        return None
    return f"{m['file']}:{m['line']}: {m['message'].strip()}"


def exception_line(text: str) -> str | None:
    """'file:line: Exception: message' from a Ren'Py traceback, or None."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    if not lines:
        return None
    frames = GAME_FRAME.findall(text)
    last = lines[-1].strip()
    if frames:
        file, line = frames[-1]
        return f"{file}:{line}: {last}"
    return last


# Where Ren'Py's tracebacks begin: its own heading, the short game-code one, or Python's.
TRACEBACK_START = re.compile(r"^(?:While running game code:|Full traceback:|"
                             r"Traceback \(most recent call last\):)\s*$", re.M)


def traceback_line(text: str) -> str | None:
    """'file:line: Exception: message' from the first traceback in `text`, or None.

    Only the traceback itself is read, up to its first blank line: the engine's
    output may begin with warnings (LearnToCodeRPG's SyntaxWarnings for
    `if value is not "":` come before the real ModuleNotFoundError)."""
    m = TRACEBACK_START.search(text)
    if not m:
        if "Traceback" in text:
            return exception_line(text.split("Full traceback:")[0])
        return None
    block = text[m.end():].lstrip("\n").split("\n\n")[0]
    return exception_line(block)


def failure_line(proc: subprocess.CompletedProcess[str], staged: Path) -> str:
    """Explain why the engine failed, in one line naming file and line."""
    output = (proc.stdout or "") + "\n" + (proc.stderr or "")
    for text in (output, _read(staged / "errors.txt")):
        found = parse_error(text)
        if found:
            return found
    for text in (_read(staged / "traceback.txt"), output):
        found = traceback_line(text)
        if found:
            return found
    tail = [line for line in output.strip().splitlines() if line.strip()]
    detail = tail[-1] if tail else "no output"
    return f"Ren'Py exited with status {proc.returncode}: {detail}"


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


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


@dataclass
class EngineLint:
    """Ren'Py's lint report, parsed: its problems as (file, line, message), continuation
    lines joined, and its statistics (dialogue blocks, words, menus, images, screens,
    blocks per speaker)."""

    problems: list[tuple[str, int, str]] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)


def parse_lint_report(text: str) -> EngineLint:
    """Parse the text of Ren'Py's lint report (`renpy lint --error-code`)."""
    report = EngineLint()
    body, _, stats = text.partition("\nStatistics:")
    reading = False    # the lines after a problem continue its message, up to a blank line
    for raw in body.splitlines():
        line = raw.rstrip()
        m = PROBLEM.match(line)
        if m:
            report.problems.append((m["file"], int(m["line"]), m["message"].strip()))
            reading = True
        elif not line:
            reading = False
        elif reading:
            file, number, message = report.problems[-1]
            report.problems[-1] = (file, number, message + " " + line.strip())
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
    rv: dict[str, int] = {}
    for entry in entries:
        m = CHARACTER_STATS.match(entry)
        if m:
            for who in re.split(r",\s*(?:and\s+)?|\s+and\s+", m["who"]):
                rv[who.strip()] = _number(m["blocks"])
    return rv

"""Turning what the engine printed or left behind into one clear line."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

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

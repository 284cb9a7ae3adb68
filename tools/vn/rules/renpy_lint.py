"""renpy-lint: Ren'Py's own lint (`renpy lint --error-code`), its report (parsed by
engine_report.py) as problems (`file:line: message`) and statistics.

An integration, not a rule of ours: the engine decides what it reports; `vn lint`
runs it beside the story export and files its problems under `renpy-lint`.
"""

from __future__ import annotations

from pathlib import Path

from ..engine import READING_FILES, find_engine, game_base, staged_game
from ..engine_report import failure_line, parse_lint_report
from ..errors import VnError
from .base import ERROR, LintReport, Problem

IDS: dict[str, tuple[str, str]] = {
    "renpy-lint": (ERROR, "a problem in Ren'Py's own lint report"),
}


def parse_report(text: str) -> LintReport:
    """Ren'Py's lint report (engine_report.py parses it) as problems filed under renpy-lint."""
    parsed = parse_lint_report(text)
    return LintReport([Problem(file, line, message) for file, line, message in parsed.problems],
                      parsed.stats)


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

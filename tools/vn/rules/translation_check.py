"""The translation status as lint problems (`vn.translate`, once `game/tl/LANG/` exists):
broken placeholders or tags, stale lines, lines not translated yet, and a status that
cannot be read (see IDS). An integration: the catalogue lives in vn.translate.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import VnError
from .base import ERROR, WARNING, Problem, located

if TYPE_CHECKING:
    from ..translate.model import Line

IDS: dict[str, tuple[str, str]] = {
    "translation-broken": (ERROR, "a translation whose placeholders or text tags do not match its source"),
    "translation-stale": (WARNING, "a translated line whose source changed after it was translated"),
    "translation-missing": (WARNING, "lines of a source file a language has not translated yet"),
    "translation-unchecked": (WARNING, "the translation status could not be read"),
}


def translation_languages(base: Path | None) -> list[str]:
    tl = base / "game" / "tl" if base is not None else None
    if tl is None or not tl.is_dir():
        return []
    return sorted(p.name for p in tl.iterdir() if p.is_dir() and p.name != "None"
                  and not p.name.startswith("."))


def translation_dump(base: Path) -> dict[str, Any] | None:
    """The engine's translation dump (`vn.translate`), or None when there is nothing to
    dump (no `game/tl/LANG/`)."""
    from ..translate import dump_translations
    if not translation_languages(base):
        return None
    data, _ = dump_translations(base)
    return data


def translation_findings(base: Path | None, story: dict[str, Any],
                  dump: dict[str, Any] | None = None) -> tuple[list[Problem], dict[str, Any]]:
    from ..translate import Catalog
    try:
        if dump is None:
            dump = translation_dump(base) if base is not None else None
        if dump is None:
            return [], {}
        problems: list[Problem] = []
        stats: dict[str, Any] = {}
        for language in sorted(dump.get("translations") or {}):
            cat = Catalog(dump, language)
            stats[language] = cat.counts()
            todo: dict[str, list[Line]] = {}
            for line in cat.lines:
                unit = line.unit
                for message in line.problems:
                    problems.append(Problem(line.tl_path or unit.file, line.tl_line or unit.line,
                                            f"{language}: {message} (source: {unit.reference})",
                                            "translation-broken", ERROR))
                if line.state == "stale":
                    prev = line.previous
                    at = f" at {prev.file}:{prev.line}" if prev is not None else ""
                    problems.append(Problem(unit.file, unit.line,
                                            f"{language}: the translation{at} was made for an earlier "
                                            "version of this line; the translator has to revise it",
                                            "translation-stale", WARNING))
                elif line.state in ("missing", "untranslated") and unit.file.startswith("game/"):
                    todo.setdefault(unit.file, []).append(line)
            for file, lines in todo.items():
                first = min(lines, key=lambda tl: tl.unit.line)
                missing = sum(1 for tl in lines if tl.state == "missing")
                untranslated = len(lines) - missing
                parts = [f"{n} {what}" for n, what in ((missing, "missing"),
                                                       (untranslated, "still in the source language"))
                         if n]
                problems.append(Problem(file, first.unit.line,
                                        f"{language}: {len(lines)} line(s) of this file not translated "
                                        f"yet ({', '.join(parts)}; the first is here); see "
                                        f"`vn translate status {language}`",
                                        "translation-missing", WARNING))
        return problems, stats
    except VnError as e:
        file, line_number, message = located(str(e), "game/tl")
        return [Problem(file, line_number, f"cannot read the translation status: {message}",
                        "translation-unchecked", WARNING)], {}


def translation_problems(base: Path | str | None, story: dict[str, Any],
                         dump: dict[str, Any] | None = None) -> list[Problem]:
    """Translation problems of the game at `base` (its story export: `story`).

    Uses `vn.translate`'s public API (`dump_translations`, `Catalog`), imported lazily:
    [] when that package is absent or the game has no `game/tl/LANG/`. Without `dump`,
    one engine run makes the translation dump. Per language: placeholder and text tag
    errors (`translation-broken`, at the tl file's line), lines whose source changed
    since they were translated (`translation-stale`, at the source line), and per
    source file the lines not translated yet (`translation-missing`, one problem at the
    first of them)."""
    return translation_findings(Path(base) if base is not None else None, story, dump)[0]


def safe_dump(base: Path) -> dict[str, Any] | Problem | None:
    """The translation dump, or a `translation-unchecked` problem when it fails: a broken
    translation toolchain must not hide the rest of the lint."""
    try:
        return translation_dump(base)
    except VnError as e:
        file, line, message = located(str(e), "game/tl")
        return Problem(file, line, f"cannot read the translation status: {message}",
                       "translation-unchecked", WARNING)
    except Exception as e:  # noqa: BLE001 - vn.translate is another tool; report, do not crash
        return Problem("game/tl", 0, f"cannot read the translation status ({type(e).__name__}: {e})",
                       "translation-unchecked", WARNING)

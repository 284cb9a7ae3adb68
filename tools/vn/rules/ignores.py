"""`# vn: ignore[rule-id]` comments: a problem on a line whose comment names its rule is
dropped; `bad-ignore` reports comments that name no rule.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path

from .base import WARNING, Context, Problem

IDS: dict[str, tuple[str, str]] = {
    "bad-ignore": (WARNING, "a `# vn: ignore[...]` comment naming an unknown rule"),
}

IGNORE = re.compile(r"vn:\s*ignore\[([^\]]*)\]")


def comment_of(line: str) -> str | None:
    """The comment of a source line (after a `#` outside string literals), or None."""
    quote = None
    i = 0
    while i < len(line):
        c = line[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = None
        elif c in "\"'`":
            quote = c
        elif c == "#":
            return line[i + 1:]
        i += 1
    return None


def ignored_rules(line: str | None) -> set[str]:
    """Rule ids a `# vn: ignore[a, b]` comment on `line` names."""
    comment = comment_of(line or "")
    if not comment:
        return set()
    rv: set[str] = set()
    for m in IGNORE.finditer(comment):
        rv |= {r.strip() for r in m.group(1).split(",") if r.strip()}
    return rv


def apply_ignores(problems: list[Problem], context: Context) -> tuple[list[Problem], list[Problem]]:
    """(kept, ignored): problems whose line carries an ignore comment naming their rule go."""
    kept, ignored = [], []
    for p in problems:
        if p.line > 0 and p.rule in ignored_rules(context.source_line(p.file, p.line)):
            ignored.append(p)
        else:
            kept.append(p)
    return kept, ignored


def bad_ignores(base: Path | None, context: Context, known: Collection[str]) -> list[Problem]:
    """Ignore comments in the game's .rpy files that name none of the `known` rule ids
    (in the order given: the first close one is suggested)."""
    if base is None:
        return []
    problems = []
    for path in sorted((base / "game").rglob("*.rpy")):
        rel = path.relative_to(base).as_posix()
        for number, text in enumerate(context.source_lines(rel) or [], 1):
            if "vn:" not in text:
                continue
            for rule in sorted(ignored_rules(text) - set(known)):
                close = [r for r in known if _similar(rule, r)]
                hint = f" (did you mean `{close[0]}`?)" if close else ""
                problems.append(Problem(rel, number, f"`# vn: ignore[{rule}]` names no rule{hint}; "
                                        "`vn lint --list-rules` lists them", "bad-ignore", WARNING))
    return problems


def _similar(a: str, b: str) -> bool:
    import difflib
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.8

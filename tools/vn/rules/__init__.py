"""The project's lint rules, one module per rule (the yamllint convention).

Each rule module has:

- `RULE_ID`: a stable id (`speaker-not-shown`), used in reports and in
  `# vn: ignore[rule-id]` comments;
- `SEVERITY`: `"error"` (fails `vn lint`) or `"warning"` (reported, does not fail);
- `SUMMARY`: one line for `vn lint --list-rules`;
- a docstring saying what the rule checks and why, with PASS and FAIL examples;
- `check(story, context) -> Iterable[Problem]`, reading only the story export
  (`vn export`'s dict) and the `Context` (the game's base directory, source lines);
- optionally `SUPERSEDES`: a regular expression of Ren'Py lint messages that say the
  same thing; when the rule reports a line, Ren'Py's report of it is dropped.

The checks `vn lint` runs around the rules are modules here too, as thin adapters
(`INTEGRATIONS`): `renpy_lint` (Ren'Py's own lint and its report), `route_check`,
`sprite_check`, `translation_check` and `ignores` (`# vn: ignore[...]` comments). Each
has `IDS`, its lint ids with their severity and summary, and the function that turns
its tool's findings into problems; `vn.lint` only orchestrates them.

To add a rule: write the module, add it to `RULES` below, add a fixture case in
`tests/fixtures/lint/` and a PASS/FAIL test in `tests/test_lint_rules.py`.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType
from typing import Any

from . import (
    audio_missing,
    call_without_from,
    crowded_stage,
    define_mutated,
    gui_image_missing,
    ignores,
    renpy_lint,
    route_check,
    silent_character,
    speaker_not_shown,
    sprite_check,
    text_tags,
    translation_check,
    unknown_speaker,
)
from .base import ERROR, SEVERITIES, WARNING, Context, Problem

RULES: tuple[ModuleType, ...] = (
    define_mutated,
    call_without_from,
    text_tags,
    unknown_speaker,
    silent_character,
    speaker_not_shown,
    gui_image_missing,
    audio_missing,
    crowded_stage,
)

BY_ID: dict[str, ModuleType] = {r.RULE_ID: r for r in RULES}

INTEGRATIONS: tuple[ModuleType, ...] = (renpy_lint, route_check, sprite_check, translation_check,
                                        ignores)

__all__ = ["RULES", "BY_ID", "INTEGRATIONS", "Problem", "Context", "ERROR", "WARNING", "run_rules"]


def _check_registry() -> None:
    for r in RULES:
        assert r.SEVERITY in SEVERITIES, r.__name__
        assert r.__doc__ and "PASS" in r.__doc__ and "FAIL" in r.__doc__, r.__name__
    for m in INTEGRATIONS:
        assert all(sev in SEVERITIES for sev, _ in m.IDS.values()), m.__name__
    ids = [rid for m in INTEGRATIONS for rid in m.IDS] + [r.RULE_ID for r in RULES]
    assert len(ids) == len(set(ids)), "a lint id is defined twice"


_check_registry()


def run_rules(story: dict[str, Any], context: Context | None = None,
              disable: Iterable[str] = ()) -> list[Problem]:
    """Every enabled rule's problems on `story`, sorted by file and line."""
    context = context or Context()
    off = set(disable)
    problems: list[Problem] = []
    for rule in RULES:
        if rule.RULE_ID in off:
            continue
        problems.extend(rule.check(story, context))
    problems.sort(key=Problem.sort_key)
    return problems

"""`vn lint`: everything a writer checks before committing, as `file:line: rule-id: message`.

    vn lint [GAME_DIR] [--json] [--strict] [--disable RULE,...] [--list-rules]

One story export and one Ren'Py lint run (started together, in parallel), then:

- `renpy-lint`: Ren'Py's own lint (`lint --error-code`), its report parsed into problems;
- the route check (`vn.routes.analyse_story` on the export): `unreachable-ending`,
  `dead-end`, `unreachable-choice`, `unreachable-label`, `routes-unchecked`;
- the sprite manifest check (`vn.sprites.check`, once `game/images/manifest.json`
  exists): `sprite-missing`;
- the translation status (`vn.translate`, once `game/tl/LANG/` exists; one more engine
  run, in parallel with the others): `translation-broken`, `translation-stale`,
  `translation-missing`;
- the project rules of `vn.rules` (one module each, PASS/FAIL examples in their
  docstrings): `define-mutated`, `call-without-from`, `text-tags`, `unknown-speaker`,
  `silent-character`, `speaker-not-shown`.

A `# vn: ignore[rule-id]` (or `# vn: ignore[rule-a, rule-b]`) comment on the line a
problem names suppresses that problem; `bad-ignore` reports comments naming no rule.

Severity and exit codes: errors break the game, its saves or its routes; warnings are
worth a look but may be on purpose (off-screen voices, unused characters, translation
catching up). Exit 0: no errors (warnings are printed but do not fail, unless
`--strict`); 1: at least one error (or, with `--strict`, any problem); 2: bad input or
environment (no game, a script Ren'Py cannot parse, no engine), one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from .engine import find_engine, game_base
from .errors import VnError
from .rules import BY_ID as RULE_MODULES
from .rules import INTEGRATIONS, RULES, route_check, run_rules, sprite_check, translation_check
from .rules.base import ERROR, Context, LintReport, Problem
from .rules.ignores import apply_ignores, bad_ignores, comment_of, ignored_rules
from .rules.renpy_lint import parse_report, renpy_lint
from .rules.route_check import route_problems
from .rules.sprite_check import sprite_problems
from .rules.translation_check import (
    safe_dump,
    translation_findings,
    translation_languages,
    translation_problems,
)

T = TypeVar("T")

__all__ = ["Problem", "Context", "LintReport", "parse_report", "renpy_lint", "lint_game",
           "route_problems", "sprite_problems", "translation_problems", "comment_of",
           "ignored_rules", "CATALOGUE"]

# Every lint id: the integrations' (Ren'Py's lint, routes, sprites, translations, ignore
# comments), then the rules'. The order is the one `bad-ignore` suggests from.
CATALOGUE: dict[str, tuple[str, str]] = {
    **{rid: entry for m in INTEGRATIONS for rid, entry in m.IDS.items()},
    **{r.RULE_ID: (r.SEVERITY, r.SUMMARY) for r in RULES}}
ROUTE_RULES = tuple(route_check.IDS)
TRANSLATION_RULES = tuple(translation_check.IDS)
GROUPS = {"routes": ROUTE_RULES, "translations": TRANSLATION_RULES, "sprites": (sprite_check.RULE_ID,)}


def _drop_superseded(problems: list[Problem]) -> list[Problem]:
    """Drop Ren'Py lint problems that a rule of ours reports on the same line."""
    patterns = {rid: re.compile(m.SUPERSEDES, re.I) for rid, m in RULE_MODULES.items()
                if getattr(m, "SUPERSEDES", None)}
    patterns[sprite_check.RULE_ID] = re.compile(sprite_check.SUPERSEDES, re.I)
    ours: dict[tuple[str, int], set[str]] = {}
    for p in problems:
        if p.rule in patterns:
            ours.setdefault((p.file, p.line), set()).add(p.rule)
    rv = []
    for p in problems:
        if p.rule == "renpy-lint" and any(patterns[r].search(p.message)
                                          for r in ours.get((p.file, p.line), ())):
            continue
        rv.append(p)
    return rv


# -- the whole lint -------------------------------------------------------------------------


def expand_disabled(names: Iterable[str]) -> set[str]:
    """Rule ids from `--disable` values (ids, or the groups routes/translations/sprites)."""
    rv: set[str] = set()
    for name in names:
        for part in name.split(","):
            part = part.strip()
            if not part:
                continue
            if part in GROUPS:
                rv.update(GROUPS[part])
            elif part in CATALOGUE:
                rv.add(part)
            else:
                raise VnError(f"--disable {part}: no such rule (`vn lint --list-rules` lists them; "
                              f"groups: {', '.join(GROUPS)})")
    return rv


def lint_game(path: str | Path | None = None, *, story: dict[str, Any] | None = None,
              renpy_report: LintReport | None = None, translations: bool | dict[str, Any] = True,
              disable: Iterable[str] = ()) -> LintReport:
    """Lint the game at `path`: every check and rule, ignore comments applied.

    The engine runs only for what is not given: the story export (`story`), Ren'Py's
    lint (`renpy_report`), the translation dump (`translations`: True to make it when
    the game has translations, False to skip the translation status, or a dump).
    Engine runs start together and run in parallel."""
    t0 = time.perf_counter()
    base = game_base(path)
    off = set(disable)
    seconds: dict[str, float] = {}
    want_tl = translations is True and not set(TRANSLATION_RULES) <= off \
        and bool(translation_languages(base))

    def timed(name: str, fn: Callable[..., T], *args: Any) -> Callable[[], T]:
        def job() -> T:
            t = time.perf_counter()
            try:
                return fn(*args)
            finally:
                seconds[name] = round(time.perf_counter() - t, 2)
        return job

    # Engine runs, in parallel: the export and Ren'Py's lint first; the translation dump
    # once the export is done, overlapping the route analysis (this machine has two cores).
    context = Context(base)
    problems: list[Problem] = []
    stats: dict[str, Any] = {}
    with ThreadPoolExecutor(max_workers=2) as pool:
        lint_job = dump_job = None
        if renpy_report is None and "renpy-lint" not in off:
            find_engine()  # no engine: fail (exit 2) before starting anything
            lint_job = pool.submit(timed("renpy_lint", renpy_lint, base))
        if story is None:
            story = timed("export", _export, base)()   # a VnError waits for the lint job
        if want_tl:
            dump_job = pool.submit(timed("translation_dump", safe_dump, base))

        t = time.perf_counter()
        if not set(ROUTE_RULES) <= off:
            found, stats["routes"] = route_problems(story, str(base))
            problems += found
        seconds["routes"] = round(time.perf_counter() - t, 2)
        if "sprite-missing" not in off:
            found, sprite_stats = sprite_problems(base, story)
            problems += found
            if sprite_stats:
                stats["sprites"] = sprite_stats
        t = time.perf_counter()
        problems += run_rules(story, context, off)
        seconds["rules"] = round(time.perf_counter() - t, 2)
        if "bad-ignore" not in off:
            problems += bad_ignores(base, context, CATALOGUE)

        if lint_job is not None:
            renpy_report = lint_job.result()
        if translations is not False and not set(TRANSLATION_RULES) <= off:
            dump = translations if isinstance(translations, dict) else \
                (dump_job.result() if dump_job is not None else None)
            if isinstance(dump, Problem):
                problems.append(dump)
            elif dump is not None:
                found, stats["translations"] = translation_findings(base, story, dump)
                problems += found

    if renpy_report is not None:
        stats = {**renpy_report.stats, **stats}
        if "renpy-lint" not in off:
            problems += [Problem(p.file, p.line, p.message, "renpy-lint", ERROR)
                         for p in renpy_report.problems]
    problems = [p for p in _drop_superseded(problems) if p.rule not in off]
    problems, ignored = apply_ignores(problems, context)
    problems.sort(key=Problem.sort_key)
    by_rule: dict[str, int] = {}
    for p in problems:
        by_rule[p.rule] = by_rule.get(p.rule, 0) + 1
    seconds["total"] = round(time.perf_counter() - t0, 2)
    stats.update({
        "errors": sum(1 for p in problems if p.severity == ERROR),
        "warnings": sum(1 for p in problems if p.severity != ERROR),
        "ignored": len(ignored),
        "by_rule": dict(sorted(by_rule.items())),
        "seconds": seconds,
    })
    return LintReport(problems, stats)


def _export(base: Path) -> dict[str, Any]:
    from .export import export_story
    return export_story(base)


# -- the command ----------------------------------------------------------------------------


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("game_dir", nargs="?", default=".", help="the game's base directory")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--strict", action="store_true", help="fail (exit 1) on warnings too")
    p.add_argument("--disable", action="append", default=[], metavar="RULE[,RULE...]",
                   help="skip these rules (ids, or the groups routes, translations, sprites)")
    p.add_argument("--list-rules", action="store_true", help="list every rule id and exit")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "lint", help="check the game for errors",
        description="Ren'Py's own lint, the route check, the sprite and translation checks and "
                    "the project's rules, as file:line: rule-id: message. A `# vn: ignore[rule-id]` "
                    "comment on a line suppresses that rule there. Exit 0 when there is no error "
                    "(warnings do not fail unless --strict), 1 when there is, 2 for bad input.")
    add_arguments(p)
    p.set_defaults(func=main)


def list_rules() -> str:
    width = max(len(r) for r in CATALOGUE)
    return "\n".join(f"{rid:<{width}}  {sev:<7}  {summary}"
                     for rid, (sev, summary) in sorted(CATALOGUE.items()))


def summary_line(report: LintReport) -> str:
    def counts(ps: list[Problem]) -> str:
        by: dict[str, int] = {}
        for p in ps:
            by[p.rule] = by.get(p.rule, 0) + 1
        return ", ".join(f"{r} {n}" for r, n in sorted(by.items()))

    errors, warnings = report.errors, report.warnings
    parts = [f"{len(errors)} error(s)" + (f" ({counts(errors)})" if errors else ""),
             f"{len(warnings)} warning(s)" + (f" ({counts(warnings)})" if warnings else "")]
    s = report.stats
    if s.get("ignored"):
        parts.append(f"{s['ignored']} ignored by comment")
    extra = []
    if "words" in s:
        extra.append(f"{s['words']:,} words in {s['dialogue_blocks']:,} dialogue blocks, "
                     f"{s.get('menus', 0)} menus")
    r = s.get("routes") or {}
    if r:
        paths = "infinitely many" if r.get("paths") is None else f"{r['paths']:,}"
        endings = f"{r['reachable_endings']} of {r['endings']} endings reachable, " if r["endings"] else ""
        extra.append(f"{endings}{paths} paths")
    line = "; ".join(parts)
    if extra:
        line += "; " + "; ".join(extra)
    return line + f" ({s.get('seconds', {}).get('total', 0):.1f} s)"


def main(args: argparse.Namespace) -> int:
    if args.list_rules:
        print(list_rules())
        return 0
    disable = expand_disabled(args.disable)
    report = lint_game(args.game_dir, disable=disable)
    if args.json:
        print(json.dumps(report.to_json(), indent=1, ensure_ascii=False))
    else:
        for problem in report.problems:
            print(problem.render())
        print(summary_line(report))
    if report.errors or (args.strict and report.problems):
        return 1
    return 0

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
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .engine import READING_FILES, find_engine, game_base, staged_game
from .engine_report import failure_line
from .errors import VnError
from .rules import BY_ID as RULE_MODULES
from .rules import RULES, run_rules
from .rules.base import ERROR, WARNING, Context, Problem

if TYPE_CHECKING:
    from .translate.model import Line

T = TypeVar("T")

__all__ = ["Problem", "LintReport", "parse_report", "renpy_lint", "lint_game", "route_problems",
           "sprite_problems", "translation_problems", "ignored_rules", "CATALOGUE"]

# A problem line of Ren'Py's lint report: "game/script.rpy:17 'bg room' is not an image."
PROBLEM = re.compile(r"^(?P<file>game/\S+?):(?P<line>\d+) (?P<message>.+)$")
DIALOGUE_STATS = re.compile(
    r"The game contains (?P<blocks>[\d,]+) dialogue blocks, containing (?P<words>[\d,]+) words\s+"
    r"and (?P<characters>[\d,]+) characters")
OTHER_STATS = re.compile(
    r"The game contains (?P<menus>[\d,]+) menus, (?P<images>[\d,]+) images, and (?P<screens>[\d,]+) screens")
# " * calla has 9 blocks of dialogue." or " * a, b, and c have 2 blocks of dialogue each."
CHARACTER_STATS = re.compile(r"^ \* (?P<who>.+?) (?:has|have) (?P<blocks>[\d,]+) blocks? of dialogue")

# Problems that come from the checks vn runs around the rules, with their severity.
INTEGRATIONS: dict[str, tuple[str, str]] = {
    "renpy-lint": (ERROR, "a problem in Ren'Py's own lint report"),
    "unreachable-ending": (ERROR, "an `ending_*` label no route reaches"),
    "dead-end": (ERROR, "a route that cannot reach an ending (return without ending, all "
                        "choices disabled, endless loop, no exit, Python error)"),
    "unreachable-choice": (ERROR, "a menu choice enabled in no reachable state"),
    "unreachable-label": (WARNING, "a label no route enters"),
    "mute-choice": (WARNING, "choices of a menu that lead to the same state and show nothing different"),
    "dead-branch": (WARNING, "an `if` branch never taken, or statements of a reachable label never run"),
    "routes-unchecked": (ERROR, "the route checker cannot analyse the story (unsupported Python...)"),
    "sprite-missing": (ERROR, "an image the script shows that the sprite manifest lacks"),
    "translation-broken": (ERROR, "a translation whose placeholders or text tags do not match its source"),
    "translation-stale": (WARNING, "a translated line whose source changed after it was translated"),
    "translation-missing": (WARNING, "lines of a source file a language has not translated yet"),
    "translation-unchecked": (WARNING, "the translation status could not be read"),
    "bad-ignore": (WARNING, "a `# vn: ignore[...]` comment naming an unknown rule"),
}
CATALOGUE: dict[str, tuple[str, str]] = {
    **INTEGRATIONS, **{r.RULE_ID: (r.SEVERITY, r.SUMMARY) for r in RULES}}
ROUTE_RULES = ("unreachable-ending", "dead-end", "unreachable-choice", "unreachable-label",
               "mute-choice", "dead-branch", "routes-unchecked")
TRANSLATION_RULES = ("translation-broken", "translation-stale", "translation-missing",
                     "translation-unchecked")
GROUPS = {"routes": ROUTE_RULES, "translations": TRANSLATION_RULES, "sprites": ("sprite-missing",)}
# Ren'Py lint messages that sprite-missing replaces on the same line.
SPRITE_SUPERSEDES = r"is not an image|corresponding to attributes"

IGNORE = re.compile(r"vn:\s*ignore\[([^\]]*)\]")
WHERE = re.compile(r"^(?P<file>[^:\s]+):(?P<line>\d+): (?P<message>.+)$", re.S)


@dataclass
class LintReport:
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


# -- Ren'Py's own lint ----------------------------------------------------------------------


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


# -- the checks around the rules ------------------------------------------------------------


def _located(message: str, fallback: str) -> tuple[str, int, str]:
    m = WHERE.match(message)
    if m:
        return m["file"], int(m["line"]), m["message"]
    return fallback, 0, message


def _quote_path(texts: list[str] | None) -> str:
    if not texts:
        return "from the start, with no choices"
    return "via " + " > ".join(f'"{t}"' for t in texts)


def route_problems(story: dict[str, Any], source: str = "story") -> tuple[list[Problem], dict[str, Any]]:
    """The route checker's findings on a story export, as problems, and its numbers.

    A story with no `ending_*` label at all does not follow the endings contract: its
    `return_without_ending` dead ends are not reported (every other finding is)."""
    from .routes import analyse_story
    from .routes.report import build_report

    try:
        report = build_report(analyse_story(story, source))
    except VnError as e:
        file, line, message = _located(str(e), (story.get("files") or ["game"])[0])
        return [Problem(file, line, f"the route checker cannot analyse the story: {message}",
                        "routes-unchecked", ERROR)], {}
    problems: list[Problem] = []
    for name, ending in report["endings"].items():
        if not ending["reachable"]:
            problems.append(Problem(ending["file"], ending["line"],
                                    f"ending `{name}` ({ending['outcome']}) is reached by no route",
                                    "unreachable-ending", ERROR))
    has_endings = bool(report["endings"])
    for d in report["dead_ends"]:
        if d["kind"] == "return_without_ending" and not has_endings:
            continue
        detail = f": {d['message']}" if d.get("message") else ""
        text = {"return_without_ending": "the game returns to the main menu before any ending",
                "all_choices_disabled": "every choice of this menu is disabled",
                "endless_loop": "an endless loop with no menu in it",
                "no_exit": "no end of the game can be reached from this menu",
                "python_error": "the game's Python fails here"}.get(d["kind"], d["kind"])
        problems.append(Problem(d["file"], d["line"],
                                f"dead end ({d['kind']}): {text}{detail}, {_quote_path(d.get('example'))}",
                                "dead-end", ERROR))
    for u in report["unreachable"]:
        if u["kind"] == "choice":
            cond = u.get("condition")
            why = f" (its condition `{cond}` is false on every route)" if cond not in (None, "True") else ""
            problems.append(Problem(u["file"], u["line"], f'choice "{u["name"]}" can never be '
                                    f"taken{why}", "unreachable-choice", ERROR))
        elif u["name"] not in report["endings"]:  # an ending is reported as unreachable-ending
            problems.append(Problem(u["file"], u["line"], f"label `{u['name']}` is entered by no route",
                                    "unreachable-label", WARNING))
    for m in report["mute_choices"]:
        texts = " and ".join(f'"{t}"' for t in m["choices"])
        problems.append(Problem(m["file"], m["line"], f"choices {texts} lead to the same state and show "
                                "nothing different: the player's pick changes nothing",
                                "mute-choice", WARNING))
    for d in report["dead_code"]:
        if d["kind"] == "branch":
            text = (f"branch `if {d['condition']}` is taken on no route "
                    f"({d['statements']} statement(s) never run)")
        else:
            text = f"{d['statements']} statement(s) here are run on no route"
        problems.append(Problem(d["file"], d["line"], text, "dead-branch", WARNING))
    stats = {"endings": len(report["endings"]),
             "reachable_endings": sum(1 for e in report["endings"].values() if e["reachable"]),
             "paths": report["paths"], "states": report["states"]}
    return problems, stats


def sprite_problems(base: Path | None, story: dict[str, Any]) -> tuple[list[Problem], dict[str, Any]]:
    """The sprite manifest check, once the art pipeline has written its manifest."""
    if base is None:
        return [], {}
    from .sprites import check as sprites
    from .sprites.build import MANIFEST
    if not (base / MANIFEST).is_file():
        return [], {}
    report = sprites.check(sprites.load_manifest(base), story)
    problems = [Problem(m["file"] or MANIFEST.as_posix(), m["line"] or 0,
                        f'image "{m["image"]}" has no sprite in {MANIFEST.as_posix()} (add it to '
                        "art/ and run `vn sprites build`, or fix the name)", "sprite-missing", ERROR)
                for m in report["missing"]]
    return problems, {"missing": len(report["missing"]), "unused": len(report["unused"])}


def translation_languages(base: Path | None) -> list[str]:
    tl = base / "game" / "tl" if base is not None else None
    if tl is None or not tl.is_dir():
        return []
    return sorted(p.name for p in tl.iterdir() if p.is_dir() and p.name != "None"
                  and not p.name.startswith("."))


def translation_dump(base: Path) -> dict[str, Any] | None:
    """The engine's translation dump (`vn.translate`), or None when there is nothing to
    dump (no `game/tl/LANG/`)."""
    from .translate import dump_translations
    if not translation_languages(base):
        return None
    data, _ = dump_translations(base)
    return data


def _translations(base: Path | None, story: dict[str, Any],
                  dump: dict[str, Any] | None = None) -> tuple[list[Problem], dict[str, Any]]:
    from .translate import Catalog
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
        file, line_number, message = _located(str(e), "game/tl")
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
    return _translations(Path(base) if base is not None else None, story, dump)[0]


# -- ignore comments ------------------------------------------------------------------------


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


def bad_ignores(base: Path | None, context: Context) -> list[Problem]:
    """Ignore comments in the game's .rpy files that name no known rule."""
    if base is None:
        return []
    problems = []
    for path in sorted((base / "game").rglob("*.rpy")):
        rel = path.relative_to(base).as_posix()
        for number, text in enumerate(context.source_lines(rel) or [], 1):
            if "vn:" not in text:
                continue
            for rule in sorted(ignored_rules(text) - set(CATALOGUE)):
                close = [r for r in CATALOGUE if _similar(rule, r)]
                hint = f" (did you mean `{close[0]}`?)" if close else ""
                problems.append(Problem(rel, number, f"`# vn: ignore[{rule}]` names no rule{hint}; "
                                        "`vn lint --list-rules` lists them", "bad-ignore", WARNING))
    return problems


def _similar(a: str, b: str) -> bool:
    import difflib
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def _drop_superseded(problems: list[Problem]) -> list[Problem]:
    """Drop Ren'Py lint problems that a rule of ours reports on the same line."""
    patterns = {rid: re.compile(m.SUPERSEDES, re.I) for rid, m in RULE_MODULES.items()
                if getattr(m, "SUPERSEDES", None)}
    patterns["sprite-missing"] = re.compile(SPRITE_SUPERSEDES, re.I)
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
            dump_job = pool.submit(timed("translation_dump", _safe_dump, base))

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
            problems += bad_ignores(base, context)

        if lint_job is not None:
            renpy_report = lint_job.result()
        if translations is not False and not set(TRANSLATION_RULES) <= off:
            dump = translations if isinstance(translations, dict) else \
                (dump_job.result() if dump_job is not None else None)
            if isinstance(dump, Problem):
                problems.append(dump)
            elif dump is not None:
                found, stats["translations"] = _translations(base, story, dump)
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


def _safe_dump(base: Path) -> dict[str, Any] | Problem | None:
    """The translation dump, or a `translation-unchecked` problem when it fails: a broken
    translation toolchain must not hide the rest of the lint."""
    try:
        return translation_dump(base)
    except VnError as e:
        file, line, message = _located(str(e), "game/tl")
        return Problem(file, line, f"cannot read the translation status: {message}",
                       "translation-unchecked", WARNING)
    except Exception as e:  # noqa: BLE001 - vn.translate is another tool; report, do not crash
        return Problem("game/tl", 0, f"cannot read the translation status ({type(e).__name__}: {e})",
                       "translation-unchecked", WARNING)


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

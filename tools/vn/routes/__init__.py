"""`vn routes`: every route of the story, explored state by state.

    vn routes [GAME_DIR] [--json | --mermaid] [--graph FILE] [--story STORY_JSON]
              [--coverage TRACES_DIR] [--write-plans DIR] [--effects] [--max-states N]

Reads the story JSON (`--story`, or a fresh `vn export` of GAME_DIR), explores
every (statement, store state, call stack) configuration once from
`label start`, and reports: each ending's reachability with the shortest choice
list reaching it, unreachable labels and choices, dead ends, the exact number
of choice paths, and per-choice effects. Exit 0 when every ending is reachable
and there are no dead ends or unreachable choices, 1 otherwise, 2 for bad input
(including Python outside the supported subset: see README.md next to this file).

Modules, one job each: graph (control graph of the export), startup (the store
at `start`), pyeval (the safe Python subset), liveness (which values still
matter), codec (store states as ints), stops (conditions, statements and menus,
memoised on what they read), explore (the state space), analysis (what it
says), effects (per-choice store changes), forked (work on the second core),
report (JSON and text), render (Graphviz and Mermaid), coverage (playthrough
traces and plans).
"""

from __future__ import annotations

import argparse
import gc
import json
import time
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import VnError
from ..story import load as load_story
from .analysis import Analysis, analyse
from .explore import DEFAULT_MAX_CONFIGS, explore
from .graph import StoryGraph
from .startup import build_program
from .unknown import open_branches

if TYPE_CHECKING:
    from .coverage import CoverageReport

__all__ = ["analyse_story", "coverage", "register", "main"]


def analyse_story(*args: Any, **kwargs: Any) -> Analysis:
    """Explore and analyse a story export (the dict `vn export` writes); see `_analyse`."""
    # The game's own Python is parsed, never run: its invalid escapes are not ours to warn of.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", SyntaxWarning)
        return _analyse(*args, **kwargs)


def _analyse(story: dict[str, Any], source: str = "story", max_states: int = DEFAULT_MAX_CONFIGS,
                  liveness: bool = True, endings: Sequence[str] = (), strict: bool = False) -> Analysis:
    """Explore and analyse a story export (the dict `vn export` writes). `endings`: label
    globs naming the endings (default: `ending_*`, else where play ends; graph.py)."""
    t0 = time.perf_counter()
    # The explorer makes hundreds of thousands of small containers and no reference
    # cycles: the cyclic collector would only scan them again and again.
    collecting = gc.isenabled()
    gc.disable()
    try:
        graph = StoryGraph(story, source, ending_globs=endings, strict=strict)
        prog, initial = build_program(graph)
        prog.strict, prog.approximate = strict, graph.approximate  # one list of approximations
        open_branches(graph, prog)
        ex = explore(graph, prog, initial, max_configs=max_states, liveness=liveness)
        a = analyse(ex)
    finally:
        if collecting:
            gc.enable()
    a.seconds = time.perf_counter() - t0
    return a


def coverage(story: dict[str, Any] | Analysis, traces: Iterable[dict[str, Any]]) -> CoverageReport:
    """`coverage(story, traces) -> report`: see coverage.py."""
    from .coverage import coverage as _coverage
    return _coverage(story, traces)


def declared_endings(game_dir: str | Path) -> list[str]:
    """`endings = ["glob", ...]` from `[tool.vn]` in the game's pyproject.toml, or from
    vn.toml (top level or `[tool.vn]`) beside game/; [] when neither says."""
    import tomllib
    base = Path(game_dir)
    for name in ("vn.toml", "pyproject.toml"):
        path = base / name
        try:
            if not path.is_file():
                continue
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise VnError(f"{path}: cannot read: {e}") from None
        except RecursionError:
            raise VnError(f"{path}: cannot read: nested too deeply") from None
        tool = data.get("tool", {})
        if not isinstance(tool, dict):
            raise VnError(f"{path}: tool: expected a table")
        table = tool.get("vn", {} if name == "pyproject.toml" else data)
        if not isinstance(table, dict):
            raise VnError(f"{path}: [tool.vn]: expected a table")
        globs = table.get("endings")
        if globs is None:
            continue
        if not isinstance(globs, list) or not all(isinstance(g, str) for g in globs):
            raise VnError(f"{path}: [tool.vn] endings: expected a list of label globs")
        return globs
    return []


def probability(text: str) -> float:
    """`0.05` or `5%`: a chance in 0..1 (argparse turns the ValueError into exit 2)."""
    value = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    if not 0 <= value <= 1:
        raise ValueError(text)
    return value


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("game_dir", nargs="?", default=".", help="the game's base directory (default: .)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the report as JSON")
    out.add_argument("--mermaid", action="store_true", help="print the route map as a Mermaid flowchart")
    p.add_argument("--graph", metavar="FILE",
                   help="draw the route map with Graphviz (.svg, .png, .pdf; .dot writes the source)")
    p.add_argument("--story", metavar="STORY_JSON",
                   help="read this story export instead of exporting GAME_DIR with the engine")
    p.add_argument("--coverage", metavar="TRACES_DIR",
                   help="report which choices the playthrough traces in this folder took")
    p.add_argument("--write-plans", metavar="DIR",
                   help="write a playthrough plan for each choice no trace took (all, without --coverage)")
    p.add_argument("--effects", action="store_true", help="list each choice's effect on the store")
    p.add_argument("--given", nargs="+", metavar="CHOICE", default=[],
                   help="the odds among random plays that take these choices (texts), in this order")
    p.add_argument("--min-odds", type=probability, metavar="P",
                   help="an ending reached by less than P of random plays (0..1, or a percentage "
                        "like 5%%) is a problem: exit 1")
    p.add_argument("--ending", action="append", default=[], metavar="GLOB",
                   help="labels matching GLOB are the endings (repeatable; default: ending_*, "
                        "else the labels where play ends; also `endings` in [tool.vn])")
    p.add_argument("--strict", action="store_true",
                   help="Python or statements outside the modelled subset are an error (exit 2), "
                        "instead of being explored as unknown (an approximate verdict)")
    p.add_argument("--max-states", type=int, default=DEFAULT_MAX_CONFIGS, metavar="N",
                   help=f"beyond N configurations, widen what varies most (with --strict: give "
                        f"up; default {DEFAULT_MAX_CONFIGS:,})")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "routes", help="explore every route: endings, dead ends, path count, coverage",
        description="Explore every route of the story from label start, state by state: which "
                    "endings are reachable (and how), unreachable labels and choices, dead ends, "
                    "the exact number of choice paths; draw the route map; measure coverage.")
    add_arguments(p)
    p.set_defaults(func=main)


def main(args: argparse.Namespace) -> int:
    # No cyclic garbage collection until the analysis is dropped: a collection right
    # after `analyse_story` would walk its few hundred thousand containers for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(args)  # the analysis is freed as it returns
    finally:
        if collecting:
            gc.enable()


def _main(args: argparse.Namespace) -> int:
    from .. import atomic
    from .coverage import coverage as _coverage
    from .coverage import load_traces, write_plans
    from .render import graph_format, route_map, to_mermaid, write_graph
    from .report import build_report, exit_code, format_text, percent

    # Outputs first: a bad path should not cost an engine run and an analysis.
    if args.graph:
        graph_format(atomic.check_output(args.graph))
    if args.write_plans:
        atomic.check_output(args.write_plans, folder=True)
    story: Any
    if args.story:
        story, source = load_story(args.story), args.story
    else:
        from ..export import export_story
        story, source = export_story(args.game_dir), args.game_dir
    if args.coverage:  # read traces before the long part, so bad input fails fast
        traces = load_traces(args.coverage)
    globs = args.ending or declared_endings(args.game_dir)
    a = analyse_story(story, source, max_states=args.max_states, endings=globs, strict=args.strict)
    report = build_report(a, with_odds=True, given=args.given)
    code = exit_code(report)
    if args.min_odds is not None and "odds" in report:
        report["below_min_odds"] = [name for name, e in report["odds"].items()
                                    if name in a.ex.graph.endings and e["p"] < args.min_odds]
        if report["below_min_odds"]:
            code = max(code, 1)

    cov = None
    if args.coverage:
        cov = _coverage(a, traces)
        report["coverage"] = cov.to_json(a)
        if cov.uncovered:
            code = max(code, 1)
    plans: list[Path] = []
    if args.write_plans:
        ids = cov.uncovered if cov is not None else [c.id for c in a.ex.choices if c.id in a.enabled]
        plans = write_plans(a, ids, args.write_plans)
        report["plans"] = [str(p) for p in plans]
    if args.graph:
        write_graph(route_map(a, report), args.graph, title=Path(source).name or "routes")

    if args.json:
        print(json.dumps(report, indent=1, ensure_ascii=False))
    elif args.mermaid:
        print(to_mermaid(route_map(a, report)), end="")
    else:
        print(format_text(report, a, effects=args.effects))
        for name in report.get("below_min_odds", []):
            print(f"Below --min-odds {percent(args.min_odds)}: {name} ({percent(report['odds'][name]['p'])})")
        if cov is not None:
            print()
            print(f"Coverage: {cov.summary()}")
            for entry in report["coverage"]["uncovered"]:
                print(f'  never played: {entry["menu"]}: "{entry["text"]}"')
            for entry in cov.unknown:
                print(f'  trace choice not in the story: {entry["menu"]}: "{entry["text"]}"')
        if args.write_plans:
            print(f"Wrote {len(plans)} plan(s) to {args.write_plans}")
        if args.graph:
            print(f"Route map: {args.graph}")
    return code

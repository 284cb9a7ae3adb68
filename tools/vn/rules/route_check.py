"""The route checker's findings as lint problems: `vn.routes.analyse_story` on the story
export, each kind of finding under its own id (see IDS). An integration: the analysis
lives in vn.routes; this module only words its report.
"""

from __future__ import annotations

from typing import Any

from ..errors import VnError
from .base import ERROR, WARNING, Problem, located

IDS: dict[str, tuple[str, str]] = {
    "unreachable-ending": (ERROR, "an `ending_*` label no route reaches"),
    "dead-end": (ERROR, "a route that cannot reach an ending (return without ending, all "
                        "choices disabled, endless loop, no exit, Python error)"),
    "unreachable-choice": (ERROR, "a menu choice enabled in no reachable state"),
    "unreachable-label": (WARNING, "a label no route enters"),
    "mute-choice": (WARNING, "choices of a menu that lead to the same state and show nothing different"),
    "dead-branch": (WARNING, "an `if` branch never taken, or statements of a reachable label never run"),
    "routes-unchecked": (ERROR, "the route checker cannot analyse the story (unsupported Python...)"),
}


def _quote_path(texts: list[str] | None) -> str:
    if not texts:
        return "from the start, with no choices"
    return "via " + " > ".join(f'"{t}"' for t in texts)


def route_problems(story: dict[str, Any], source: str = "story") -> tuple[list[Problem], dict[str, Any]]:
    """The route checker's findings on a story export, as problems, and its numbers.

    A story with no `ending_*` label at all does not follow the endings contract: its
    `return_without_ending` dead ends are not reported (every other finding is)."""
    from ..routes import analyse_story
    from ..routes.report import build_report

    try:
        report = build_report(analyse_story(story, source))
    except VnError as e:
        file, line, message = located(str(e), (story.get("files") or ["game"])[0])
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

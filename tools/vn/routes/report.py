"""The route report: the stable `--json` shape, the text a writer reads, and the exit code."""

from __future__ import annotations

from typing import Any

from .analysis import (Analysis, effect_summary, effect_text, unreachable_choices,
                       unreachable_labels)

PATHS_NOTE_INFINITE = ("a cycle that contains a menu lies on a route to an end of the game, "
                       "so there are infinitely many distinct choice sequences")


def build_report(a: Analysis) -> dict[str, Any]:
    """The `vn routes --json` document.

    Stable keys (CI relies on them): endings, unreachable, dead_ends, paths, states.
    The rest (choices, paths_by_ending, stats...) is extra information."""
    ex, g = a.ex, a.ex.graph
    endings: dict[str, Any] = {}
    for name, outcome in g.endings.items():
        c = a.ending_config.get(name)
        node = g.labels[name]
        endings[name] = {
            "outcome": outcome,
            "reachable": c is not None,
            "example": a.example_texts(c) if c is not None else None,
            "file": g.nodes[node]["file"],
            "line": g.nodes[node]["line"],
        }
    unreachable: list[dict[str, Any]] = []
    for i in unreachable_labels(a):
        n = g.nodes[i]
        unreachable.append({"kind": "label", "name": n["name"], "file": n["file"], "line": n["line"]})
    for cid in unreachable_choices(a):
        ch = ex.choices[cid]
        n = g.nodes[ch.menu]
        unreachable.append({"kind": "choice", "name": ch.text, "file": n["file"], "line": n["line"],
                            "condition": ch.condition})
    unreachable.sort(key=lambda u: (u["file"], u["line"], u["kind"] != "label"))
    dead_ends = []
    for d in a.dead_ends:
        n = g.nodes[d.node]
        entry = {"kind": d.kind, "file": n["file"], "line": n["line"], "example": a.example_texts(d.config)}
        if d.message:
            entry["message"] = d.message
        dead_ends.append(entry)
    choices = []
    for ch in ex.choices:
        n = g.nodes[ch.menu]
        choices.append({
            "menu": f"{n['file']}:{n['line']}", "file": n["file"], "line": n["line"],
            "text": ch.text, "condition": ch.condition,
            "reachable": ch.id in a.enabled, "enabled_in_states": a.enabled.get(ch.id, 0),
            "effects": {k: effect_summary(v) for k, v in a.effects.get(ch.id, {}).items()},
        })
    report: dict[str, Any] = {
        "endings": endings,
        "unreachable": unreachable,
        "dead_ends": dead_ends,
        "paths": a.paths,
        "states": len(ex),
        "paths_by_ending": a.paths_by_ending if a.paths is not None else None,
        "paths_without_ending": a.paths_without_ending,
        "choices": choices,
        "stats": {
            "configurations": len(ex),
            "store_states": len(ex.states),
            "statements_run": ex.steps,
            "memo_points": ex.memo_points,
            "variables": list(ex.prog.names),
            "explore_seconds": round(ex.seconds, 3),
            "seconds": round(a.seconds or ex.seconds, 3),
        },
    }
    if a.paths is None:
        report["paths_note"] = PATHS_NOTE_INFINITE
    return report


def exit_code(report: dict[str, Any]) -> int:
    """0 when every ending is reachable, with no dead end and no unreachable choice; else 1."""
    if any(not e["reachable"] for e in report["endings"].values()):
        return 1
    if report["dead_ends"] or any(u["kind"] == "choice" for u in report["unreachable"]):
        return 1
    return 0


def _quote_path(texts: list[str]) -> str:
    if not texts:
        return "(no choices)"
    return " > ".join(f'"{t}"' for t in texts)


def format_text(report: dict[str, Any], a: Analysis | None = None, effects: bool = False) -> str:
    """A readable report for writers; the same facts as the JSON."""
    lines: list[str] = []
    stats = report["stats"]
    lines.append(f"Explored {stats['configurations']:,} configurations ({stats['store_states']:,} store states) "
                 f"in {stats['seconds']:.2f} s")
    lines.append("")
    lines.append("Endings")
    if not report["endings"]:
        lines.append("  (no ending_* labels)")
    width = max((len(n) for n in report["endings"]), default=0)
    for name, e in report["endings"].items():
        if e["reachable"]:
            lines.append(f"  {name:<{width}}  {e['outcome']:<10}  reachable    via: {_quote_path(e['example'])}")
        else:
            lines.append(f"  {name:<{width}}  {e['outcome']:<10}  UNREACHABLE")
    if report["unreachable"]:
        lines.append("")
        lines.append("Unreachable")
        for u in report["unreachable"]:
            what = f'choice "{u["name"]}"' if u["kind"] == "choice" else f"label {u['name']}"
            extra = f"  (never enabled: if {u['condition']})" if u["kind"] == "choice" and u.get("condition") \
                not in (None, "True") else ""
            lines.append(f"  {u['file']}:{u['line']}: {what}{extra}")
    if report["dead_ends"]:
        lines.append("")
        lines.append("Dead ends")
        for d in report["dead_ends"]:
            msg = f" ({d['message']})" if d.get("message") else ""
            lines.append(f"  {d['file']}:{d['line']}: {d['kind']}{msg}  via: {_quote_path(d['example'])}")
    lines.append("")
    if report["paths"] is None:
        lines.append(f"Paths: infinite: {report['paths_note']}")
    else:
        lines.append(f"Paths: {report['paths']:,} distinct choice sequences from start to an end of the game")
        parts = [f"{k} {v:,}" for k, v in (report.get("paths_by_ending") or {}).items() if v]
        if report.get("paths_without_ending"):
            parts.append(f"no ending {report['paths_without_ending']:,}")
        if parts:
            lines.append("       (" + "; ".join(parts) + ")")
    if effects and a is not None:
        lines.append("")
        lines.append("Choices (store changes up to the next menu, ending or end)")
        last_menu = None
        for ch, choice in zip(report["choices"], a.ex.choices):
            if ch["menu"] != last_menu:
                lines.append(f"  {ch['menu']}")
                last_menu = ch["menu"]
            eff = a.effects.get(choice.id, {})
            changes = ", ".join(effect_text(k, v) for k, v in eff.items()) or "no change"
            mark = "" if ch["reachable"] else "  [unreachable]"
            lines.append(f'    "{ch["text"]}": {changes}{mark}')
    problems = exit_code(report)
    lines.append("")
    if problems:
        n_unreach = sum(1 for e in report["endings"].values() if not e["reachable"])
        n_choice = sum(1 for u in report["unreachable"] if u["kind"] == "choice")
        lines.append(f"Problems: {n_unreach} unreachable ending(s), {len(report['dead_ends'])} dead end(s), "
                     f"{n_choice} unreachable choice(s)")
    else:
        lines.append("OK: every ending is reachable; no dead ends; every choice can be taken")
    return "\n".join(lines)

"""The route report: the stable `--json` shape, the text a writer reads, and the exit code."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .analysis import Analysis, effect_summary, effect_text, unreachable_choices, unreachable_labels
from .graph import StoryGraph
from .mute import dead_code, same_outcome_choices
from .odds import odds

PATHS_NOTE_INFINITE = ("a cycle that contains a menu lies on a route to an end of the game, "
                       "so there are infinitely many distinct choice sequences")


def build_report(a: Analysis, with_odds: bool = False, given: Sequence[str] = ()) -> dict[str, Any]:
    """The `vn routes --json` document.

    Stable keys (CI relies on them): endings, unreachable, dead_ends, paths, states,
    mute_choices, dead_code; with `with_odds` also odds, outcomes, menus, chapters.
    The rest (choices, paths_by_ending, stats...) is extra information."""
    ex, g = a.ex, a.ex.graph
    endings: dict[str, Any] = {}
    for name in shown_endings(a):
        outcome = g.endings[name]
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
        "endings_from": g.endings_from,
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
    approx = ex.graph.approximate
    report["approximate"] = [{"file": w.rsplit(":", 1)[0], "line": int(w.rsplit(":", 1)[1]), "what": why}
                             for w, why in sorted(approx.items(), key=lambda kv: _where_key(kv[0]))]
    if approx:
        report["approximate_note"] = APPROXIMATE_NOTE
    report["widened"] = list(ex.widened)   # counters widened to unbounded (explore.py)
    report.update(_consequences(a))
    if with_odds:
        report.update(_odds(a, given))
    return report


APPROXIMATE_NOTE = ("approximate: the constructs listed were explored as unknown (the names "
                    "they may assign are unknown afterwards; a call's arguments and a label's "
                    "parameters are not followed). Reachable endings and choices are really "
                    "reachable only if those constructs let them be; nothing is missed.")


def _where_key(where: str) -> tuple[str, int]:
    file, line = where.rsplit(":", 1)
    return file, int(line)


def shown_endings(a: Analysis) -> list[str]:
    """The endings to report: every named one; of those found where play ends
    (graph.py), the ones play really ends at (a return in a label that is only
    ever called is a candidate the exploration rules out)."""
    g = a.ex.graph
    if g.endings_from != "implicit":
        return list(g.endings)
    return [name for name in g.endings if name in a.ending_config]


def _consequences(a: Analysis) -> dict[str, Any]:
    ex, g = a.ex, a.ex.graph
    mute: list[dict[str, Any]] = []
    lasting: list[dict[str, Any]] = []
    for s in same_outcome_choices(a):
        n = g.nodes[s.menu]
        entry = {"file": n["file"], "line": n["line"], "choices": [ex.choices[c].text for c in s.choices]}
        (mute if s.mute else lasting).append(entry)
    dead = []
    for d in dead_code(a):
        n = g.nodes[d.node]
        entry = {"kind": d.kind, "file": n["file"], "line": n["line"], "statements": d.count}
        if d.kind == "branch":
            entry["condition"] = d.condition
        dead.append(entry)
    return {"mute_choices": mute, "no_lasting_effect": lasting, "dead_code": dead}


def _families(g: StoryGraph, names: list[str], p: list[float], shown: set[str]) -> dict[str, float]:
    fam: dict[str, float] = {}
    for name, x in zip(names, p, strict=False):
        key = g.endings.get(name, name)
        if x or name in shown:
            fam[key] = fam.get(key, 0.0) + x
    return fam


def _odds(a: Analysis, given: Sequence[str]) -> dict[str, Any]:
    ex, g = a.ex, a.ex.graph
    o = odds(a, list(given))
    p = o.p
    shown = set(shown_endings(a))
    table = {name: {"p": x, "exact": str(q)} for name, x, q in zip(o.outcomes, p, o.exact, strict=False)
             if q or name in shown}
    menus: list[dict[str, Any]] = []
    total = sum(m.influence for m in o.menus) or 1.0
    for m in o.menus:
        n = g.nodes[m.node]
        ids = sorted(m.choices, key=lambda cid: ex.choices[cid].item)
        menus.append({
            "file": n["file"], "line": n["line"],
            "caption": n.get("caption") or ex.choices[ids[0]].text if ids else n.get("caption"),
            "reach": m.reach, "influence": m.influence, "share": m.influence / total,
            "open": m.open, "last": m.last,
            "choices": [{"text": ex.choices[cid].text, "taken": m.taken[cid],
                         "odds": {k: v for k, v in zip(o.outcomes, m.choices[cid], strict=False) if v},
                         "outcomes": _families(g, o.outcomes, m.choices[cid], shown)} for cid in ids],
        })
    chapters: dict[str, dict[str, Any]] = {}
    for entry in menus:
        ch = chapters.setdefault(entry["file"], {"file": entry["file"], "menus": 0, "influence": 0.0})
        ch["menus"] += 1
        ch["influence"] += entry["influence"]
    for ch in chapters.values():
        ch["share"] = ch["influence"] / total
    out: dict[str, Any] = {"odds": table, "outcomes": _families(g, o.outcomes, p, shown),
                           "menus": menus, "chapters": list(chapters.values())}
    if given:
        out["given"] = list(given)
        out["given_chance"] = float(o.given_chance)
    if o.inexact:
        out["odds_note"] = "a loop was too large to solve exactly: its odds are floating point"
    return out


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


def percent(x: float) -> str:
    return f"{x * 100:.1f}%" if x >= 0.001 or x == 0 else f"{x * 100:.3f}%"


def _odds_text(report: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    if "odds" in report:
        lines.append("")
        head = "Odds under random play (each enabled choice equally likely)"
        if report.get("given"):
            head += f", given {_quote_path(report['given'])} ({percent(report['given_chance'])} of plays)"
        lines.append(head)
        width = max((len(n) for n in report["odds"]), default=0)
        for name, e in report["odds"].items():
            lines.append(f"  {name:<{width}}  {percent(e['p']):>7}  ({e['exact']})")
        lines.append("  outcomes: " + ", ".join(f"{k} {percent(v)}" for k, v in report["outcomes"].items()))
        for m in report["menus"]:
            if m["last"]:
                lines.append(f"  last menu {m['file']}:{m['line']}: open on {percent(m['open'])} of "
                             "arrivals (offers choices with different outcome odds)")
        decisive = sorted(report["menus"], key=lambda m: -m["influence"])[:5]
        if decisive:
            lines.append("")
            lines.append("Most decisive menus (influence: expected change of the ending odds between two "
                         "of its choices, times the chance of reaching it)")
            for m in decisive:
                lines.append(f"  {m['file']}:{m['line']}: influence {m['influence']:.3f} "
                             f"({percent(m['share'])} of all), reached {percent(min(m['reach'], 1.0))}, "
                             f"open {percent(m['open'])}")
                for ch in m["choices"]:
                    fams = ", ".join(f"{k} {percent(v)}" for k, v in ch["outcomes"].items() if v)
                    lines.append(f'      "{ch["text"]}": {fams}')
        if report["chapters"]:
            lines.append("")
            lines.append("Chapters (share of all menu influence)")
            for ch in sorted(report["chapters"], key=lambda c: -c["influence"]):
                lines.append(f"  {ch['file']}: {percent(ch['share'])} from {ch['menus']} menu(s)")
    if report.get("mute_choices"):
        lines.append("")
        lines.append("Mute choices (same next state, nothing different shown)")
        for m in report["mute_choices"]:
            lines.append(f"  {m['file']}:{m['line']}: " + " = ".join(f'"{t}"' for t in m["choices"]))
    if report.get("no_lasting_effect"):
        lines.append("")
        lines.append("Choices with no lasting effect (only their own reply differs)")
        for m in report["no_lasting_effect"]:
            lines.append(f"  {m['file']}:{m['line']}: " + " = ".join(f'"{t}"' for t in m["choices"]))
    if report.get("dead_code"):
        lines.append("")
        lines.append("Dead code (never run on any route)")
        for d in report["dead_code"]:
            what = (f"branch `if {d['condition']}` never taken" if d["kind"] == "branch"
                    else "statements never run")
            lines.append(f"  {d['file']}:{d['line']}: {what} ({d['statements']} statement(s))")
    return lines


def format_text(report: dict[str, Any], a: Analysis | None = None, effects: bool = False) -> str:
    """A readable report for writers; the same facts as the JSON."""
    lines: list[str] = []
    stats = report["stats"]
    lines.append(f"Explored {stats['configurations']:,} configurations "
                 f"({stats['store_states']:,} store states) in {stats['seconds']:.2f} s")
    lines.append("")
    lines.append("Endings")
    if not report["endings"]:
        lines.append("  (no ending_* labels, and play never ends)")
    elif report.get("endings_from") == "implicit":
        lines.append("  (no ending_* labels: the endings are the labels where play ends)")
    width = max((len(n) for n in report["endings"]), default=0)
    for name, e in report["endings"].items():
        if e["reachable"]:
            via = _quote_path(e["example"])
            lines.append(f"  {name:<{width}}  {e['outcome']:<10}  reachable    via: {via}")
        else:
            lines.append(f"  {name:<{width}}  {e['outcome']:<10}  UNREACHABLE")
    if report["unreachable"]:
        lines.append("")
        lines.append("Unreachable")
        for u in report["unreachable"]:
            what = f'choice "{u["name"]}"' if u["kind"] == "choice" else f"label {u['name']}"
            guarded = u["kind"] == "choice" and u.get("condition") not in (None, "True")
            extra = f"  (never enabled: if {u['condition']})" if guarded else ""
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
    lines.extend(_odds_text(report))
    if effects and a is not None:
        lines.append("")
        lines.append("Choices (store changes up to the next menu, ending or end)")
        last_menu = None
        for ch, choice in zip(report["choices"], a.ex.choices, strict=False):
            if ch["menu"] != last_menu:
                lines.append(f"  {ch['menu']}")
                last_menu = ch["menu"]
            eff = a.effects.get(choice.id, {})
            changes = ", ".join(effect_text(k, v) for k, v in eff.items()) or "no change"
            mark = "" if ch["reachable"] else "  [unreachable]"
            lines.append(f'    "{ch["text"]}": {changes}{mark}')
    if report.get("approximate"):
        lines.append("")
        lines.append(f"Approximate verdict: {len(report['approximate'])} place(s) explored as unknown "
                     f"(--strict refuses them)")
        for entry in report["approximate"]:
            lines.append(f"  {entry['file']}:{entry['line']}: {entry['what']}")
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

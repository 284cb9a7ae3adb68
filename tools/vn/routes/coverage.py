"""Real-engine coverage: which menu choices the recorded playthroughs actually took.

The test suite's playthroughs write trace JSON files; each has
`"choices": [{"menu": "game/x.rpy:12", "text": "..."}]` (the menu statement
and the text clicked). `coverage()` matches them against every choice the
route analysis found reachable and lists the ones never played.
`plan_for()` gives, for such a choice, the shortest complete playthrough that
takes it: the fewest choices from start to a menu state where it is enabled,
the choice itself, then the fewest choices from there to an ending (so the
plan can be handed to `vn.playthrough.play_through` as it is).
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import atomic
from ..errors import VnError, json_error
from ..text import Field, TextError, fields, strip_tags
from .analysis import Analysis
from .explore import T_END


def plain_text(text: str) -> str:
    """Menu text as the player sees it: text tags removed, `{{`/`[[` unescaped."""
    return strip_tags(text).replace("[[", "[")


def _parts(text: str) -> list[tuple[str, Field | None]]:
    """The shown literals and [interpolations] of a choice's text (tags removed); text with
    a `[` never closed is shown as it stands."""
    shown = strip_tags(text)
    try:
        return list(fields(shown))
    except TextError:
        return [(shown.replace("[[", "["), None)]


def _pattern(text: str) -> re.Pattern[str]:
    """A regex matching the shown text of a choice whose text interpolates [variables]."""
    return re.compile("".join(re.escape(literal) + (".*?" if field else "")
                              for literal, field in _parts(text)) + r"\Z", re.S)


@dataclass
class CoverageReport:
    covered: list[int] = field(default_factory=list)          # choice ids
    uncovered: list[int] = field(default_factory=list)        # reachable, never played
    unknown: list[dict[str, Any]] = field(default_factory=list)         # trace choices matching no choice
    traces: int = 0

    def to_json(self, a: Analysis) -> dict[str, Any]:
        g = a.ex.graph

        def entry(cid: int) -> dict[str, Any]:
            ch = a.ex.choices[cid]
            n = g.nodes[ch.menu]
            return {"menu": f"{n['file']}:{n['line']}", "text": ch.text}
        total = len(self.covered) + len(self.uncovered)
        return {"covered": len(self.covered), "total": total, "traces": self.traces,
                "uncovered": [entry(c) for c in self.uncovered],
                "unknown": self.unknown}

    def summary(self) -> str:
        total = len(self.covered) + len(self.uncovered)
        return f"{len(self.covered)} of {total} choices covered by {self.traces} playthrough(s)"


def load_traces(folder: str | Path) -> list[dict[str, Any]]:
    """Every trace JSON file in `folder` (files without a "choices" list are bad input)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise VnError(f"{folder}: not a directory of playthrough traces")
    traces = []
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError) as e:
            raise VnError(f"{path}: cannot read trace JSON: {json_error(e)}") from None
        if not isinstance(data, dict) or not isinstance(data.get("choices"), list):
            raise VnError(f"{path}: not a playthrough trace (no \"choices\" list)")
        for k, c in enumerate(data["choices"]):
            if (not isinstance(c, dict) or not isinstance(c.get("menu"), str)
                    or not isinstance(c.get("text"), str)):
                raise VnError(f"{path}: choices[{k}]: expected {{\"menu\": \"file:line\", \"text\": ...}}")
        traces.append(data)
    return traces


def coverage(story_or_analysis: dict[str, Any] | Analysis,
             traces: Iterable[dict[str, Any]]) -> CoverageReport:
    """Match playthrough traces against the reachable choices of the story."""
    if isinstance(story_or_analysis, Analysis):
        a = story_or_analysis
    else:
        from . import analyse_story
        a = analyse_story(story_or_analysis)
    g = a.ex.graph
    by_menu: dict[str, list[Any]] = {}
    for ch in a.ex.choices:
        n = g.nodes[ch.menu]
        by_menu.setdefault(f"{n['file']}:{n['line']}", []).append(ch)
    report = CoverageReport()
    taken: set[int] = set()
    for trace in traces:
        report.traces += 1
        for c in trace.get("choices", []):
            text = plain_text(c["text"])
            found = None
            for ch in by_menu.get(c["menu"], []):
                if plain_text(ch.text) == text or _pattern(ch.text).match(text):
                    found = ch
                    break
            if found is None:
                if c not in report.unknown:
                    report.unknown.append({"menu": c["menu"], "text": c["text"]})
            else:
                taken.add(found.id)
    for ch in a.ex.choices:
        if ch.id not in a.enabled:
            continue  # unreachable: reported by the route analysis, no playthrough can take it
        (report.covered if ch.id in taken else report.uncovered).append(ch.id)
    return report


# -- plans ---------------------------------------------------------------------------------

def _to_end(a: Analysis) -> tuple[list[int], list[int], list[int]]:
    """Fewest choices from each configuration to an end of the game that passed an ending
    (0-1 BFS backwards), with the next configuration and choice id on that route."""
    ex = a.ex
    n = len(ex)
    dist = [-1] * n
    nxt = [-1] * n
    nchoice = [-1] * n
    rev = a.reverse()
    dq: deque[int] = deque()
    ends = [c for c, (kind, _, _) in ex.terminal.items() if kind == T_END and ex.ending_of(c) >= 0]
    if not ends:  # no ending anywhere: any end of the game will do
        ends = [c for c, (kind, _, _) in ex.terminal.items() if kind == T_END]
    for c in ends:
        dist[c] = 0
        dq.append(c)
    while dq:
        c = dq.popleft()
        for p in rev[c]:
            ids = ex.menu_choices.get(p)
            w = 1 if ids is not None else 0
            nd = dist[c] + w
            if dist[p] < 0 or nd < dist[p]:
                dist[p] = nd
                nxt[p] = c
                nchoice[p] = ids[ex.out[p].index(c)] if ids is not None else -1
                if w:
                    dq.append(p)
                else:
                    dq.appendleft(p)
    return dist, nxt, nchoice


def shown_text(text: str, state: dict[str, Any]) -> str:
    """The choice text a player sees in `state`: tags removed, [variables] filled in."""
    shown = strip_tags(text)  # what the fields' spans index
    out = []
    for literal, part in _parts(text):
        out.append(literal)
        if part is not None:
            known = part.expr in state and not part.format_spec
            out.append(str(state[part.expr]) if known else shown[part.start:part.end])
    return "".join(out)


class Planner:
    """Shortest complete playthroughs through given choices."""

    def __init__(self, a: Analysis) -> None:
        self.a = a
        self.dist_end, self.next_end, self.choice_end = _to_end(a)
        # For each choice, the menu configuration (and successor) on its cheapest playthrough.
        self.best: dict[int, tuple[int, int, int]] = {}
        for c, ids in a.ex.menu_choices.items():
            for t, k in zip(a.ex.out[c], ids, strict=False):
                tail = self.dist_end[t]
                cost = a.dist[c] + 1 + (tail if tail >= 0 else 10 ** 9)
                old = self.best.get(k)
                if old is None or (cost, a.rank[c]) < (old[0], a.rank[old[1]]):
                    self.best[k] = (cost, c, t)

    def plan(self, cid: int) -> list[str] | None:
        found = self.plan_with_ending(cid)
        return found[0] if found else None

    def plan_with_ending(self, cid: int) -> tuple[list[str], str | None] | None:
        """The plan's choice texts, and the ending label its route passes first (or None)."""
        a, ex = self.a, self.a.ex
        best = self.best.get(cid)
        if best is None:
            return None
        _, c, t = best
        steps: list[tuple[int, int]] = []      # (menu config, choice id)
        walk = c
        while a.parent[walk] >= 0:
            k = a.choice_into(walk)
            if k >= 0:
                steps.append((a.parent[walk], k))
            walk = a.parent[walk]
        steps.reverse()
        steps.append((c, cid))
        # the continuation: at each menu, the first choice on a shortest way to an ending
        walk = t
        dist = self.dist_end
        guard = 0
        while dist[walk] >= 0 and walk not in ex.terminal and guard < len(ex):
            guard += 1
            ids = ex.menu_choices.get(walk)
            if ids is None:
                walk = ex.out[walk][0]
                continue
            for nxt, k in zip(ex.out[walk], ids, strict=False):
                if dist[nxt] == dist[walk] - 1:
                    steps.append((walk, k))
                    walk = nxt
                    break
            else:  # pragma: no cover - dist says a choice leads closer
                break
        ending = ex.ending_of(walk)
        name = list(ex.graph.endings)[ending] if ending >= 0 else None
        return [shown_text(ex.choices[k].text, ex.state_dict(ex.config_state[m])) for m, k in steps], name


def plan_for(a: Analysis, cid: int) -> list[str] | None:
    return Planner(a).plan(cid)


def write_plans(a: Analysis, choice_ids: Iterable[int], folder: str | Path) -> list[Path]:
    """One plan file per choice: {"choices": [...], "ending": label, "covers": {"menu", "text"}}.

    The shape matches tests/plans/*.json ("choices", "ending"), so a plan can be
    dropped there to become a real-engine playthrough test."""
    folder = Path(folder)
    planner = Planner(a)
    g = a.ex.graph
    written = []
    for cid in choice_ids:
        ch = a.ex.choices[cid]
        found = planner.plan_with_ending(cid)
        if found is None:
            continue
        plan, ending = found
        n = g.nodes[ch.menu]
        stem = Path(n["file"]).stem
        path = folder / f"plan-{stem}-{n['line']}-{ch.item + 1}.json"
        doc = {"choices": plan, "ending": ending,
               "covers": {"menu": f"{n['file']}:{n['line']}", "text": ch.text}}
        atomic.write_text(path, json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
        written.append(path)
    return written

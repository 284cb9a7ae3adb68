"""Which image tags are on screen at each statement, along the control flow.

A dataflow analysis over the story export's control graph (not file order):
edges are `next`, menu choices, `if` branches, `while` bodies and jumps; a
`call` runs the called label to its `return`s and continues at the call's
`next`. Statements change the set of tags on the master layer: `show` adds
its tag, `hide` removes it, `scene` empties the layer (then adds its own
image's tag); `renpy.show/hide/scene` with literal arguments in `$` lines
count too. Everything else leaves the set unchanged.

Two sets are computed for every reachable statement: the tags shown on
*every* route reaching it (`must`), and on *some* route (`may`).

Calls are handled exactly, by summaries (the functional approach of Sharir
and Pnueli): each statement's effect on one tag is "keep", "add" or "remove"
("gen/kill"), such effects compose and meet element-wise, so the effect of a
called label, from its entry to its `return`s, is itself one such effect,
whatever route is taken through it. A label called from several places gets
the meet of what its callers had on screen. `call expression` (the target is
computed at run time) is assumed to change nothing; `jump expression` ends the
route. Labels that no route from `label start` enters (replays, engine entry
points such as `splashscreen`, dead code) start from an empty screen.
"""

from __future__ import annotations

import ast
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .. import story as story_mod
from ..pysubset import parse_or_none
from ..story import RESTORED_STATE_LABELS

MASTER = (None, "master")


@dataclass(frozen=True)
class Effect:
    """A statement or route's effect on the shown tags: S -> (S - remove) | add."""

    add: frozenset[str] = frozenset()
    remove: frozenset[str] = frozenset()

    def __call__(self, shown: frozenset[str]) -> frozenset[str]:
        return (shown - self.remove) | self.add

    def then(self, later: Effect) -> Effect:
        """This effect followed by `later`."""
        if later is IDENTITY:
            return self
        if self is IDENTITY:
            return later
        return Effect(later.add | (self.add - later.remove), later.remove | (self.remove - later.add))


IDENTITY = Effect()

# Per entry (a root or a called label), the effect from it to just before each statement.
Table = dict[str, dict[str, Effect]]
# Per called entry, its call sites as (calling entry, call statement).
Sites = dict[str, set[tuple[str, str]]]


def meet_must(a: Effect, b: Effect) -> Effect:
    """Shown after `a` AND after `b`: per tag the weaker of remove < keep < add."""
    return Effect(a.add & b.add, a.remove | b.remove)


def meet_may(a: Effect, b: Effect) -> Effect:
    """Shown after `a` OR after `b`: per tag the stronger of remove < keep < add."""
    return Effect(a.add | b.add, a.remove & b.remove)


class Flow:
    """The shown-tag analysis of one story export."""

    def __init__(self, story: dict[str, Any]):
        self.nodes: dict[str, dict[str, Any]] = {n["id"]: n for n in story.get("nodes", [])}
        self.labels: dict[str, str] = {k: v for k, v in (story.get("labels") or {}).items()
                                       if v in self.nodes}
        self.universe = self._universe()
        self.effects = {nid: self._effect(n) for nid, n in self.nodes.items()}
        self.must: dict[str, frozenset[str]] = {}
        self.may: dict[str, frozenset[str]] = {}
        self._run()

    # -- the graph ------------------------------------------------------------------------

    def _universe(self) -> frozenset[str]:
        tags = set()
        for n in self.nodes.values():
            if n["kind"] in ("show", "hide", "scene") and n.get("tag"):
                tags.add(n["tag"])
            elif n["kind"] == "python":
                tags |= {t for _, t in _python_staging(n.get("source")) if t}
        return frozenset(tags)

    def _effect(self, n: dict[str, Any]) -> Effect:
        kind = n["kind"]
        if kind in ("show", "hide", "scene") and n.get("layer") not in MASTER:
            return IDENTITY
        if kind == "show" and n.get("tag"):
            return Effect(frozenset([n["tag"]]), frozenset())
        if kind == "hide" and n.get("tag"):
            return Effect(frozenset(), frozenset([n["tag"]]))
        if kind == "scene":
            keep = frozenset([n["tag"]]) if n.get("tag") else frozenset()
            return Effect(keep, self.universe - keep)
        if kind == "python" and n.get("init") is None:
            e = IDENTITY
            for op, tag in _python_staging(n.get("source")):
                if op == "scene":
                    e = e.then(Effect(frozenset(), self.universe))
                elif tag is None:  # only a scene has no tag
                    continue
                elif op == "show":
                    e = e.then(Effect(frozenset([tag]), frozenset()))
                else:
                    e = e.then(Effect(frozenset(), frozenset([tag])))
            return e
        return IDENTITY

    def successors(self, n: dict[str, Any]) -> list[str]:
        """Where control goes after `n` within the same call (calls: see `_run`)."""
        return story_mod.successors(n, self.labels, self.nodes)

    def callee(self, n: dict[str, Any]) -> str | None:
        return story_mod.callee(n, self.labels)

    # -- the analysis ---------------------------------------------------------------------

    def _run(self) -> None:
        roots = self._roots()
        for meet, out, union in ((meet_must, self.must, False), (meet_may, self.may, True)):
            table, sites = self._summaries(roots, meet)
            out.update(self._states(roots, table, sites, union))

    def _reach(self, start: str, seen: set[str]) -> None:
        todo = [start]
        seen.add(start)
        while todo:
            n = self.nodes[todo.pop()]
            nexts = self.successors(n)
            c = self.callee(n)
            if c:
                nexts.append(c)
            for s in nexts:
                if s not in seen:
                    seen.add(s)
                    todo.append(s)

    def _roots(self) -> list[str]:
        """`label start`, then every label no earlier root reaches, in file order."""
        seen: set[str] = set()
        roots: list[str] = []
        order = sorted(self.labels.items(), key=lambda kv: (kv[0] != "start",
                                                            self.nodes[kv[1]]["file"],
                                                            self.nodes[kv[1]]["line"]))
        for name, nid in order:
            if nid in seen or name in RESTORED_STATE_LABELS:
                continue
            roots.append(nid)
            self._reach(nid, seen)
        return roots

    def _summaries(self, roots: list[str],
                   meet: Callable[[Effect, Effect], Effect]) -> tuple[Table, Sites]:
        """For each entry (root or call target) and each statement it reaches: the effect
        from the entry to just before that statement, met over every route; and for each
        called entry, its call sites as (calling entry, call statement)."""
        table: Table = {}
        exits: dict[str, Effect] = {}                     # entry -> effect at its returns
        sites: Sites = {}                                 # callee entry -> call sites
        work: deque[tuple[str, str]] = deque()

        def put(entry: str, nid: str, effect: Effect) -> None:
            t = table.setdefault(entry, {})
            old = t.get(nid)
            new = effect if old is None else meet(old, effect)
            if new != old:
                t[nid] = new
                work.append((entry, nid))

        for r in roots:
            put(r, r, IDENTITY)
        while work:
            entry, nid = work.popleft()
            n = self.nodes[nid]
            after = table[entry][nid].then(self.effects[nid])
            if n["kind"] == "return":
                old = exits.get(entry)
                new = after if old is None else meet(old, after)
                if new != old:
                    exits[entry] = new
                    work.extend(sites.get(entry, ()))   # continue after each call of it
                continue
            c = self.callee(n)
            if c is not None:
                if c not in table:
                    put(c, c, IDENTITY)
                sites.setdefault(c, set()).add((entry, nid))
                if c in exits and n.get("next") in self.nodes:
                    put(entry, n["next"], after.then(exits[c]))
                continue
            for s in self.successors(n):
                put(entry, s, after)
        return table, sites

    def _states(self, roots: list[str], table: Table, sites: Sites,
                union: bool) -> dict[str, frozenset[str]]:
        """The tags on screen before each statement, from what each entry starts with:
        nothing for roots, what the callers had for called labels (to a fixpoint)."""
        combine: Callable[[frozenset[str], frozenset[str]], frozenset[str]] = \
            (lambda a, b: a | b) if union else (lambda a, b: a & b)
        start: dict[str, frozenset[str]] = {r: frozenset() for r in roots}
        changed = True
        while changed:
            changed = False
            for callee, calls in sites.items():
                values = [table[entry][call](start[entry]) for entry, call in calls if entry in start]
                if callee in roots:
                    values.append(frozenset())
                if not values:
                    continue
                value = values[0]
                for v in values[1:]:
                    value = combine(value, v)
                if value != start.get(callee):
                    start[callee] = value
                    changed = True
        rv: dict[str, frozenset[str]] = {}
        for entry, effects in table.items():
            if entry not in start:
                continue
            for nid, effect in effects.items():
                s = effect(start[entry])
                rv[nid] = combine(rv[nid], s) if nid in rv else s
        return rv


def _python_staging(source: str | None) -> list[tuple[str, str | None]]:
    """`renpy.show("calla happy")`, `renpy.hide("calla")`, `renpy.scene()` calls with literal
    arguments, in order: [("show", "calla"), ("scene", None), ...]."""
    if not source or "renpy." not in source:
        return []
    tree = parse_or_none(source)
    if tree is None:
        return []
    rv: list[tuple[int, int, str, str | None]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        f = node.func
        if not (isinstance(f.value, ast.Name) and f.value.id == "renpy"):
            continue
        layer = next((k.value for k in node.keywords if k.arg == "layer"), None)
        if layer is not None and not (isinstance(layer, ast.Constant) and layer.value == "master"):
            continue
        if f.attr == "scene":
            rv.append((node.lineno, node.col_offset, "scene", None))
        elif f.attr in ("show", "hide") and node.args:
            arg = node.args[0]
            tag = next((k.value for k in node.keywords if k.arg == "tag"), None)
            if isinstance(tag, ast.Constant) and isinstance(tag.value, str):
                rv.append((node.lineno, node.col_offset, f.attr, tag.value))
            elif isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value.split():
                rv.append((node.lineno, node.col_offset, f.attr, arg.value.split()[0]))
    return [(op, tag) for _, _, op, tag in sorted(rv, key=lambda r: (r[0], r[1]))]

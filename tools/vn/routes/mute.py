"""Choices that change nothing, and code that never runs.

- A *mute* pair of choices: in every configuration where a menu offers both,
  they lead to the same next configuration (statement, store state, call
  stack, ending: values no later statement reads are already dropped, see
  liveness.py), and the statements run on the way differ in nothing the
  player sees (only Python, `pass`, labels, jumps, ifs).
- A choice with *no lasting effect*: the same, except that its own reply
  shows lines the other does not. That is often meant (a flavour choice),
  so it is reported, not warned about.
- *Dead code*: statements of a reachable label that no explored
  configuration runs, and `if`/`elif`/`else` branches never taken, also those
  of folded dialogue ifs (graph.py), whose branch is read off the states
  control arrived in at the stop they lead to (`Exploration.shown`). Those
  states may include some that came another way, so a branch can be missed
  (taken in a state that never crossed the if), never reported falsely. A
  value such an if reads may be dropped before it runs (only live values are
  kept, and dialogue ifs do not keep any alive): its entries are then judged
  one by one, up to the first whose condition reads a dropped value; that
  entry and all after it count as taken.
"""

from __future__ import annotations

from dataclasses import dataclass

from .analysis import Analysis
from .explore import Exploration
from .graph import IF, INIT_ONLY, PASS, StoryGraph
from .stops import Compiled

# Statements that show the player nothing: running one instead of another is invisible.
INVISIBLE = {"python", "pass", "label", "jump", "if", "while"}
WALK_LIMIT = 400           # statements followed from one choice before giving up (not mute)


@dataclass
class SameOutcome:
    menu: int                 # statement index of the menu
    choices: tuple[int, ...]  # choice ids that always lead to the same configuration
    mute: bool                # ...and show nothing different on the way


@dataclass
class DeadCode:
    kind: str                 # "statements" (a run of them) or "branch"
    node: int                 # the first statement
    count: int = 1            # statements in the run
    condition: str | None = None


def same_outcome_choices(a: Analysis) -> list[SameOutcome]:
    """Groups of choices of one menu that lead to the same configuration wherever offered."""
    ex, g = a.ex, a.ex.graph
    # per menu: choice id -> (configuration, the configuration after it) everywhere offered
    seen: dict[int, dict[int, dict[int, int]]] = {}
    for c, ids in ex.menu_choices.items():
        per = seen.setdefault(ex.node_of(c), {})
        for cid, t in zip(ids, ex.out[c], strict=False):
            per.setdefault(cid, {})[c] = t
    found: list[SameOutcome] = []
    for menu, per in seen.items():
        groups: list[list[int]] = []
        for cid in sorted(per):
            for grp in groups:
                if _always_same(per[grp[0]], per[cid]):
                    grp.append(cid)
                    break
            else:
                groups.append([cid])
        for grp in groups:
            if len(grp) < 2:
                continue
            targets = {ex.node_of(t) for t in per[grp[0]].values()}
            walks = [_shown(g, ex.choices[cid].raw_next, targets) for cid in grp]
            shown = [w for w in walks if w is not None]
            common = set.intersection(*shown) if len(shown) == len(walks) else None
            mute = common is not None and all(
                g.nodes[i]["kind"] in INVISIBLE for w in walks if w is not None for i in w - common)
            found.append(SameOutcome(menu, tuple(grp), mute))
    found.sort(key=lambda s: g.order(s.menu))
    return found


def _always_same(x: dict[int, int], y: dict[int, int]) -> bool:
    """Wherever both choices are offered they lead to the same configuration (and both
    are offered somewhere)."""
    both = x.keys() & y.keys()
    return bool(both) and all(x[c] == y[c] for c in both)


def _shown(g: StoryGraph, raw: int, targets: set[int]) -> set[int] | None:
    """Statements a choice's block may run before the next stored configuration
    (None if the walk is too long to tell)."""
    seen: set[int] = set()
    todo = [raw]
    while todo:
        i = todo.pop()
        if i < 0 or i in seen or i in targets or i == g.END:
            continue
        seen.add(i)
        if len(seen) > WALK_LIMIT:
            return None
        kind = g.stop[i]
        if kind == PASS:
            todo.extend(g.pass_successors(i))
        elif kind == IF:
            todo.extend(g.branches(i))
        else:
            todo.append(g.next[i])
    return seen


def dead_code(a: Analysis) -> list[DeadCode]:
    """Runs of statements never run inside labels some route enters (a run that is an
    `if` branch never taken is reported as that branch, with its condition)."""
    ex, g = a.ex, a.ex.graph
    visited = a.visited
    branch_of: dict[int, str | None] = {}    # first statement of a branch never taken -> condition
    for i, kind in enumerate(g.stop):
        if kind == IF and visited[i]:
            for e in g.nodes[i].get("entries") or []:
                b = g.ids.get(e.get("next"), -1)
                if b >= 0 and b not in ex.entered and not visited[b]:
                    branch_of[b] = e.get("condition")
    entered_labels = {name for name, i in g.labels.items() if visited[i]}
    found: list[DeadCode] = []
    run: DeadCode | None = None
    for i in sorted(range(len(g.nodes) - 1), key=g.order):
        n = g.nodes[i]
        if n["kind"] in INIT_ONLY or n["kind"] == "translate" or \
                (n["kind"] == "python" and n.get("init") is not None):
            continue  # init-time statements do not break a run
        label = g.label_of[i]
        if visited[i] or label not in entered_labels or n["kind"] == "label":
            run = None
            continue
        if i in branch_of:
            run = DeadCode("branch", i, 1, branch_of[i])
            found.append(run)
        elif run is not None and g.nodes[run.node]["file"] == n["file"] and g.label_of[run.node] == label:
            run.count += 1
        else:
            run = DeadCode("statements", i)
            found.append(run)
    found += _folded_branches_never_taken(a)
    found.sort(key=lambda d: g.order(d.node))
    # A lone `return` after a jump is a habit (a safety net), not forgotten code.
    return [d for d in found if not (d.kind == "statements" and d.count == 1
                                     and g.nodes[d.node]["kind"] == "return")]


def _folded_branches_never_taken(a: Analysis, plain: bool = False) -> list[DeadCode]:
    """Branches of folded dialogue ifs that no state arriving at their stop takes; each
    with the statements only it runs (those of an inner if's branch are not repeated).
    `plain` evaluates the conditions in every arrival, whole (the check of `_taken`'s
    shortcut, in tests and bench/routes_bench.py)."""
    ex, g = a.ex, a.ex.graph
    found: list[DeadCode] = []
    inside: set[int] = set()          # statements of a branch already reported
    for i in sorted(g.dialogue_ifs, key=g.order):
        stop = g.skip(i)
        arrived = ex.shown.get(stop)
        if not a.visited[i] or i in inside or not arrived:
            continue
        entries = g.nodes[i].get("entries") or []
        branches = [g.ids.get(e.get("next"), -1) for e in entries] + [g.next[i]]
        # Entries from the first whose condition reads a value dropped before the stop
        # cannot be told apart: each of them, and what comes after, may run.
        known = ex.shown_known.get(stop, 0)
        reads = ex.if_reads.get(i) or [0] * len(entries)
        told = next((k for k, r in enumerate(reads) if r & ~known), len(entries))
        if not told:
            continue
        try:
            fns = [ex.prog.condition(e.get("condition")) for e in entries[:told]]
            taken = _taken(ex, fns, branches, told, arrived, reads, plain)
        except Exception:   # unsupported, or the game's Python fails: every branch may run
            continue
        live = {j for b in taken for j in g.chain(b)} | ex.entered
        for e, b in zip(entries, branches, strict=False):
            if b < 0 or b in live:
                continue
            only = [j for j in g.chain(b) if j not in live]
            inside.update(only)
            found.append(DeadCode("branch", b, len(only), e.get("condition")))
    return found


def _taken(ex: Exploration, fns: list[Compiled], branches: list[int], told: int, arrived: set[int],
           reads: list[int], plain: bool = False) -> set[int]:
    """The branches the arrivals take. Each arrival is cut to the variables the
    conditions read, so each distinct combination is decoded and evaluated once, and
    the walk stops once every branch is taken. A read the liveness analysis missed (a
    DEAD value read: AssertionError) falls back to the whole arrival."""
    everything = set(branches)
    default = branches[told]
    codec = ex.codec
    union = 0
    for r in reads[:told]:
        union = -1 if r < 0 or union < 0 else union | r
    mask = codec.all if union < 0 else codec.fields_of(union)
    for cut in ((False,) if plain else (True, False)):
        taken = set(branches[told:])
        seen: set[int] = set()
        try:
            for state in arrived:
                if cut:
                    state &= mask
                    if state in seen:
                        continue
                    seen.add(state)
                st = tuple(codec.decode(state))
                taken.add(next((b for fn, b in zip(fns, branches, strict=False) if fn(st, {})), default))
                if taken == everything and not plain:
                    break
        except AssertionError:
            if cut:
                continue
            raise
        return taken
    raise AssertionError("unreachable")  # pragma: no cover

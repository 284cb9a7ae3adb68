"""What the configuration graph says: examples, dead ends, unreachable code, path counts, effects.

Everything here works on the graph explore.py built, in time linear in its
size. Definitions (also in tools/vn/routes/README.md):

- *example*: the shortest list of choice texts (fewest menu choices) from start
  to the first time control reaches a statement, found by 0-1 BFS;
- *paths*: the number of distinct sequences of menu choices (a choice is a
  menu statement and the position of the item taken) that lead from start to
  an end of the game, i.e. a `return` with an empty call stack, whether or not
  an ending label was passed. It is None (infinite) when a cycle that contains
  a menu lies on such a path;
- *effects* of a choice: for every store variable, the change between the
  state at the menu and the state at the next stop of the route (the next
  menu, the next ending label, or the end of the game), over every reachable
  state in which the choice was taken.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any

from .explore import T_DEAD, T_END, Exploration
from .graph import ENDING, ENGINE_LABELS, LOOP
from .pyeval import DEAD, freeze


@dataclass
class DeadEnd:
    kind: str
    node: int
    config: int
    message: str | None = None


@dataclass
class Analysis:
    ex: Exploration
    dist: list[int] = field(default_factory=list)
    rank: list[int] = field(default_factory=list)
    parent: list[int] = field(default_factory=list)
    parent_choice: list[int] = field(default_factory=list)
    dead_ends: list[DeadEnd] = field(default_factory=list)
    visited: bytearray = field(default_factory=bytearray)
    enabled: dict[int, int] = field(default_factory=dict)        # choice id -> configs enabling it
    best_config: dict[int, int] = field(default_factory=dict)    # choice id -> nearest menu config enabling it
    ending_config: dict[str, int] = field(default_factory=dict)  # ending label -> nearest config there
    paths: int | None = 0
    paths_by_ending: dict[str, int] = field(default_factory=dict)
    paths_without_ending: int = 0
    effects: dict[int, dict[str, list]] = field(default_factory=dict)
    trapped_menus: list[int] = field(default_factory=list)
    seconds: float = 0.0                                          # exploration + analysis
    _rev: list[list[int]] = field(default_factory=list, repr=False)

    # -- queries --------------------------------------------------------------------------

    def example(self, config: int) -> list[int]:
        """Choice ids on the shortest route from start to `config`."""
        ids: list[int] = []
        c = config
        while self.parent[c] >= 0:
            if self.parent_choice[c] >= 0:
                ids.append(self.parent_choice[c])
            c = self.parent[c]
        ids.reverse()
        return ids

    def example_texts(self, config: int) -> list[str]:
        return [self.ex.choices[i].text for i in self.example(config)]


def analyse(ex: Exploration) -> Analysis:
    a = Analysis(ex)
    _shortest(a)
    _visited(a)
    _choices_and_endings(a)
    _dead_ends(a)
    _count_paths(a)
    _effects(a)
    return a


def _shortest(a: Analysis) -> None:
    """0-1 BFS: a menu choice costs 1, every other step 0.

    Choices are pushed in menu order, so among routes with as few choices, the
    one that takes earlier menu items first is found first; `rank` records that
    order and breaks ties everywhere an example is picked."""
    ex = a.ex
    n = len(ex.keys)
    dist = [-1] * n
    parent = [-1] * n
    pchoice = [-1] * n
    rank = [-1] * n
    if n:
        dist[0] = 0
        dq = deque([(0, 0)])
        out, menus = ex.out, ex.menu_choices
        popped = 0
        while dq:
            c, d = dq.popleft()
            if d != dist[c] or rank[c] >= 0:
                continue  # a stale entry
            rank[c] = popped
            popped += 1
            ids = menus.get(c)
            w = 1 if ids is not None else 0
            nd = d + w
            succ = out[c]
            for k, t in enumerate(succ):
                if dist[t] < 0 or nd < dist[t]:
                    dist[t] = nd
                    parent[t] = c
                    pchoice[t] = ids[k] if ids is not None else -1
                    if w:
                        dq.append((t, nd))
                    else:
                        dq.appendleft((t, nd))
    a.dist, a.parent, a.parent_choice, a.rank = dist, parent, pchoice, rank


def _visited(a: Analysis) -> None:
    g = a.ex.graph
    seen = bytearray(len(g.nodes))
    for node, _, _, _ in a.ex.keys:
        seen[node] = 1
        if g.stop[node] == LOOP:  # the rest of an endless pass-through cycle
            for i in g.chain(g.pass_successor(node)):
                seen[i] = 1
    for raw in a.ex.entered:
        for i in g.chain(raw):
            seen[i] = 1
        seen[g.skip(raw)] = 1  # the stop it leads to (run inline, so maybe not stored)
    a.visited = seen


def _choices_and_endings(a: Analysis) -> None:
    ex, g = a.ex, a.ex.graph
    for c, ids in ex.menu_choices.items():
        for cid in ids:
            a.enabled[cid] = a.enabled.get(cid, 0) + 1
            best = a.best_config.get(cid)
            if best is None or (a.dist[c], a.rank[c]) < (a.dist[best], a.rank[best]):
                a.best_config[cid] = c
    for c, (node, _, _, _) in enumerate(ex.keys):
        if g.stop[node] == ENDING:
            name = g.nodes[node]["name"]
            best = a.ending_config.get(name)
            if best is None or (a.dist[c], a.rank[c]) < (a.dist[best], a.rank[best]):
                a.ending_config[name] = c


def _silent_cycles(a: Analysis) -> list[list[int]]:
    """Cycles of configurations with no menu: the game loops forever without a choice."""
    ex = a.ex
    n = len(ex.keys)
    color = bytearray(n)  # 0 new, 1 on the current walk, 2 done
    cycles = []
    for s in range(n):
        if color[s]:
            continue
        walk = []
        c = s
        while True:
            if color[c] == 1:
                cycles.append(walk[walk.index(c):])
                break
            if color[c] == 2 or c in ex.menu_choices or len(ex.out[c]) != 1:
                break
            color[c] = 1
            walk.append(c)
            c = ex.out[c][0]
        for w in walk:
            color[w] = 2
    return cycles


def _reverse(ex: Exploration) -> list[list[int]]:
    rev: list[list[int]] = [[] for _ in ex.keys]
    for c, succ in enumerate(ex.out):
        for t in succ:
            rev[t].append(c)
    return rev


def _backward(rev: list[list[int]], seeds: list[int]) -> bytearray:
    mark = bytearray(len(rev))
    stack = list(seeds)
    for s in seeds:
        mark[s] = 1
    while stack:
        c = stack.pop()
        for p in rev[c]:
            if not mark[p]:
                mark[p] = 1
                stack.append(p)
    return mark


def _dead_ends(a: Analysis) -> None:
    ex, g = a.ex, a.ex.graph
    found: dict[tuple[str, int], DeadEnd] = {}

    def record(kind: str, node: int, config: int, message: str | None = None) -> None:
        key = (kind, node)
        old = found.get(key)
        if old is None or (a.dist[config], a.rank[config]) < (a.dist[old.config], a.rank[old.config]):
            found[key] = DeadEnd(kind, node, config, message)

    for c, (kind, sub, message) in ex.terminal.items():
        node, _, _, ending = ex.keys[c]
        if kind == T_DEAD:
            record(sub or "dead", node, c, message)
        elif ending < 0:
            record("return_without_ending", node, c)

    cycles = _silent_cycles(a)
    for cyc in cycles:
        node = min((ex.keys[c][0] for c in cyc), key=g.order)
        entry = min(cyc, key=lambda c: (a.dist[c], a.rank[c]))
        record("endless_loop", node, entry)

    # Menus from which the game can never end (every way out loops back).
    rev = _reverse(ex)
    seeds = list(ex.terminal) + [c for cyc in cycles for c in cyc]
    can_exit = _backward(rev, seeds)
    trapped: dict[int, int] = {}
    for c in ex.menu_choices:
        if not can_exit[c]:
            node = ex.keys[c][0]
            if node not in trapped or (a.dist[c], a.rank[c]) < (a.dist[trapped[node]], a.rank[trapped[node]]):
                trapped[node] = c
    for node, config in trapped.items():
        record("no_exit", node, config)
    a.trapped_menus = sorted(trapped, key=g.order)
    a.dead_ends = sorted(found.values(), key=lambda d: (g.order(d.node), d.kind))
    a._rev = rev  # reused by the path count


def _count_paths(a: Analysis) -> None:
    """Distinct choice sequences from start to an end of the game, by DP over the graph.

    Only configurations from which the game can end take part. Kahn's algorithm
    orders them; if some are left over, they lie on a cycle that contains a menu
    (a silent cycle can never reach an end), so the count is infinite."""
    ex, g = a.ex, a.ex.graph
    n = len(ex.keys)
    ends = [c for c, (kind, _, _) in ex.terminal.items() if kind == T_END]
    useful = _backward(a._rev, ends)   # configurations from which the game can end
    if not n or not useful[0]:
        a.paths, a.paths_without_ending = 0, 0
        a.paths_by_ending = {name: 0 for name in g.endings}
        return
    out = ex.out
    indeg = [0] * n
    for c in range(n):
        if useful[c]:
            for t in out[c]:
                if useful[t]:
                    indeg[t] += 1
    count = [0] * n
    count[0] = 1
    ready = [c for c in range(n) if useful[c] and indeg[c] == 0]
    done = 0
    while ready:
        c = ready.pop()
        done += 1
        k = count[c]
        for t in out[c]:
            if useful[t]:
                count[t] += k
                indeg[t] -= 1
                if indeg[t] == 0:
                    ready.append(t)
    if done < sum(useful):
        a.paths = None
        a.paths_by_ending = {}
        a.paths_without_ending = None
        return
    by_ending: dict[str, int] = {name: 0 for name in g.endings}
    names = list(g.endings)
    without = 0
    for c in ends:
        ending = ex.keys[c][3]
        if ending >= 0:
            by_ending[names[ending]] += count[c]
        else:
            without += count[c]
    a.paths = sum(by_ending.values()) + without
    a.paths_by_ending = by_ending
    a.paths_without_ending = without


def _differs(x: Any, y: Any) -> bool:
    return x is not y and not (type(x) is type(y) and x == y)


def _effects(a: Analysis) -> None:
    """Per choice: how each store variable changes up to the next menu, ending or end.

    Each edge of the graph knows the state its statements really produced
    (before dead values were dropped), so changes are composed edge by edge
    from the menu to the next stop; a flag set only for dialogue still shows."""
    ex, g = a.ex, a.ex.graph
    keys, out, out_after, states, stop = ex.keys, ex.out, ex.out_after, ex.states, g.stop
    memo: dict[int, tuple] = {}

    def is_stop(c: int) -> bool:
        return c in ex.menu_choices or c in ex.terminal or stop[keys[c][0]] == ENDING or len(out[c]) != 1

    def diff(sb: int, sa: int, into: dict) -> dict:
        """Changes from state sb to state sa, composed in front of `into`."""
        if sb == sa:
            return into
        b, r = states[sb], states[sa]
        tail = dict(into)
        for i in [i for i, (x, y) in enumerate(zip(b, r))
                  if x is not y and (x != y or type(x) is not type(y))]:
            tail[i] = (b[i], into[i][1]) if i in into else (b[i], r[i])
        return tail

    def segment(c: int) -> dict:
        walk = []
        seen = set()
        while not is_stop(c) and c not in memo and c not in seen:
            seen.add(c)
            walk.append(c)
            c = out[c][0]
        tail = dict(memo.get(c, ()))
        for w in reversed(walk):
            tail = diff(keys[w][1], out_after[w][0], tail)
            memo[w] = tuple(tail.items())
        return tail

    moves: dict[int, dict[int, set]] = {}
    edges: dict[int, list[tuple[int, frozenset]]] = {}
    for c, ids in ex.menu_choices.items():
        sb = keys[c][1]
        for t, after, cid in zip(out[c], out_after[c], ids):
            seg = diff(sb, after, segment(t))
            per_var = moves.setdefault(cid, {})
            for i, (x, y) in seg.items():
                per_var.setdefault(i, {})[(freeze(x), freeze(y))] = (type(x), x, type(y), y)
            edges.setdefault(cid, []).append((sb, frozenset(seg)))
    # A variable a choice changes in some states but not in others (a clamp at its
    # limit, a nested `if`) changes by 0 there: count that too.
    for cid, per_var in moves.items():
        for sid, changed in edges[cid]:
            before = states[sid]
            for i in per_var:
                x = before[i]
                if i not in changed and x is not DEAD:
                    per_var[i][(freeze(x), freeze(x))] = (type(x), x, type(x), x)
    names = ex.prog.names
    for cid, per_var in moves.items():
        eff: dict[str, list] = {}
        for i in sorted(per_var):
            seen = list(per_var[i].values())
            real = [(x, y) for tx, x, ty, y in seen if y is not DEAD and _differs(x, y)]
            if not real:
                continue
            ints = [(x, y) for tx, x, ty, y in seen if tx is int and ty is int]
            if len(ints) == len(seen):
                deltas = [y - x for x, y in ints]
                eff[names[i]] = ["delta", min(deltas), max(deltas)]
            else:
                values: list = []
                for _, y in sorted(real, key=lambda m: repr(m[1])):
                    if all(freeze(y) != freeze(v) for v in values):
                        values.append(y)
                eff[names[i]] = ["values", values[:8]]
        a.effects[cid] = eff


def effect_summary(e: list) -> Any:
    """JSON form of one variable's effect."""
    if e[0] == "delta":
        return {"delta": [e[1], e[2]]}
    return {"values": [_jsonable(v) for v in e[1]]}


def effect_text(name: str, e: list) -> str:
    if e[0] == "delta":
        lo, hi = e[1], e[2]
        return f"{name} {lo:+d}" if lo == hi else f"{name} {lo:+d}..{hi:+d}"
    return f"{name} = " + " | ".join(repr(v) for v in e[1])


def _jsonable(v: Any) -> Any:
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    if isinstance(v, (set, frozenset)):
        return sorted((_jsonable(x) for x in v), key=repr)
    if isinstance(v, dict):
        return {str(k): _jsonable(x) for k, x in v.items()}
    return repr(v)


def unreachable_labels(a: Analysis) -> list[int]:
    g = a.ex.graph
    out = []
    for name, i in g.labels.items():
        if a.visited[i] or not g.is_flow_label(i) or name in ENGINE_LABELS:
            continue
        out.append(i)
    return sorted(out, key=g.order)


def unreachable_choices(a: Analysis) -> list[int]:
    return [c.id for c in a.ex.choices if c.id not in a.enabled]

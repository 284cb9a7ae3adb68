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
  state in which the choice was taken (effects.py).

Most games have no loops: then the contexts (stop, call stack, ending) form
an acyclic graph, and so do the configurations, ordered by their context.
Path counts are one pass in that order, and there can be no endless loop or
trapped menu. Only a game with loops takes the general algorithms below.
"""

from __future__ import annotations

from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Any

from .effects import choice_effects
from .explore import T_DEAD, T_END, Exploration
from .forked import Forked
from .graph import ENDING, LOOP


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
    rank: list[int] = field(default_factory=list)                 # position in BFS order
    parent: list[int] = field(default_factory=list)
    order: list[int] = field(default_factory=list)                # configurations in BFS order
    topo: list[int] | None = None                                  # a topological order, if acyclic
    dead_ends: list[DeadEnd] = field(default_factory=list)
    visited: bytearray = field(default_factory=bytearray)
    enabled: dict[int, int] = field(default_factory=dict)        # choice id -> configs enabling it
    # choice id -> nearest menu config enabling it
    best_config: dict[int, int] = field(default_factory=dict)
    ending_config: dict[str, int] = field(default_factory=dict)  # ending label -> nearest config there
    paths: int | None = 0
    paths_by_ending: dict[str, int] = field(default_factory=dict)
    paths_without_ending: int | None = 0
    effects: dict[int, dict[str, list[Any]]] = field(default_factory=dict)
    trapped_menus: list[int] = field(default_factory=list)
    seconds: float = 0.0                                          # exploration + analysis
    _rev: list[list[int]] | None = field(default=None, repr=False)

    # -- queries --------------------------------------------------------------------------

    def choice_into(self, config: int) -> int:
        """The choice id on the edge from `config`'s BFS parent to it (-1: no choice)."""
        p = self.parent[config]
        ids = self.ex.menu_choices.get(p)
        return ids[self.ex.out[p].index(config)] if ids is not None else -1

    def example(self, config: int) -> list[int]:
        """Choice ids on the shortest route from start to `config`."""
        ids: list[int] = []
        c = config
        while self.parent[c] >= 0:
            k = self.choice_into(c)
            if k >= 0:
                ids.append(k)
            c = self.parent[c]
        ids.reverse()
        return ids

    def example_texts(self, config: int) -> list[str]:
        return [self.ex.choices[i].text for i in self.example(config)]

    def reverse(self) -> list[list[int]]:
        """Predecessors of each configuration (built on first use)."""
        if self._rev is None:
            self._rev = _reverse(self.ex)
        return self._rev


# From this many configurations on, per-choice effects are worked out in a forked
# child while the rest of the analysis runs (about half the time each); below it
# the fork costs more than it saves.
FORK_FROM = 50_000


def analyse(ex: Exploration) -> Analysis:
    a = Analysis(ex)
    a.topo = _topological(ex)
    effects = Forked(lambda: choice_effects(ex, acyclic=a.topo is not None), fork=len(ex) >= FORK_FROM)
    try:
        _shortest(a)
        _visited(a)
        _choices_and_endings(a)
        _dead_ends(a)
        _count_paths(a)
        _ = (ex.states, ex.steps)  # counted here, while the child works
    except BaseException:
        effects.cancel()
        raise
    a.effects = effects.result()
    return a


def _shortest(a: Analysis) -> None:
    """0-1 BFS: a menu choice costs 1, every other step 0.

    Choices are pushed in menu order, so among routes with as few choices, the
    one that takes earlier menu items first is found first; `rank` records that
    order and breaks ties everywhere an example is picked. Configurations leave
    the deque in order of distance, so comparing ranks compares (distance, rank)."""
    ex = a.ex
    n = len(ex)
    dist = [-1] * n
    parent = [-1] * n
    rank = [-1] * n
    order: list[int] = []
    if n:
        out, menus = ex.out, ex.menu_choices
        dist[0] = 0
        dq = deque([0])
        pop, push, push_front = dq.popleft, dq.append, dq.appendleft
        while dq:
            c = pop()
            if rank[c] >= 0:
                continue  # a stale entry: it was reached again at a smaller distance
            rank[c] = len(order)
            order.append(c)
            d = dist[c]
            if c in menus:
                d += 1
                for t in out[c]:
                    if dist[t] < 0:  # nothing in the deque is farther than d + 1
                        dist[t] = d
                        parent[t] = c
                        push(t)
            else:
                for t in out[c]:
                    dt = dist[t]
                    if dt < 0 or d < dt:
                        dist[t] = d
                        parent[t] = c
                        push_front(t)
    a.dist, a.parent, a.rank, a.order = dist, parent, rank, order


def _visited(a: Analysis) -> None:
    g, ex = a.ex.graph, a.ex
    seen = bytearray(len(g.nodes))
    for (node, _, _), configs in zip(ex.contexts, ex.context_configs, strict=False):
        if not configs:
            continue  # crossed inline: its node is marked through `entered` below
        seen[node] = 1
        if g.stop[node] == LOOP:  # the rest of an endless pass-through cycle
            for i in g.chain(g.pass_successor(node)):
                seen[i] = 1
    for raw in ex.entered:
        for i in g.chain(raw):
            seen[i] = 1
        seen[g.skip(raw)] = 1  # the stop it leads to (run inline, so maybe not stored)
    a.visited = seen


def _choices_and_endings(a: Analysis) -> None:
    ex, g, rank = a.ex, a.ex.graph, a.rank
    for ids, k in Counter(ex.menu_choices.values()).items():
        for cid in ids:
            a.enabled[cid] = a.enabled.get(cid, 0) + k
    menus, best = ex.menu_choices, a.best_config
    for c in a.order:  # nearest first
        menu_ids = menus.get(c)
        if menu_ids is not None:
            for cid in menu_ids:
                if cid not in best:
                    best[cid] = c
            if len(best) == len(a.enabled):
                break
    names = list(g.endings)
    for (node, _, ending), configs in zip(ex.contexts, ex.context_configs, strict=False):
        implicit = node == g.END and ending >= 0  # play ended at an implicit ending
        if (g.stop[node] == ENDING or implicit) and configs:
            c = min(configs.values(), key=rank.__getitem__)
            name = names[ending] if implicit else g.nodes[node]["name"]
            old = a.ending_config.get(name)
            if old is None or rank[c] < rank[old]:
                a.ending_config[name] = c


def _topological(ex: Exploration) -> list[int] | None:
    """Configurations in an order where every edge goes forward, or None.

    An edge between configurations follows steps between contexts, so if the
    contexts form no cycle, ordering configurations by context is topological.
    (A game with a loop gets None even if no configuration repeats.)"""
    nxt = ex.context_next
    indeg = [0] * len(nxt)
    for succ in nxt:
        for y in succ:
            indeg[y] += 1
    ready = [x for x, k in enumerate(indeg) if k == 0]
    order = []
    while ready:
        x = ready.pop()
        order.append(x)
        for y in nxt[x]:
            indeg[y] -= 1
            if indeg[y] == 0:
                ready.append(y)
    if len(order) < len(nxt):
        return None
    configs = ex.context_configs
    return [c for x in order for c in configs[x].values()]


def _silent_cycles(a: Analysis) -> list[list[int]]:
    """Cycles of configurations with no menu: the game loops forever without a choice."""
    ex = a.ex
    n = len(ex)
    color = bytearray(n)  # 0 new, 1 on the current walk, 2 done
    cycles = []
    for s in range(n):
        if color[s]:
            continue
        walk: list[int] = []
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
    rev: list[list[int]] = [[] for _ in range(len(ex))]
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
    ex, g, rank = a.ex, a.ex.graph, a.rank
    found: dict[tuple[str, int], DeadEnd] = {}

    def record(kind: str, node: int, config: int, message: str | None = None) -> None:
        key = (kind, node)
        old = found.get(key)
        if old is None or rank[config] < rank[old.config]:
            found[key] = DeadEnd(kind, node, config, message)

    for c, (kind, sub, message) in ex.terminal.items():
        node = ex.node_of(c)
        if kind == T_DEAD:
            record(sub or "dead", node, c, message)
        elif ex.ending_of(c) < 0:
            record("return_without_ending", node, c)

    # Without a cycle, every route ends in a terminal configuration: no endless
    # loop, and every menu has a way out.
    if a.topo is None:
        cycles = _silent_cycles(a)
        for cyc in cycles:
            node = min((ex.node_of(c) for c in cyc), key=g.order)
            entry = min(cyc, key=rank.__getitem__)
            record("endless_loop", node, entry)

        # Menus from which the game can never end (every way out loops back).
        seeds = list(ex.terminal) + [c for cyc in cycles for c in cyc]
        can_exit = _backward(a.reverse(), seeds)
        trapped: dict[int, int] = {}
        for c in ex.menu_choices:
            if not can_exit[c]:
                node = ex.node_of(c)
                if node not in trapped or rank[c] < rank[trapped[node]]:
                    trapped[node] = c
        for node, config in trapped.items():
            record("no_exit", node, config)
        a.trapped_menus = sorted(trapped, key=g.order)
    a.dead_ends = sorted(found.values(), key=lambda d: (g.order(d.node), d.kind))


def _count_paths(a: Analysis) -> None:
    """Distinct choice sequences from start to an end of the game, by DP over the graph."""
    ex, g = a.ex, a.ex.graph
    ends = [c for c, (kind, _, _) in ex.terminal.items() if kind == T_END]
    count = _count_acyclic(ex, a.topo) if a.topo is not None else _count_kahn(a, ends)
    if count is None:
        a.paths = None
        a.paths_by_ending = {}
        a.paths_without_ending = None
        return
    by_ending: dict[str, int] = {name: 0 for name in g.endings}
    names = list(g.endings)
    without = 0
    for c in ends:
        ending = ex.ending_of(c)
        if ending >= 0:
            by_ending[names[ending]] += count[c]
        else:
            without += count[c]
    a.paths = sum(by_ending.values()) + without
    a.paths_by_ending = by_ending
    a.paths_without_ending = without


def _count_acyclic(ex: Exploration, topo: list[int]) -> list[int]:
    """Paths from start to each configuration, pushed forward in topological order."""
    out = ex.out
    count = [0] * len(ex)
    if count:
        count[0] = 1
    for c in topo:
        k = count[c]
        if k:
            for t in out[c]:
                count[t] += k
    return count


def _count_kahn(a: Analysis, ends: list[int]) -> list[int] | None:
    """The same with cycles about: Kahn's algorithm over the configurations from which
    the game can end; if some are left over, they lie on a cycle that contains a menu
    (a silent cycle can never reach an end), so the count is infinite (None)."""
    ex = a.ex
    n = len(ex)
    useful = _backward(a.reverse(), ends)   # configurations from which the game can end
    count = [0] * n
    if not n or not useful[0]:
        return count
    out = ex.out
    indeg = [0] * n
    for c in range(n):
        if useful[c]:
            for t in out[c]:
                if useful[t]:
                    indeg[t] += 1
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
    return count if done == sum(useful) else None


def effect_summary(e: list[Any]) -> Any:
    """JSON form of one variable's effect."""
    if e[0] == "delta":
        return {"delta": [e[1], e[2]]}
    return {"values": [_jsonable(v) for v in e[1]]}


def effect_text(name: str, e: list[Any]) -> str:
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
        if a.visited[i] or not g.is_flow_label(i) or name in g.engine_labels:
            continue
        out.append(i)
    return sorted(out, key=g.order)


def unreachable_choices(a: Analysis) -> list[int]:
    return [c.id for c in a.ex.choices if c.id not in a.enabled]

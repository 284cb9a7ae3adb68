"""Which choices matter: exact ending odds under random play, and each menu's influence.

Definitions (also in tools/vn/routes/README.md):

- *random play*: at every menu each enabled choice is equally likely, every
  choice independent of the others;
- the *outcome* of a route: the first ending label it passes, or `no ending`
  (the game ends without one), `dead end` (it gets stuck), `never ends` (it
  loops for ever; only in games with loops);
- *odds*: the probability of each outcome under random play, exactly, as a
  fraction. With `given` choice texts, the odds among the random plays that
  take those choices in that order (not necessarily one right after the
  other): P(outcome | the route takes them);
- *influence* of a menu: the expected total-variation distance between the
  ending distributions after two different choices of it, weighted by the
  chance of reaching it; 0 when its choice never moves the odds, 1 when it is
  always reached and each choice fixes a different ending;
- a menu is *open* at an arrival when two of the choices it offers there lead
  to different odds of the outcome families (`ending_<family>_<variant>`; a
  game without families: of the endings); `open` is the share of its arrivals
  at which it is, so a final menu that only confirms what the game decided
  has `open` near 0.

Without loops the configurations are pushed forward in topological order as
integers over one denominator (L^M: L the lcm of the menu sizes, M the most
menus on one route), which is exact and fast; the outcome distribution after
each configuration is pulled backward in floats. With loops, each strongly
connected set of configurations is solved as an absorbing Markov chain
(exactly, by Gaussian elimination over fractions, when it is small).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from itertools import combinations
from math import lcm
from operator import sub
from typing import Any

from ..errors import VnError
from .analysis import Analysis
from .explore import T_DEAD, T_END, Exploration

Succ = Callable[[int], tuple[int, ...]]     # a vertex of the product graph -> its successors
# (choice ids, ids of the odds after each) -> [mass, one of the configurations] (see _groups)
Groups = dict[tuple[Any, ...], list[Any]]

NO_ENDING, DEAD_END, NEVER_ENDS = "no ending", "dead end", "never ends"
EXACT_UP_TO = 200     # configurations in one loop solved over fractions; larger ones in floats


@dataclass
class MenuOdds:
    """One menu statement: how often it is reached and how much its choice moves the outcome."""
    node: int
    reach: float = 0.0                                              # expected visits per play
    influence: float = 0.0
    open: float = 0.0                                               # share of arrivals it is open
    last: bool = False                 # no menu ever follows it (games without loops only)
    choices: dict[int, list[float]] = field(default_factory=dict)   # choice id -> outcome distribution
    taken: dict[int, float] = field(default_factory=dict)           # choice id -> chance it is taken


@dataclass
class Odds:
    outcomes: list[str]                       # ending names, then the other outcomes
    exact: list[Fraction]                     # P(outcome), index as `outcomes`
    given: list[str] = field(default_factory=list)
    given_chance: Fraction = Fraction(1)      # P(a random play takes the given choices)
    menus: list[MenuOdds] = field(default_factory=list)
    inexact: bool = False                     # a loop was too large to solve over fractions

    @property
    def p(self) -> list[float]:
        return [float(x) for x in self.exact]


def _outcome_of(ex: Exploration, c: int, n_endings: int) -> int:
    kind = ex.terminal[c][0]
    if kind == T_END:
        e = ex.ending_of(c)
        return e if e >= 0 else n_endings
    assert kind == T_DEAD
    return n_endings + 1


def choice_ids(a: Analysis, text: str) -> set[int]:
    """The choices whose text is `text` (bad input if none)."""
    ids = {ch.id for ch in a.ex.choices if ch.text == text}
    if not ids:
        near = sorted({ch.text for ch in a.ex.choices if text.lower() in ch.text.lower()})[:3]
        hint = f" (did you mean {', '.join(repr(t) for t in near)}?)" if near else ""
        raise VnError(f'--given "{text}": no menu offers a choice with this text{hint}')
    return ids


def odds(a: Analysis, given: list[str] | tuple[str, ...] = ()) -> Odds:
    """Exact outcome odds under random play, optionally given choices taken in order."""
    ex, g = a.ex, a.ex.graph
    names = list(g.endings)
    outcomes = names + [NO_ENDING, DEAD_END, NEVER_ENDS]
    n_out = len(outcomes)
    wanted = [choice_ids(a, t) for t in given]
    levels = len(wanted) + 1
    n = len(ex)
    out, menus = ex.out, ex.menu_choices

    def succ(v: int) -> tuple[int, ...]:
        """Successors in the product of configurations and given choices matched so far."""
        c, lv = divmod(v, levels)
        ts = out[c]
        if lv + 1 == levels or c not in menus:
            return tuple(t * levels + lv for t in ts)
        want = wanted[lv]
        return tuple(t * levels + (lv + 1 if cid in want else lv)
                     for t, cid in zip(ts, menus[c], strict=False))

    result = Odds(outcomes, [Fraction(0)] * n_out, list(given))
    if not n:
        return result
    groups: Groups
    masses: list[Any]      # ints over one denominator, or fractions
    back = _backward(a, n_out)
    if a.topo is not None:
        groups, masses, start = _forward_acyclic(a, succ, levels, n_out, back)
    else:
        reach, masses, result.inexact = _forward_cyclic(a, succ, levels, n_out)
        groups = _groups(a, back, reach)
        start = 1
    total = sum(masses)
    if total == 0:
        raise VnError("--given " + " ".join(f'"{t}"' for t in given) +
                      ": no route takes these choices in this order")
    result.exact = [Fraction(x) / total for x in masses]
    result.given_chance = Fraction(total, start) if isinstance(total, int) else total / start
    family = [g.endings.get(name, name) for name in outcomes]
    result.menus = _influence(a, back, groups, total, n_out, family)
    return result


# -- forward: the chance of reaching each configuration ---------------------------------------

def _forward_acyclic(a: Analysis, succ: Succ, levels: int, n_out: int, back: _Backward
                     ) -> tuple[Groups, list[int], int]:
    """Integer masses over one denominator, pushed in topological order: exact, and no
    fraction is made on the way (the mass at the start, `back.scale`, is L^M: see
    `_backward`). Returns the masses of the menu configurations reached with every given
    choice taken, grouped (see `_groups`), those masses summed per outcome, and the mass
    at the start."""
    ex = a.ex
    topo, terminal = a.topo, ex.terminal
    assert topo is not None
    n_end = len(ex.graph.endings)
    exact = [0] * n_out
    final: dict[int, int] = {}
    scale = back.scale
    if levels == 1:  # the usual case: only the kept configurations, chains skipped
        head, dist, out, menus = back.head, back.dist, ex.out, ex.menu_choices
        mass = [0] * len(ex)
        mass[head[0]] = scale
        groups: Groups = {}
        for c in back.kept:
            m = mass[c]
            if not m:
                continue
            ts = out[c]
            k = len(ts)
            if k == 2:
                h0, h1 = head[ts[0]], head[ts[1]]
                share = m // 2
                mass[h0] += share
                mass[h1] += share
                key: tuple[Any, ...] = (menus.get(c), id(dist[h0]), id(dist[h1]))
            elif k == 1:   # a menu with one choice
                h0 = head[ts[0]]
                mass[h0] += m
                key = (menus.get(c), id(dist[h0]))
            elif not k:
                exact[_outcome_of(ex, c, n_end)] += m
                continue
            else:
                hs = [head[t] for t in ts]
                share = m // k
                for h in hs:
                    mass[h] += share
                key = (menus.get(c), *[id(dist[h]) for h in hs])
            if key[0] is None:   # a branching that is not a menu (none today)
                continue
            # A menu's mass is final once it is passed: summed per group (see `_groups`).
            g = groups.get(key)
            if g is None:
                groups[key] = [m, c]
            else:
                g[0] += m
        return groups, exact, scale
    pmass: dict[int, int] = {0: scale}   # product node -> mass (only nodes with some)
    for c in topo:
        for lv in range(levels):
            v = c * levels + lv
            m = pmass.pop(v, 0)
            if not m:
                continue
            if lv + 1 == levels and c in ex.menu_choices:
                final[c] = m
            if c in terminal:
                if lv + 1 == levels:
                    exact[_outcome_of(ex, c, n_end)] += m
                continue
            ts = succ(v)
            share = m // len(ts)
            for t in ts:
                pmass[t] = pmass.get(t, 0) + share
    return _groups(a, back, final), exact, scale


def _forward_cyclic(a: Analysis, succ: Succ, levels: int, n_out: int
                    ) -> tuple[dict[int, Fraction], list[Fraction], bool]:
    """Strongly connected sets of the product graph in topological order; each loop
    solved for the expected visits of its configurations (an absorbing Markov chain)."""
    ex = a.ex
    n_end = len(ex.graph.endings)
    exact = [Fraction(0)] * n_out
    mass: dict[int, Fraction] = {0: Fraction(1)}
    final: dict[int, Fraction] = {}
    inexact = False
    for comp in reversed(_components(0, succ)):
        entering = {v: mass.pop(v) for v in comp if v in mass}
        if not entering:
            continue
        members = set(comp)
        if len(comp) == 1 and comp[0] not in succ(comp[0]):
            visits = entering
        else:
            exits = any(t not in members for v in comp for t in succ(v)) or \
                any(v // levels in ex.terminal for v in comp)
            if not exits:  # a closed loop: every play that enters it goes round for ever
                if any(v % levels + 1 == levels for v in comp):
                    exact[n_out - 1] += sum(m for v, m in entering.items() if v % levels + 1 == levels)
                continue
            visits, approx = _visits(comp, members, succ, entering)
            inexact |= approx
        for v, m in visits.items():
            c, lv = divmod(v, levels)
            if lv + 1 == levels:
                final[c] = final.get(c, 0) + m
            if c in ex.terminal:
                if lv + 1 == levels:
                    exact[_outcome_of(ex, c, n_end)] += m
                continue
            ts = succ(v)
            for t in ts:
                if t not in members:
                    mass[t] = mass.get(t, 0) + m / len(ts)
    return final, exact, inexact


def _visits(comp: list[int], members: set[int], succ: Succ, entering: dict[int, Any]
            ) -> tuple[dict[int, Any], bool]:
    """Expected visits v of each member: v_j = entering_j + sum_i v_i P(i, j)."""
    idx = {v: k for k, v in enumerate(comp)}
    k = len(comp)
    exact = k <= EXACT_UP_TO
    zero, one = (Fraction(0), Fraction(1)) if exact else (0.0, 1.0)
    # row j: v_j - sum_i P(i, j) v_i = entering_j
    rows = [[zero] * k for _ in range(k)]
    for j in range(k):
        rows[j][j] = one
    for i, v in enumerate(comp):
        ts = succ(v)
        for t in ts:
            if t in members:
                rows[idx[t]][i] -= (Fraction(1, len(ts)) if exact else 1.0 / len(ts))
    rhs = [Fraction(entering.get(v, 0)) if exact else float(entering.get(v, 0)) for v in comp]
    sol = _solve(rows, [rhs])[0]
    return {v: sol[i] for i, v in enumerate(comp)}, not exact


def _solve(rows: list[list[Any]], columns: list[list[Any]]) -> list[list[Any]]:
    """Gaussian elimination with partial pivoting: A x = b for each column b (A non-singular)."""
    k = len(rows)
    a = [row[:] + [col[j] for col in columns] for j, row in enumerate(rows)]
    for p in range(k):
        pivot = max(range(p, k), key=lambda r: abs(a[r][p]))
        a[p], a[pivot] = a[pivot], a[p]
        head = a[p][p]
        for r in range(k):
            if r != p and a[r][p]:
                f = a[r][p] / head
                ar, ap = a[r], a[p]
                for j in range(p, len(ar)):
                    ar[j] -= f * ap[j]
    return [[a[j][k + m] / a[j][j] for j in range(k)] for m in range(len(columns))]


def _components(start: int, succ: Succ) -> list[list[int]]:
    """Tarjan's strongly connected components reachable from `start`, sinks first."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[int] = []
    comps: list[list[int]] = []
    work = [(start, iter(succ(start)))]
    index[start] = low[start] = 0
    stack.append(start)
    on_stack.add(start)
    while work:
        v, it = work[-1]
        for t in it:
            if t not in index:
                index[t] = low[t] = len(index)
                stack.append(t)
                on_stack.add(t)
                work.append((t, iter(succ(t))))
                break
            if t in on_stack:
                low[v] = min(low[v], index[t])
        else:
            work.pop()
            if work:
                u = work[-1][0]
                low[u] = min(low[u], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                comps.append(comp)
    return comps


# -- backward: the outcome distribution from each configuration -------------------------------

@dataclass
class _Backward:
    """What `_backward` found (see there)."""
    dist: list[tuple[float, ...]]                  # per kept configuration
    dims: list[int]                                # the outcome of each number in a dist
    head: list[int]                                # configuration -> its kept head
    after: bytearray | None = None                 # None with loops
    kept: list[int] = field(default_factory=list)  # without loops, in topological order
    scale: int = 1

def _backward(a: Analysis, n_out: int) -> _Backward:
    """dist[c][k]: the chance that random play from configuration c ends in outcome
    dims[k]. Without loops only the outcomes some end of the game has are kept (fewer
    numbers per configuration).

    Without loops, chains of configurations with one successor are compressed first:
    `head[c]` is the first configuration at or after c that branches, ends or is a
    menu (most configurations are neither), and only those *kept* configurations get
    a distribution; read it as `dist[head[c]]`. `kept` lists them in topological
    order with their successors' heads, which is all the forward pass walks.

    Configurations whose successors hold the same distributions share one result, so
    equal distributions are often the same object (which `_influence` uses).

    Also the start mass of `_forward_acyclic`, found in the same pass: each branching
    divides a mass by its size, so with L^M at the start (L the lcm of the sizes, M the
    most branchings on one route) every division is exact (1 with loops: unused)."""
    ex = a.ex
    out = ex.out
    n = len(ex)
    n_end = len(ex.graph.endings)
    if a.topo is None:
        units = [tuple(1.0 if i == o else 0.0 for i in range(n_out)) for o in range(n_out)]
        return _Backward(_backward_cyclic(a, n_out, units), list(range(n_out)), list(range(n)))
    dims = sorted({_outcome_of(ex, c, n_end) for c in ex.terminal})
    pos = {o: k for k, o in enumerate(dims)}
    units = [tuple(1.0 if i == k else 0.0 for i in range(len(dims))) for k in range(len(dims))]
    dist: list[tuple[float, ...]] = [()] * n
    menus = ex.menu_choices
    # goes_on[c] (kept c): c is a menu or some menu can come after it; after[c]: some
    # menu can come after it (for MenuOdds.last).
    goes_on = bytearray(n)
    for c in menus:
        goes_on[c] = 1
    after = bytearray(n)
    head = list(range(n))
    kept: list[int] = []
    # Branchings whose successors hold the same distributions share one result: fewer
    # sums here and more equal objects for `_influence`'s memos.
    mixed: dict[tuple[int, ...], tuple[float, ...]] = {}
    height = [0] * n      # the most branchings on a route from kept c to an end
    keep = kept.append
    # Written out for one and two successors (most configurations): building tuples
    # from iterators costs more than the arithmetic here. Nothing lasting is made per
    # configuration (only ints are kept): many lasting tuples would wake the garbage
    # collector again and again.
    for c in reversed(a.topo):
        ts = out[c]
        k = len(ts)
        if k == 1:
            h = head[ts[0]]
            if not goes_on[c]:   # a chain: one step on, nothing kept
                head[c] = h
                continue
            dist[c] = dist[h]   # a menu with one choice
            keep(c)
            after[c] = goes_on[h]
            height[c] = height[h]
            continue
        keep(c)
        if not k:
            dist[c] = units[pos[_outcome_of(ex, c, n_end)]]
            continue
        if k == 2:
            t0, t1 = ts
            h0, h1 = head[t0], head[t1]
            d0, d1 = dist[h0], dist[h1]
            if goes_on[h0] or goes_on[h1]:
                after[c] = goes_on[c] = 1
            height[c] = 1 + max(height[h0], height[h1])
            if d0 is d1:
                dist[c] = d0
                continue
            ds: tuple[tuple[float, ...], ...] = (d0, d1)
            key: tuple[int, ...] = (id(d0), id(d1))
        else:
            hs = [head[t] for t in ts]
            ds = tuple([dist[h] for h in hs])
            key = tuple([id(d) for d in ds])
            if any([goes_on[h] for h in hs]):
                after[c] = goes_on[c] = 1
            height[c] = 1 + max([height[h] for h in hs])
        d = mixed.get(key)
        if d is None:
            first = ds[0]
            if all([d is first for d in ds]):
                d = first
            else:
                w = 1.0 / k
                d = tuple([x * w for x in map(sum, zip(*ds, strict=False))])
            mixed[key] = d
        dist[c] = d
    kept.reverse()
    # Each branching divides by its size: the lcm of the sizes met, to the most on a route.
    sizes = {len(out[c]) for c in kept}
    sizes.discard(0)
    scale = lcm(*sizes) ** height[head[0]] if sizes else 1
    return _Backward(dist, dims, head, after, kept, scale)


def _backward_cyclic(a: Analysis, n_out: int, units: list[Any]) -> list[tuple[float, ...]]:
    ex = a.ex
    out = ex.out
    n_end = len(ex.graph.endings)
    dist: list[tuple[float, ...]] = [units[n_out - 1]] * len(ex)   # closed loops: never ends

    def succ(c: int) -> tuple[int, ...]:
        return out[c]
    for comp in _components(0, succ):   # sinks first: every successor outside is done
        members = set(comp)
        if len(comp) == 1 and comp[0] not in out[comp[0]]:
            c = comp[0]
            ts = out[c]
            if not ts:
                dist[c] = units[_outcome_of(ex, c, n_end)]
            else:
                dist[c] = tuple(sum(col) / len(ts) for col in zip(*(dist[t] for t in ts), strict=False))
            continue
        if not any(t not in members for c in comp for t in out[c]):
            continue
        idx = {c: k for k, c in enumerate(comp)}
        k = len(comp)
        rows = [[0.0] * k for _ in range(k)]
        cols = [[0.0] * k for _ in range(n_out)]
        for i, c in enumerate(comp):
            rows[i][i] = 1.0
            ts = out[c]
            for t in ts:
                if t in members:
                    rows[i][idx[t]] -= 1.0 / len(ts)
                else:
                    for o in range(n_out):
                        cols[o][i] += dist[t][o] / len(ts)
        sol = _solve(rows, cols)
        for i, c in enumerate(comp):
            dist[c] = tuple(sol[o][i] for o in range(n_out))
    return dist


# -- influence ----------------------------------------------------------------------------------

def _groups(a: Analysis, back: _Backward, reach: dict[int, Any]) -> Groups:
    """Menu configurations that offer the same choices leading to the same odds (the same
    objects, see `_backward`) contribute alike: their masses summed (exact), so that
    `_influence` does the per-choice work once per group. Key: (choice ids, the id of
    the odds after each), value: [mass, one of the configurations]."""
    out, menus, head, dist = a.ex.out, a.ex.menu_choices, back.head, back.dist
    groups: Groups = {}
    for c, m in reach.items():
        ids = menus.get(c)
        if ids is None:
            continue
        key = (ids, *[id(dist[head[t]]) for t in out[c]])
        g = groups.get(key)
        if g is None:
            groups[key] = [m, c]
        else:
            g[0] += m
    return groups


def _influence(a: Analysis, back: _Backward, groups: Groups, total: Any, n_out: int,
               family: list[str]) -> list[MenuOdds]:
    """Per menu statement: reach, influence, openness and the outcome distribution after each
    choice.

    `groups` holds masses (ints over one denominator, or fractions; see `_groups`) that
    `total` turns into chances; `family` names each outcome's family; `back.after` marks the
    configurations some menu can still follow (None in games with loops)."""
    ex = a.ex
    dims, after, head = back.dims, back.after, back.head
    dist = back.dist    # read through `head`: only kept configurations have one
    out, menus = ex.out, ex.menu_choices
    by_node: dict[int, MenuOdds] = {}
    dist_of: dict[int, tuple[float, ...]] = {}
    fam_memo: dict[int, tuple[float, ...]] = {}
    fam_names = sorted(set(family[o] for o in dims))
    fam_index = [fam_names.index(family[o]) for o in dims]

    def by_family(d: tuple[float, ...]) -> tuple[float, ...]:
        """`d` summed per outcome family, rounded so that float noise is not a difference."""
        f = fam_memo.get(id(d))
        if f is None:
            acc = [0.0] * len(fam_names)
            for i, x in zip(fam_index, d, strict=False):
                acc[i] += x
            f = fam_memo[id(d)] = tuple(round(x, 9) for x in acc)
        return f
    scale = float(total)
    ctx, node_of = ex.config_context, [x[0] for x in ex.contexts]
    # A pair of choices whose odds differ by more than this in total variation differs by
    # more than the rounding of `by_family` in some outcome: when each outcome is its own
    # family the menu is then open without summing and rounding per family.
    plain = len(set(family[o] for o in dims)) == len(dims)
    sure_open = 2e-9 * len(dims) if plain else 2.0
    choice_menu = {ch.id: ch.menu for ch in ex.choices}
    # choice id -> {id of the odds after it: chance}, in the order first met (the sums
    # below then add in the same order as one flat dict would).
    weights: dict[int, dict[int, float]] = {}
    mo_of: dict[tuple[int, ...], tuple[MenuOdds, list[dict[int, float]]]] = {}
    for (ids, *_), (m, c) in groups.items():
        r = float(m) / scale if isinstance(m, Fraction) else m / total
        entry = mo_of.get(ids)
        if entry is None:
            node = node_of[ctx[c]]
            mo = by_node.get(node)
            if mo is None:
                mo = by_node[node] = MenuOdds(node)
            entry = mo_of[ids] = (mo, [weights.setdefault(cid, {}) for cid in ids])
        mo, ws = entry
        mo.reach += r
        ds_all = [dist[head[t]] for t in out[c]]
        k = len(ds_all)
        share = r / k
        for per_odds, d in zip(ws, ds_all, strict=False):
            did = id(d)
            if did in per_odds:
                per_odds[did] += share
            else:
                per_odds[did] = share
                dist_of[did] = d
        if k > 1:
            pairs = 0.0
            wide = False
            for ds, dt in combinations(ds_all, 2):
                if ds is not dt:
                    d = 0.5 * sum(map(abs, map(sub, ds, dt)))
                    if d > sure_open:
                        wide = True
                    pairs += d
            mo.influence += r * pairs / (k * (k - 1) / 2)
            if wide or (pairs and len({by_family(d) for d in ds_all}) > 1):
                mo.open += r
    for cid, per_odds in weights.items():
        mo = by_node[choice_menu[cid]]
        acc = mo.choices[cid] = [0.0] * n_out
        taken = 0.0
        for did, w in per_odds.items():
            taken += w
            for o, x in zip(dims, dist_of[did], strict=False):
                if x:
                    acc[o] += w * x
        mo.taken[cid] = taken
    if after is not None:
        # A menu is last when no configuration after any of its own reaches another menu.
        followed = {node_of[ctx[c]] for c in menus if after[c]}
        for node, mo in by_node.items():
            mo.last = node not in followed
    for mo in by_node.values():
        mo.open = mo.open / mo.reach if mo.reach else 0.0
        for cid, acc in mo.choices.items():
            w = mo.taken[cid]
            if w:
                mo.choices[cid] = [x / w for x in acc]
    return sorted(by_node.values(), key=lambda m: ex.graph.order(m.node))

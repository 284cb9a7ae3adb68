"""Per choice: how each store variable changes up to the next menu, ending or end.

Each edge of the configuration graph knows the state its statements really
produced (before dead values were dropped), so changes are composed edge by
edge from the menu to the next stop; a flag set only for dialogue still shows.

A *change* is kept as three ints: `(vars, before, after)`, a bit mask of the
variables that changed and two states (codec.py) holding, for those
variables only, the value before the first change and after the last one.
Composing changes is then a handful of integer operations.
"""

from __future__ import annotations

from typing import Any

from .explore import Exploration
from .graph import ENDING
from .pyeval import DEAD, freeze

NO_CHANGE = (0, 0, 0)


def _differs(x: Any, y: Any) -> bool:
    return x is not y and not (type(x) is type(y) and x == y)


def choice_effects(ex: Exploration, acyclic: bool = False) -> dict[int, dict[str, list[Any]]]:
    """{choice id: {variable: ["delta", lo, hi] | ["values", [...]]}} for every choice taken.

    `acyclic`: the graph has no cycle (analysis.py knows), so walks need no guard."""
    codec = ex.codec
    out, after, state_of = ex.out, ex.out_after, ex.config_state
    menus = ex.menu_choices

    # b ^ r -> (variables that differ, their bit fields); variables that held containers
    # are compared value by value (codec.changed), so they never come from here.
    by_xor: dict[int, tuple[int, int]] = {}
    container_fields = codec.fields_of(codec.containers)

    def compose(b: int, r: int, tail: tuple[int, int, int]) -> tuple[int, int, int]:
        """The change from state b to state r, followed by `tail`."""
        d_fd = by_xor.get(b ^ r)
        if d_fd is None:
            d = codec.changed(b, r)
            d_fd = (d, codec.fields_of(d))
            if not (b ^ r) & container_fields:
                by_xor[b ^ r] = d_fd
        d, fd = d_fd
        if not d:
            return tail
        t_vars, t_before, t_after = tail
        if not t_vars:
            return (d, b & fd, r & fd)
        return (d | t_vars, (b & fd) | (t_before & ~fd), t_after | (r & codec.fields_of(d & ~t_vars)))

    # configuration -> change from it to the next stop of its route. A stop (a menu, an
    # ending label, the end of the game, or a dead end) starts with no change; any other
    # configuration has exactly one successor.
    memo: dict[int, tuple[int, int, int]] = dict.fromkeys(menus, NO_CHANGE)
    memo.update(dict.fromkeys(ex.terminal, NO_CHANGE))
    for (node, _, _), configs in zip(ex.contexts, ex.context_configs, strict=False):
        if ex.graph.stop[node] == ENDING:
            memo.update(dict.fromkeys(configs.values(), NO_CHANGE))

    def segment(c: int) -> tuple[int, int, int]:
        """The change from configuration c to the next stop of its route."""
        walk = []
        on_walk: set[int] = set()
        while c not in memo:
            if not acyclic:
                if c in on_walk:  # a silent cycle: nothing after it
                    break
                on_walk.add(c)
            walk.append(c)
            c = out[c][0]
        tail = memo.get(c, NO_CHANGE)
        for w in reversed(walk):
            b, r = state_of[w], after[w][0]
            if b != r:
                tail = compose(b, r, tail)
            memo[w] = tail
        return tail

    # Each choice's distinct changes, with the menu states it made each in.
    found: list[dict[tuple[int, int, int], list[int]]] = [{} for _ in ex.choices]
    memo_get = memo.get
    for c, ids in menus.items():
        sb = state_of[c]
        for t, sa, cid in zip(out[c], after[c], ids, strict=False):
            ch = memo_get(t)
            if ch is None:
                ch = segment(t)
            if sb != sa:
                ch = compose(sb, sa, ch)
            by_change = found[cid]
            states = by_change.get(ch)
            if states is None:
                by_change[ch] = [sb]
            else:
                states.append(sb)

    effects: dict[int, dict[str, list[Any]]] = {}
    names, values, fields, offsets = ex.prog.names, codec.values, codec.fields, codec.offsets
    for cid, by_change in enumerate(found):
        if not by_change:
            continue  # never taken
        some = 0
        for vars_, _, _ in by_change:
            some |= vars_
        pairs: dict[int, set[tuple[int, int]]] = {}
        for i in range(codec.n):
            if some >> i & 1:
                f, o = fields[i], offsets[i]
                pairs[i] = {((b & f) >> o, (r & f) >> o) for vars_, b, r in by_change if vars_ >> i & 1}
        # A variable a choice changes in some states but not in others (a clamp at its
        # limit, a nested `if`) changes by 0 there: count that too.
        for (vars_, _, _), states in by_change.items():
            if vars_ == some:
                continue
            for i in pairs:
                if not vars_ >> i & 1:
                    f, o = fields[i], offsets[i]
                    pairs[i].update((x, x) for x in {(s & f) >> o for s in states} if x)
        effects[cid] = _summary(pairs, names, values)
    return effects


def _summary(pairs: dict[int, set[tuple[int, int]]], names: list[str],
             values: list[list[Any]]) -> dict[str, list[Any]]:
    eff: dict[str, list[Any]] = {}
    for i in sorted(pairs):
        seen = [(values[i][x], values[i][y]) for x, y in pairs[i]]
        real = [(x, y) for x, y in seen if y is not DEAD and _differs(x, y)]
        if not real:
            continue
        if all(type(x) is int and type(y) is int for x, y in seen):
            deltas = [y - x for x, y in seen]
            eff[names[i]] = ["delta", min(deltas), max(deltas)]
        else:
            kept: list[Any] = []
            for _, y in sorted(real, key=lambda m: repr(m[1])):
                if all(freeze(y) != freeze(v) for v in kept):
                    kept.append(y)
            eff[names[i]] = ["values", kept[:8]]
    return eff

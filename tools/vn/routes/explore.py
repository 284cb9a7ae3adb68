"""State-space exploration: every (statement, store state, call stack, ending) once.

A *configuration* is where the game can be: a stop statement (see graph.py),
the store (one value per variable, interned as a state id), the call stack
(return points) and the first ending label passed so far (or none). Between
menus the game is deterministic, so each configuration has exactly one
successor, except at a menu, which has one per enabled choice.

Configurations are memoised at *memo points*: menus, ending labels, the start,
return points, and every stop with two or more ways in (a join). Any other
stop has exactly one way in, so its configurations are determined by its
predecessor's and are run inline without being stored: nothing is explored
twice, and the graph holds only the configurations where routes can meet or
split. Before memoising, values no route reads again are replaced by DEAD
(liveness.py), so routes that differ only in forgotten details meet too.

The explorer builds this graph once and never enumerates paths; analysis.py
reads examples, dead ends and exact path counts off it.
"""

from __future__ import annotations

import ast
import time
from operator import itemgetter
from dataclasses import dataclass, field
from typing import Any

from ..errors import VnError
from .graph import (CALL, ENDING, FALLOFF, IF, LOOP, MENU, PY, RET, UNSUP, WHILE, StoryGraph)
from .liveness import Liveness
from .pyeval import DEAD, RUNTIME_ERRORS, Program, PyError, Unsupported, freeze_state, parse

DEFAULT_MAX_CONFIGS = 3_000_000
MAX_STACK = 500

# terminal kinds
T_END = "end"          # a return with an empty call stack (or control runs off the script)
T_DEAD = "dead"        # stuck: all choices disabled, endless loop, or the game's Python fails

# what one step of execution gives
_NEXT, _MENU, _END, _DEAD = range(4)


@dataclass
class Choice:
    """One menu item, identified by its menu statement and position."""
    id: int
    menu: int            # statement index of the menu
    item: int            # position among the menu's items
    text: str
    condition: str | None
    raw_next: int        # first statement of its block


@dataclass
class Exploration:
    graph: StoryGraph
    prog: Program
    keys: list[tuple[int, int, tuple, int]] = field(default_factory=list)
    out: list[list[int]] = field(default_factory=list)
    # per edge, the state (id) at its end before dead values were dropped: what the
    # statements along the edge really produced (used for per-choice effects)
    out_after: list[list[int]] = field(default_factory=list)
    menu_choices: dict[int, list[int]] = field(default_factory=dict)  # config -> choice id per edge
    terminal: dict[int, tuple[str, str | None, str | None]] = field(default_factory=dict)
    states: list[tuple] = field(default_factory=list)
    entered: set[int] = field(default_factory=set)       # raw statements control entered
    choices: list[Choice] = field(default_factory=list)
    choice_index: dict[tuple[int, int], int] = field(default_factory=dict)
    memo_points: int = 0
    steps: int = 0                                       # statements executed in all
    seconds: float = 0.0

    def state_dict(self, sid: int) -> dict[str, Any]:
        return dict(zip(self.prog.names, self.states[sid]))


def _choices_of(graph: StoryGraph) -> tuple[list[Choice], dict[tuple[int, int], int]]:
    choices: list[Choice] = []
    index: dict[tuple[int, int], int] = {}
    for i, n in enumerate(graph.nodes):
        if n["kind"] != "menu":
            continue
        for k, item in enumerate(n.get("items") or []):
            nxt = item.get("next")
            raw = graph.ids.get(nxt, -1) if nxt is not None else -1
            c = Choice(len(choices), i, k, item.get("text") or "", item.get("condition"), raw)
            index[(i, k)] = c.id
            choices.append(c)
    return choices, index


def memo_points(graph: StoryGraph) -> bytearray:
    """Stops where configurations are stored: menus, endings, start, return points, joins."""
    memo = bytearray(len(graph.nodes))
    ways_in = [0] * len(graph.nodes)
    stops = [i for i, k in enumerate(graph.stop) if k != 0]
    for i in stops:
        for s in graph.stop_successors(i):
            ways_in[s] += 1
        if graph.stop[i] == CALL:
            memo[graph.skip(graph.next[i])] = 1          # where returns come back
    memo[graph.skip(graph.labels["start"])] = 1
    for i, k in enumerate(graph.stop):
        if k in (MENU, ENDING) or ways_in[i] >= 2:
            memo[i] = 1
    return memo


def explore(graph: StoryGraph, prog: Program, initial: tuple,
            max_configs: int = DEFAULT_MAX_CONFIGS, liveness: bool = True) -> Exploration:
    """Build the configuration graph reachable from `label start`.

    With `liveness`, values no route reads again are replaced by DEAD before
    memoising (see liveness.py); without it every difference counts (slower,
    used to cross-check)."""
    t0 = time.perf_counter()
    ex = Exploration(graph, prog)
    ex.choices, ex.choice_index = _choices_of(graph)
    nodes, stop, nxt, target, skip = graph.nodes, graph.stop, graph.next, graph.target, graph.skip
    keys, out, out_after, states, entered, terminal = (ex.keys, ex.out, ex.out_after, ex.states,
                                                       ex.entered, ex.terminal)
    menu_choices = ex.menu_choices
    live = Liveness(graph, prog) if liveness else None
    memo = memo_points(graph)
    ex.memo_points = sum(memo)
    n_vars = len(prog.names)
    all_mask = (1 << n_vars) - 1
    masked: dict[tuple[int, int], int] = {}
    pickers: dict[int, Any] = {}   # mask -> C-level picker of live values (DEAD elsewhere)

    def picker(m: int):
        p = pickers.get(m)
        if p is None:
            idx = [i if m >> i & 1 else n_vars for i in range(n_vars)]
            get = itemgetter(*idx) if n_vars > 1 else (lambda t, i=idx[0]: (t[i],))
            p = pickers[m] = lambda state: get(state + (DEAD,))
        return p
    index: dict[tuple, int] = {}
    state_ids: dict[tuple, int] = {}
    work: list[int] = []

    # States are memoised by the raw tuple while that is exact: no variable has held
    # both a bool and an int (True == 1), or a container. Otherwise every key is a
    # type-exact freeze() of the state (slower, rare).
    exact = False
    seen_types: set[tuple] = set()
    var_types: list[set] = [set() for _ in prog.names]

    def intern_state(state: tuple) -> int:
        nonlocal exact
        if not exact:
            types = tuple(map(type, state))
            if types not in seen_types:
                seen_types.add(types)
                for i, t in enumerate(types):
                    var_types[i].add(t)
                if any(_ambiguous(ts) for ts in var_types):
                    exact = True
                    state_ids.clear()
                    for k, old in enumerate(states):
                        state_ids[freeze_state(old)] = k
        key = freeze_state(state) if exact else state
        sid = state_ids.get(key)
        if sid is None:
            sid = state_ids[key] = len(states)
            states.append(state)
        return sid

    def add(key: tuple) -> int:
        if live is not None:
            node, sid, stack, ending = key
            m = live.mask(node, stack)
            if m != all_mask:
                msid = masked.get((sid, m))
                if msid is None:
                    msid = masked[(sid, m)] = intern_state(picker(m)(states[sid]))
                key = (node, msid, stack, ending)
        c = index.get(key)
        if c is None:
            c = index[key] = len(keys)
            if c >= max_configs:
                raise VnError(f"{graph.where(key[0])}: the state space exceeds {max_configs:,} "
                              f"configurations; raise --max-states or bound the counters")
            keys.append(key)
            out.append([])
            out_after.append([])
            work.append(c)
        return c

    def unsupported(node: int, e: Exception) -> VnError:
        return VnError(f"{graph.where(node)}: unsupported Python: {e}")

    # Compiled per statement, lazily, so code control never reaches is never judged.
    py_fns: dict[int, Any] = {}
    cond_fns: dict[int, list] = {}
    menu_items: dict[int, list] = {}
    menu_sets: dict[int, Any] = {}
    py_memo: dict[tuple[int, int], int] = {}

    def python_fn(node: int):
        fn = py_fns.get(node)
        if fn is None:
            n = nodes[node]
            try:
                fn = prog.statements(n.get("source") or "", hide=bool(n.get("hide")))
            except Unsupported as e:
                raise unsupported(node, e) from None
            py_fns[node] = fn
        return fn

    def conditions(node: int) -> list:
        fns = cond_fns.get(node)
        if fns is None:
            n = nodes[node]
            try:
                if n["kind"] == "if":
                    fns = [(prog.condition(e.get("condition")), graph.ids.get(e.get("next"), -1))
                           for e in n.get("entries") or []]
                else:  # while
                    fns = [(prog.condition(n.get("condition")), graph.ids.get(n.get("body"), -1))]
            except Unsupported as e:
                raise unsupported(node, e) from None
            cond_fns[node] = fns
        return fns

    def items_of(node: int) -> list:
        items = menu_items.get(node)
        if items is None:
            items = []
            try:
                for k, item in enumerate(nodes[node].get("items") or []):
                    cid = ex.choice_index[(node, k)]
                    items.append((prog.condition(item.get("condition")), ex.choices[cid].raw_next,
                                  cid, item.get("text") or ""))
                set_src = nodes[node].get("set")
                if set_src:
                    menu_sets[node] = (prog.condition(set_src), _set_target(prog, set_src))
            except Unsupported as e:
                raise unsupported(node, e) from None
            menu_items[node] = items
        return items

    def go(raw: int) -> int:
        entered.add(raw)
        return skip(raw)

    def step(node: int, sid: int, stack: tuple, ending: int) -> tuple:
        """Run the stop `node` once: (_NEXT, node, sid, stack, ending), (_MENU, keys, ids),
        (_END,) or (_DEAD, kind, message)."""
        kind = stop[node]
        try:
            if kind == PY:
                done = py_memo.get((node, sid))
                if done is None:
                    st = list(states[sid])
                    python_fn(node)(st, {})
                    after = go(nxt[node])
                    # Run the straight Python statements that follow in the same step, so
                    # `$ adjust(...)` lines in a row make one state, not one each.
                    while stop[after] == PY and not memo[after]:
                        trial = list(st)
                        try:
                            python_fn(after)(trial, {})
                        except (PyError, Unsupported) + RUNTIME_ERRORS:
                            break  # stop before it: the next step reports it at its own line
                        st = trial
                        ex.steps += 1
                        after = go(nxt[after])
                    done = py_memo[(node, sid)] = (after, intern_state(tuple(st)))
                return (_NEXT, done[0], done[1], stack, ending)
            if kind == IF or kind == WHILE:
                state = states[sid]
                raw = nxt[node]
                for fn, branch in conditions(node):
                    if fn(state, {}):
                        raw = branch
                        break
                return (_NEXT, go(raw), sid, stack, ending)
            if kind == MENU:
                state = states[sid]
                items = items_of(node)
                chosen = menu_sets[node][0](state, {}) if node in menu_sets else None
                enabled = [(raw, cid, text) for fn, raw, cid, text in items
                           if (chosen is None or text not in chosen) and fn(state, {})]
                if not enabled:
                    return (_DEAD, "all_choices_disabled", None)
                succ, ids = [], []
                for raw, cid, text in enabled:
                    nsid = sid
                    if chosen is not None:
                        nsid = intern_state(_add_to_set(prog, menu_sets[node][1], state, chosen, text))
                    succ.append((go(raw), nsid, stack, ending))
                    ids.append(cid)
                return (_MENU, succ, ids)
        except PyError as e:
            return (_DEAD, "python_error", str(e))
        except RUNTIME_ERRORS as e:
            return (_DEAD, "python_error", f"{type(e).__name__}: {e}")
        except Unsupported as e:
            raise unsupported(node, e) from None
        if kind == CALL:
            if len(stack) >= MAX_STACK:
                raise VnError(f"{graph.where(node)}: the call stack is deeper than {MAX_STACK} "
                              f"(a label that calls itself without end?)")
            return (_NEXT, go(target[node]), sid, stack + (nxt[node],), ending)
        if kind == RET:
            if stack:
                return (_NEXT, go(stack[-1]), sid, stack[:-1], ending)
            return (_END,)
        if kind == ENDING:
            e = graph.ending_of_node[node]
            return (_NEXT, go(nxt[node]), sid, stack, ending if ending >= 0 else e)
        if kind == FALLOFF:
            return (_END,)
        if kind == LOOP:
            return (_DEAD, "endless_loop", None)
        if kind == UNSUP:
            raise VnError(f"{graph.where(node)}: unsupported: {graph.why.get(node, nodes[node]['kind'])}")
        raise AssertionError(f"unexpected stop kind {kind} at {graph.where(node)}")  # pragma: no cover

    def advance(node: int, sid: int, stack: tuple, ending: int) -> tuple[int, int]:
        """Run inline to the next memo point (or to where something stops the run); return
        its configuration and the state that arrived there, before dead values are dropped."""
        while not memo[node]:
            r = step(node, sid, stack, ending)
            if r[0] != _NEXT:
                break  # an end or a dead end: store it where it happens
            ex.steps += 1
            _, node, sid, stack, ending = r
        return add((node, sid, stack, ending)), sid

    entered.add(graph.labels["start"])
    add((skip(graph.labels["start"]), intern_state(tuple(prog.initial)), (), -1))

    while work:
        c = work.pop()
        node, sid, stack, ending = keys[c]
        ex.steps += 1
        r = step(node, sid, stack, ending)
        tag = r[0]
        if tag == _NEXT:
            t, after = advance(r[1], r[2], r[3], r[4])
            out[c].append(t)
            out_after[c].append(after)
        elif tag == _MENU:
            succ, after_list = out[c], out_after[c]
            for key in r[1]:
                t, after = advance(*key)
                succ.append(t)
                after_list.append(after)
            menu_choices[c] = r[2]
        elif tag == _END:
            terminal[c] = (T_END, None, None)
        else:
            terminal[c] = (T_DEAD, r[1], r[2])
    _check_dialogue_conditions(ex)
    ex.seconds = time.perf_counter() - t0
    return ex


def _check_dialogue_conditions(ex: Exploration) -> None:
    """Conditions of folded dialogue ifs are not evaluated, but must still be in the subset."""
    g = ex.graph
    if not g.dialogue_ifs:
        return
    seen: set[int] = set()
    for raw in ex.entered:
        for i in g.chain(raw):
            if i in g.dialogue_ifs and i not in seen:
                seen.add(i)
                for e in g.nodes[i].get("entries") or []:
                    try:
                        ex.prog.condition(e.get("condition"))
                    except Unsupported as err:
                        raise VnError(f"{g.where(i)}: unsupported Python: {err}") from None


_NUMBERS = {bool, int, float}
_CONTAINERS = {tuple, list, set, frozenset, dict}


def _ambiguous(types: set) -> bool:
    """Values of these types might compare equal across types (True == 1, (1,) == (True,))."""
    return len(types & _NUMBERS) > 1 or bool(types & _CONTAINERS)


def _set_target(prog: Program, source: str) -> str:
    """The store variable a `menu set` expression names (only a plain name is supported)."""
    tree = parse(source, "eval").body
    if isinstance(tree, ast.Name) and tree.id in prog.index:
        return tree.id
    if isinstance(tree, ast.Attribute) and isinstance(tree.value, ast.Name) and tree.value.id == "store" \
            and tree.attr in prog.index:
        return tree.attr
    raise Unsupported(f"menu set `{source}` (only a store variable is supported)")


def _add_to_set(prog: Program, var: str, state: tuple, chosen: Any, text: str) -> tuple:
    """The state after a `menu set` records `text` as chosen (a new set or list)."""
    st = list(state)
    if isinstance(chosen, list):
        st[prog.index[var]] = chosen + [text]
    else:
        st[prog.index[var]] = set(chosen) | {text}
    return tuple(st)

"""State-space exploration: every (statement, store state, call stack, ending) once.

A *configuration* is where the game can be: a stop statement (see graph.py),
the store (one value per variable), the call stack (return points) and the
first ending label passed so far (or none). Between menus the game is
deterministic, so each configuration has exactly one successor, except at a
menu, which has one per enabled choice.

Configurations are memoised at *memo points*: menus, ending labels, the start,
return points, and every stop with two or more ways in (a join). Any other
stop has exactly one way in, so its configurations are determined by its
predecessor's and are run inline without being stored: nothing is explored
twice, and the graph holds only the configurations where routes can meet or
split. Before memoising, values no route reads again are replaced by DEAD
(liveness.py), so routes that differ only in forgotten details meet too.

How it is kept fast (the real game has ~320,000 configurations):

- a configuration is a *context* (stop, call stack, ending: a few dozen in a
  game) and a store state; contexts are numbered once, with their live-variable
  mask and their successors, and a state is an int (codec.py), so dropping
  dead values is one `&` and the configurations of a context are a dict from
  state to id;
- stops are evaluated once per combination of the values they read (stops.py)
  rather than once per state.

The explorer builds this graph once and never enumerates paths; analysis.py
reads examples, dead ends and exact path counts off it.
"""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass, field
from typing import Any, cast

from ..errors import VnError
from . import unknown
from .codec import WIDENED, StateCodec, Unbounded, Widen
from .graph import CALL, ENDING, FALLOFF, IF, LOOP, MENU, PY, RET, UNSUP, WHILE, StoryGraph
from .liveness import Liveness
from .pyeval import Program, Unknown, Unsupported
from .stops import Entry, Reopen, Stops

Stack = tuple[int, ...]        # return points of the calls in progress

DEFAULT_MAX_CONFIGS = 3_000_000
MAX_STACK = 500
# A variable with more values than this has no bound in sight: widened (codec.py).
MAX_COUNTER_VALUES = 64

# terminal kinds
T_END = "end"          # a return with an empty call stack (or control runs off the script)
T_DEAD = "dead"        # stuck: all choices disabled, endless loop, or the game's Python fails



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
    codec: StateCodec
    contexts: list[tuple[int, Stack, int]] = field(default_factory=list)  # (stop, call stack, ending)
    context_next: list[set[int]] = field(default_factory=list)   # contexts one step away
    context_configs: list[dict[int, int]] = field(default_factory=list)  # state -> config stored there
    config_context: list[int] = field(default_factory=list)
    config_state: list[int] = field(default_factory=list)       # the state with dead values dropped
    out: list[tuple[int, ...]] = field(default_factory=list)
    # per edge, the state at its end before dead values were dropped: what the
    # statements along the edge really produced (used for per-choice effects)
    out_after: list[tuple[int, ...]] = field(default_factory=list)
    menu_choices: dict[int, tuple[int, ...]] = field(default_factory=dict)  # config -> choice id per edge
    terminal: dict[int, tuple[str, str | None, str | None]] = field(default_factory=dict)
    # States met but not stored: made by Python before a later step, or before dead values
    # were dropped; menu-set states (see `states`)
    made: list[int] = field(default_factory=list)
    entered: set[int] = field(default_factory=set)       # raw statements control entered
    choices: list[Choice] = field(default_factory=list)
    choice_index: dict[tuple[int, int], int] = field(default_factory=dict)
    memo_points: int = 0
    steps_taken: int = 0             # configurations expanded and stops run inline (see `steps`)
    # per chained Python stop: its memo, its key, the states it ran in (see `steps`)
    chains: list[tuple[dict[int, Entry], int, list[int]]] = field(default_factory=list)
    # per stop that folded dialogue ifs lead to: the states control arrived there in,
    # cut to what those ifs read and is still live there (liveness.py), so the branch
    # each ran is known (mute.dead_code) ...
    shown: dict[int, set[int]] = field(default_factory=dict)
    # ... where its condition reads only variables in shown_known[stop] (live there in
    # every arrival); if_reads[if]: what each entry's condition reads (-1: all known)
    shown_known: dict[int, int] = field(default_factory=dict)
    if_reads: dict[int, list[int]] = field(default_factory=dict)
    seconds: float = 0.0
    widened: list[str] = field(default_factory=list)   # counters widened to unbounded
    _states: set[int] | None = field(default=None, repr=False)
    _steps: int | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.config_context)

    @property
    def states(self) -> set[int]:
        """The distinct store states met (stored, or made on the way), built on first use."""
        if self._states is None:
            self._states = set(self.config_state)
            self._states.update(self.made)
        return self._states

    @property
    def steps(self) -> int:
        """Statements executed in all: the steps taken, plus the Python stops run with
        the one before them, counted once per (stop, state) as if memoised that way."""
        if self._steps is None:
            self._steps = self.steps_taken
            for memo, key, ran in self.chains:
                distinct = set(ran)
                chained = {e[3] for e in memo.values() if len(e) == 4}  # successful entries
                if len(chained) == 1:  # the usual case: the whole chain always runs
                    self._steps += chained.pop() * len(distinct)
                else:
                    self._steps += sum(memo[s & key][3] for s in distinct)
        return self._steps

    def node_of(self, config: int) -> int:
        return self.contexts[self.config_context[config]][0]

    def ending_of(self, config: int) -> int:
        return self.contexts[self.config_context[config]][2]

    @property
    def keys(self) -> list[tuple[int, int, Stack, int]]:
        """(node, state, call stack, ending) per configuration (built on demand)."""
        ctx = self.contexts
        return [(ctx[x][0], s, ctx[x][1], ctx[x][2])
                for x, s in zip(self.config_context, self.config_state, strict=False)]

    def state_dict(self, state: int) -> dict[str, Any]:
        return dict(zip(self.prog.names, self.codec.decode(state), strict=False))


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


def _widest(codec: StateCodec, names: list[str], top: int = 4) -> str:
    """The variables with the most distinct values so far, as `name (N)`: where a state
    space grows without bound (a day counter, a stat no clamp stops)."""
    counts = sorted(((len(codec.values[v]) - 1, names[v]) for v in range(codec.n)), reverse=True)
    return ", ".join(f"{name} ({count:,})" for count, name in counts[:top] if count > 1) or "none"


def _most_varied(x: _Context, codec: StateCodec, sample: int = 20_000) -> int | None:
    """The variable with the most distinct values among context x's configurations that
    widening can still merge (codec.py), or None."""
    values: dict[int, set[int]] = {}
    for k, s in enumerate(x.configs):
        if k >= sample:
            break
        for v in range(codec.n):
            values.setdefault(v, set()).add((s & codec.fields[v]) >> codec.offsets[v])
    # values that can grow first (a counter, a set); then flags, whose product grows too
    for growing in (True, False):
        best, most = None, 1
        for v, seen in values.items():
            if codec.wide[v] is None and len(seen) > most and (not growing or any(
                    codec.values[v][k].__class__ in WIDENED for k in seen)):
                best, most = v, len(seen)
        if best is not None:
            return best
    return None


def explore(graph: StoryGraph, prog: Program, initial: tuple[Any, ...],
            max_configs: int = DEFAULT_MAX_CONFIGS, liveness: bool = True) -> Exploration:
    """Build the configuration graph reachable from `label start`.

    With `liveness`, values no route reads again are replaced by DEAD before
    memoising (see liveness.py), and stops are memoised on the values they read;
    without it every difference counts and every memo is keyed on the whole
    state (slower, used to cross-check)."""
    t0 = time.perf_counter()
    codec = StateCodec(len(prog.names))
    if not prog.strict:
        codec.limit = MAX_COUNTER_VALUES
    widened: set[str] = set()
    changed = True
    while True:
        if changed:  # the graph changed (an open branch more): what is built on it, again
            choices, choice_index = _choices_of(graph)
            memo = memo_points(graph)
            live = Liveness(graph, prog) if liveness else None
            changed = False
        try:
            ex = _explore(graph, prog, initial, codec, live, memo, max_configs, choice_index)
            break
        except (Widen, Unbounded, Reopen) as e:
            restart = e.with_traceback(None)   # (its frames hold the run given up)
        # The contexts of the run given up refer to each other, and the cyclic collector
        # is off while the analysis runs (routes/__init__.py): free them now.
        gc.collect()
        if isinstance(restart, Widen):  # a variable outgrew its bit field: a wider one
            codec.widen(restart.var)
        elif isinstance(restart, Unbounded):  # no bound in sight: widened, its conditions open
            u = restart
            name = prog.names[u.var]
            codec.unbound(u.var, Unknown(u.where, f"(`{name}` widened to unbounded there)"),
                          every=bool(u.crowded))
            why = (f"takes more than {MAX_COUNTER_VALUES} values" if not u.crowded else
                   f"varies most where the state space passed {u.crowded:,} configurations")
            before = graph.approximate.get(u.where)
            graph.approximate[u.where] = (f"{before}; " if before and u.crowded else "") + (
                f"`{name}` {why}: widened to unbounded (a counter with no bound, a growing set, "
                f"a product of many values), every condition on it explored both ways")
            widened.add(name)
            unknown.widen(graph, prog, widened)
            changed = True
        else:  # Reopen: a condition the subset could not evaluate in some state
            unknown.reopen(graph, prog, restart.node, restart.why)
            changed = True
    ex.choices, ex.choice_index = choices, choice_index
    ex.widened = sorted(widened)
    _check_dialogue_conditions(ex)
    ex.seconds = time.perf_counter() - t0
    return ex


class _Context:
    """A stop, a call stack and the first ending passed: a configuration but for the store.

    Its steps are memoised in `entries`, on `state & key` (the bits its stop reads):
    `(next context,)`, `(next context, keep, bits, chained)` for Python (the new
    state is `state & keep | bits`), `(None, terminal)` where the run stops, or for
    a menu `(next contexts, choice ids, sets)` (see stops.py)."""
    __slots__ = ("id", "node", "kind", "stack", "ending", "memo", "live", "key", "entries", "to",
                 "configs", "shown", "arrived")

    def __init__(self, id_: int, node: int, kind: int, stack: Stack, ending: int, memo: int,
                 live: int, key: int) -> None:
        self.id, self.node, self.kind, self.stack, self.ending = id_, node, kind, stack, ending
        self.memo = memo          # configurations are stored here
        self.live = live          # bits of the variables still live here
        self.key = key
        self.entries: dict[int, tuple[Any, ...]] = {}
        self.to: dict[int, _Context] = {}          # next stop -> context (same stack, ending)
        self.configs: dict[int, int] = {}          # state (dead values dropped) -> configuration
        self.shown = 0                             # state bits folded dialogue ifs here read
        self.arrived: set[int] = set()             # those bits, per arrival (Exploration.shown)


_END_OF_GAME = (None, (T_END, None, None))
_ENDLESS_LOOP = (None, (T_DEAD, "endless_loop", None))


def _explore(graph: StoryGraph, prog: Program, initial: tuple[Any, ...], codec: StateCodec,
             live: Liveness | None, memo: bytearray, max_configs: int,
             choice_index: dict[tuple[int, int], int]) -> Exploration:
    ex = Exploration(graph, prog, codec)
    ex.memo_points = sum(memo)
    stop, nxt, target, skip = graph.stop, graph.next, graph.target, graph.skip
    implicit = graph.implicit_ending
    entered, terminal, menu_choices = ex.entered, ex.terminal, ex.menu_choices
    out, out_after, cfg_ctx, cfg_state = ex.out, ex.out_after, ex.config_context, ex.config_state
    stops = Stops(graph, prog, codec, live.uses if live is not None else None, memo, entered, choice_index)
    # every stop that reaches these lines has a memo (Stops.__init__): typed once, not per step
    key, memos, compute = stops.key, cast(list[dict[int, Entry]], stops.memo), stops.compute
    note = ex.made.append
    work: list[int] = []
    steps = 0
    # Per Python stop with others chained to it, the states it ran in (see `steps`).
    chain_in: list[list[int] | None] = [[] if k == PY else None for k in stop]

    # -- contexts ---------------------------------------------------------------------------
    contexts: list[_Context] = []
    ctx_ids: dict[tuple[int, Stack, int], _Context] = {}
    shown_known = ex.shown_known
    shown_at = bytearray(len(graph.nodes))   # stops some folded dialogue if leads to
    for d in graph.dialogue_ifs:
        shown_at[skip(d)] = 1

    def context(node: int, stack: Stack, ending: int) -> _Context:
        x = ctx_ids.get((node, stack, ending))
        if x is None:
            kind = stop[node]
            x = ctx_ids[(node, stack, ending)] = _Context(
                len(contexts), node, kind, stack, ending, memo[node],
                codec.fields_of(live.mask(node, stack)) if live is not None else codec.all,
                key[node] if kind in (PY, IF, WHILE, MENU) else 0)
            if shown_at[node]:
                if live is None:
                    x.shown, known = codec.all, -1
                else:   # a value they read that is dropped before cannot be told
                    known = live.shown[node] & live.mask(node, stack)
                    x.shown = codec.fields_of(known)
                shown_known[node] = shown_known.get(node, known) & known
            contexts.append(x)
        return x

    def to(x: _Context, node: int) -> _Context:
        t = x.to.get(node)
        if t is None:
            t = x.to[node] = context(node, x.stack, x.ending)
        return t

    def go(raw: int) -> int:
        entered.add(raw)
        return skip(raw)

    def entry(x: _Context, s: int) -> tuple[Any, ...]:
        """Work out (and memoise) the step of context x in state s."""
        node, kind = x.node, x.kind
        r: tuple[Any, ...]
        if kind in (PY, IF, WHILE, MENU):
            e = memos[node].get(s & key[node]) or compute(node, s)
            if e[0] is None or (kind != MENU and e[0] < 0):
                r = (None, (T_DEAD, e[1], e[2]))
            elif kind == MENU:
                r = (tuple(to(x, t) for t in e[0]), e[1], e[2])
            elif kind == PY:
                r = (to(x, e[0]), e[1], e[2], e[3])
            else:
                r = (to(x, e[0]),)
        elif kind == CALL:
            if len(x.stack) >= MAX_STACK:
                raise VnError(f"{graph.where(node)}: the call stack is deeper than {MAX_STACK} "
                              f"(a label that calls itself without end?)")
            r = (context(go(target[node]), x.stack + (nxt[node],), x.ending),)
        elif kind == RET and x.stack:
            r = (context(go(x.stack[-1]), x.stack[:-1], x.ending),)
        elif kind in (RET, FALLOFF) and x.ending < 0 and node in implicit:
            # play ends here, at an ending found where the game ends (graph.py)
            r = (context(graph.END, (), implicit[node]),)
        elif kind == RET:
            r = _END_OF_GAME
        elif kind == ENDING:
            reached = graph.ending_of_node[node]
            r = (context(go(nxt[node]), x.stack, x.ending if x.ending >= 0 else reached),)
        elif kind == FALLOFF:
            r = _END_OF_GAME
        elif kind == LOOP:
            r = _ENDLESS_LOOP
        elif kind == UNSUP and node in graph.missing_targets:
            raise VnError(f"{graph.where(node)}: {graph.why[node]}")
        elif kind == UNSUP:
            why = graph.why.get(node, graph.nodes[node]["kind"])
            raise VnError(f"{graph.where(node)}: unsupported: {why}")
        else:  # pragma: no cover
            raise AssertionError(f"unexpected stop kind {kind} at {graph.where(node)}")
        x.entries[s & x.key] = r
        return r

    def new_config(x: _Context, sm: int) -> int:
        c = len(cfg_ctx)
        if c >= max_configs:
            crowded = max(contexts, key=lambda y: len(y.configs))
            var = _most_varied(crowded, codec) if codec.limit is not None else None
            if var is not None:  # not --strict: widen what varies most where states pile up
                u = Unbounded(var)
                u.where, u.crowded = graph.where(crowded.node), max_configs
                raise u
            raise VnError(f"{graph.where(x.node)}: the state space exceeds {max_configs:,} "
                          f"configurations; raise --max-states or bound the counters "
                          f"(most values: {_widest(codec, prog.names)})")
        x.configs[sm] = c
        cfg_ctx.append(x.id)
        cfg_state.append(sm)
        out.append(())
        out_after.append(())
        work.append(c)
        return c

    start = graph.labels["start"]
    entered.add(start)
    s0 = codec.encode(initial)
    note(s0)
    new_config(context(skip(start), (), -1), s0 & contexts[0].live)
    if contexts[0].shown:
        contexts[0].arrived.add(s0 & contexts[0].shown)

    while work:
        c = work.pop()
        x, s = contexts[cfg_ctx[c]], cfg_state[c]
        steps += 1
        e = x.entries.get(s & x.key) or entry(x, s)
        if e[0] is None:
            terminal[c] = e[1]
            continue
        # The step of c leads to one context (a menu: one per enabled choice); from each,
        # run inline to the next memo point, where the successor is stored.
        made_by_python = False   # the state was just made by Python (noted if not final)
        sets = None
        if x.kind == MENU:
            starts, ids, sets = e
            menu_choices[c] = ids
        else:
            starts = (e[0],)
            if x.kind == PY:
                if e[3]:
                    chain_in[x.node].append(s)  # type: ignore[union-attr]  # a list for each PY stop
                s = (s & e[1]) | e[2]
                made_by_python = True
        succ, after = [], []
        for k, y in enumerate(starts):
            z, made = s, made_by_python
            if sets is not None:  # `menu NAME:` records the choice
                z = (s & sets[k][0]) | sets[k][1]
                note(z)
            if y.shown:
                y.arrived.add(z & y.shown)
            while not y.memo:
                e = y.entries.get(z & y.key) or entry(y, z)
                if e[0] is None:
                    break  # an end or a dead end: store it where it happens
                if y.kind == PY:
                    if e[3]:
                        chain_in[y.node].append(z)
                    if made:  # a state Python made that is not the end of the run
                        note(z)
                    z = (z & e[1]) | e[2]
                    made = True
                steps += 1
                y = e[0]
                if y.shown:
                    y.arrived.add(z & y.shown)
            zm = z & y.live
            if zm != z:
                note(z)
            t = y.configs.get(zm)
            if t is None:
                t = new_config(y, zm)
            succ.append(t)
            after.append(z)   # before dead values were dropped
        out[c], out_after[c] = tuple(succ), tuple(after)

    ex.steps_taken = steps
    ex.chains = [(memos[node], key[node], ran) for node, ran in enumerate(chain_in) if ran]
    ex.contexts = [(x.node, x.stack, x.ending) for x in contexts]
    ex.context_configs = [x.configs for x in contexts]
    for x in contexts:
        if x.arrived:
            ex.shown.setdefault(x.node, set()).update(x.arrived)
    if live is not None:
        ex.if_reads = live.if_reads
    ex.context_next = [{t.id for t in x.to.values()} | {e[0].id for e in x.entries.values()
                                                         if x.kind not in (PY, IF, WHILE, MENU) and e[0]}
                       for x in contexts]
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
                        if g.strict:
                            raise VnError(f"{g.where(i)}: unsupported Python: {err}") from None
                        # it only chooses lines: the route is the same, the check is not made
                        g.approximate.setdefault(g.where(i), f"condition not checked: {err}")

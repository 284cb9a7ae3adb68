"""What the stops that look at the store do, memoised on the values they read.

A Python stop, an `if`/`while` or a menu depends only on the store variables
its code reads (liveness.py lists them, helper bodies included). So each one
is evaluated once per distinct combination of those values, not once per
state: `$ adjust("trust_human", 1)` runs eleven times (once per value of
`trust_human`) however many states reach it, and Python results are shared
by every stop with the same code. The memo key is `state & key[node]`, the
state's bits for the variables read; the memo value says where control goes
next and, for Python, which bits to write.

Entries (kept small: the explorer's inner loop reads them):

- Python: `(next_node, keep, bits, chained)`, the new state being
  `state & keep | bits` (only the variables the code actually wrote change);
  straight Python stops after it with one way in run in the same step
  (`chained` of them), as `$` lines in a row make one change;
- if/while: `(next_node,)`;
- menu: `(next_nodes, choice_ids, sets)` for the enabled items, `sets` being
  None or, for `menu NAME:`, a `(keep, bits)` per item that records the text;
- a failure of the game's own code: `(-1, "python_error", message)` (menus
  with every item disabled: `(None, "all_choices_disabled", None)`).

Compilation is lazy, so code that control never reaches is never judged.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import Any

from ..errors import VnError
from ..pysubset import dotted_name
from .codec import StateCodec, Unbounded
from .graph import IF, MENU, PY, WHILE, StoryGraph
from .pyeval import RUNTIME_ERRORS, Program, PyError, Unsupported, parse

Entry = tuple[Any, ...]             # a stop's memoised result (see Stops.compute)
# a compiled condition (given the decoded store as a tuple) or statement (as a list it
# writes to), and the locals: -> value
Compiled = Callable[[Any, dict[str, Any]], Any]


# Python that moves control elsewhere: a stand-in that only sets unknown values would
# miss where play goes, so these stay errors even when the verdict may be approximate.
CONTROL_CALLS = ("renpy.jump", "renpy.call", "renpy.return_statement", "renpy.rollback",
                 "renpy.jump_out_of_context", "renpy.call_screen")


def changes_control_flow(source: str) -> bool:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return True
    return any(isinstance(node, ast.Call) and dotted_name(node.func) in CONTROL_CALLS
               for node in ast.walk(tree))


class Stops:
    def __init__(self, graph: StoryGraph, prog: Program, codec: StateCodec, reads: list[int] | None,
                 memo: bytearray, entered: set[int], choice_index: dict[tuple[int, int], int]) -> None:
        """`reads[node]`: the variables (bit mask) a stop reads; None keys memos on the whole state."""
        self.graph, self.prog, self.codec = graph, prog, codec
        self.memo_point = memo
        self.entered = entered
        self.choice_index = choice_index
        n = len(graph.nodes)
        self.key: list[int] = [codec.all] * n        # state bits an entry depends on
        self.memo: list[dict[int, Entry] | None] = [None] * n
        self._py: dict[int, Compiled] = {}
        self._conds: dict[int, list[tuple[Compiled, int]]] = {}
        self._items: dict[int, tuple[list[tuple[Compiled, int, int, str]], Any]] = {}
        self._chains: dict[int, list[int]] = {}
        # Python results by code rather than by statement: the same `$ adjust("x", 1)` written
        # in twenty places is run once per value of x, not twenty times.
        self._by_code: dict[tuple[tuple[str, bool], ...], dict[int, Entry | str]] = {}
        for i, kind in enumerate(graph.stop):
            if kind in (PY, IF, WHILE, MENU):
                self.memo[i] = {}
                if reads is not None:
                    mask = reads[i]
                    if kind == PY:
                        for j in self._chain(i)[1:]:
                            mask |= reads[j]
                    self.key[i] = codec.fields_of(mask)

    def _chain(self, node: int) -> list[int]:
        """A Python stop and the straight Python stops run with it."""
        out = self._chains.get(node)
        if out is None:
            g = self.graph
            out = [node]
            after = g.skip(g.next[node])
            while g.stop[after] == PY and not self.memo_point[after] and after not in out:
                out.append(after)
                after = g.skip(g.next[after])
            self._chains[node] = out
        return out

    def _go(self, raw: int) -> int:
        self.entered.add(raw)
        return self.graph.skip(raw)

    def _unsupported(self, node: int, e: Exception) -> VnError:
        return VnError(f"{self.graph.where(node)}: unsupported Python: {e}")

    def compute(self, node: int, state: int) -> Entry:
        """Evaluate stop `node` in `state` and memoise the entry."""
        kind = self.graph.stop[node]
        try:
            if kind == PY:
                entry = self._python(node, state)
            elif kind == MENU:
                entry = self._menu(node, state)
            else:
                entry = self._branch(node, state)
        except PyError as e:
            entry = (-1 if kind != MENU else None, "python_error", str(e))
        except RUNTIME_ERRORS as e:
            entry = (-1 if kind != MENU else None, "python_error", f"{type(e).__name__}: {e}")
        except Unsupported as e:
            if not self.prog.strict and kind != PY and not _is_menu_set(e):
                raise Reopen(node, str(e)) from None
            raise self._unsupported(node, e) from None
        except Unbounded as u:
            u.where = u.where or self.graph.where(node)
            raise
        memo = self.memo[node]
        assert memo is not None             # every stop has one (__init__)
        memo[state & self.key[node]] = entry
        return entry

    # -- Python ---------------------------------------------------------------------------

    def python_fn(self, node: int) -> Compiled:
        fn = self._py.get(node)
        if fn is None:
            n = self.graph.nodes[node]
            try:
                fn = self.prog.statements(n.get("source") or "", hide=bool(n.get("hide")))
            except Unsupported as e:
                fn = self._approximate(node, e)
            self._py[node] = fn
        return fn

    def _approximate(self, node: int, e: Exception) -> Compiled:
        """Python outside the subset: an error with --strict; otherwise its stand-in
        (pyeval.Program.havoc), and the verdict becomes approximate because of it."""
        n = self.graph.nodes[node]
        if self.prog.strict or changes_control_flow(n.get("source") or "") \
                and not n.get("control_havoc"):  # (unknown.py's stand-in for such a block)
            raise self._unsupported(node, e)
        self.prog.approximate.setdefault(self.graph.where(node), f"unsupported Python: {e}")
        return self.prog.havoc(n.get("source") or "", self.graph.where(node), bool(n.get("hide")))

    def _python(self, node: int, state: int) -> Entry:
        g = self.graph
        chain = self._chain(node)
        code = tuple((g.nodes[i].get("source") or "", bool(g.nodes[i].get("hide"))) for i in chain)
        results = self._by_code.setdefault(code, {})
        k = state & self.key[node]
        r = results.get(k)
        if r is None:
            r = results[k] = self._run(chain, k)
        if isinstance(r, str):
            return (-1, "python_error", r)
        keep, bits, chained = r
        for i in chain[:chained + 1]:
            self.entered.add(g.next[i])
        return (g.skip(g.next[chain[chained]]), keep, bits, chained)

    def _run(self, chain: list[int], state: int) -> tuple[int, int, int] | str:
        """Run a Python stop and the ones chained to it: (keep, bits, chained), or the
        message of the game's error in the first one."""
        codec = self.codec
        # Only the values the code reads are given (the caller masked the rest: DEAD), so
        # that any write, even of the value a variable already had, shows (and a read we
        # missed fails loudly).
        before = codec.decode(state)
        st = list(before)
        try:
            try:
                self.python_fn(chain[0])(st, {})
            except Unsupported as e:  # outside the subset only in this state (an unknown or
                st = list(before)     # opaque read): the stand-in here, exact where values are known
                self._approximate(chain[0], e)(st, {})
        except PyError as e:
            return str(e)
        except RUNTIME_ERRORS as e:
            return f"{type(e).__name__}: {e}"
        chained = 0
        # Straight Python stops that follow run in the same step, so `$ adjust(...)` lines
        # in a row make one state, not one each.
        for i in chain[1:]:
            trial = list(st)
            try:
                self.python_fn(i)(trial, {})
            except (PyError, Unsupported) + RUNTIME_ERRORS:
                break  # stop before it: the next step reports it at its own line
            st = trial
            chained += 1
        keep, bits = codec.all, 0
        for i, (x, y) in enumerate(zip(before, st, strict=False)):
            if x is not y:
                keep &= ~codec.fields[i]
                bits |= codec.number(i, y) << codec.offsets[i]
        return (keep, bits, chained)

    # -- if / while -----------------------------------------------------------------------

    def _branch(self, node: int, state: int) -> Entry:
        st = tuple(self.codec.decode(state & self.key[node]))
        raw = self.graph.next[node]
        for fn, branch in self._conditions(node):
            if fn(st, {}):
                raw = branch
                break
        return (self._go(raw),)

    def _conditions(self, node: int) -> list[tuple[Compiled, int]]:
        fns = self._conds.get(node)
        if fns is None:
            g, prog = self.graph, self.prog
            n = g.nodes[node]
            if n["kind"] == "if":
                fns = [(prog.condition(e.get("condition")), g.ids.get(e.get("next"), -1))
                       for e in n.get("entries") or []]
            else:  # while
                fns = [(prog.condition(n.get("condition")), g.ids.get(n.get("body") or "", -1))]
            self._conds[node] = fns
        return fns

    # -- menus ----------------------------------------------------------------------------

    def _menu(self, node: int, state: int) -> Entry:
        items, menu_set = self._menu_items(node)
        st = tuple(self.codec.decode(state & self.key[node]))
        chosen = None
        if menu_set is not None:
            try:
                chosen = menu_set[0](st, {})
            except Unsupported:  # a `menu set` widened to unknown: every item, and unknown after
                menu_set = None
        enabled = [(raw, cid, text) for fn, raw, cid, text in items
                   if (chosen is None or text not in chosen) and fn(st, {})]
        if not enabled:
            return (None, "all_choices_disabled", None)
        targets = tuple(self._go(raw) for raw, _, _ in enabled)
        ids = tuple(cid for _, cid, _ in enabled)
        sets = None
        if menu_set is not None:
            var = self.prog.index[menu_set[1]]
            keep = self.codec.all & ~self.codec.fields[var]
            sets = tuple((keep, self.codec.put(0, var, _with_chosen(chosen, text)))
                         for _, _, text in enabled)
        return (targets, ids, sets)

    def _menu_items(self, node: int) -> tuple[list[tuple[Compiled, int, int, str]], Any]:
        found = self._items.get(node)
        if found is None:
            g, prog = self.graph, self.prog
            items: list[tuple[Compiled, int, int, str]] = []
            menu_set = None
            for k, item in enumerate(g.nodes[node].get("items") or []):
                nxt = item.get("next")
                raw = g.ids.get(nxt, -1) if nxt is not None else -1
                fn = prog.condition(item.get("condition"))
                if item.get("unknown_enables"):
                    fn = _enabled_when_unknown(fn)
                items.append((fn, raw, self.choice_index[(node, k)], item.get("text") or ""))
            set_src = g.nodes[node].get("set")
            if set_src:
                try:
                    menu_set = (prog.condition(set_src), _set_target(prog, set_src))
                except Unsupported as e:
                    raise _MenuSet(str(e)) from None
            found = self._items[node] = (items, menu_set)
        return found


class Reopen(Exception):
    """A condition turned out to be outside the subset when evaluated (a helper fails on
    the values of this state, a value it reads is unknown): unknown.reopen makes the
    stop an open branch and the explorer starts again."""

    def __init__(self, node: int, why: str):
        super().__init__(node, why)
        self.node, self.why = node, why


class _MenuSet(Unsupported):
    """A `menu set` expression outside the subset: an error, not an open branch."""


def _is_menu_set(e: Exception) -> bool:
    return isinstance(e, _MenuSet)


def _enabled_when_unknown(fn: Compiled) -> Compiled:
    """An open branch's condition (unknown.py): exact where the values it reads are
    known, true where one is unknown (both ways are then explored)."""
    def cond(st: tuple[Any, ...], loc: dict[str, Any]) -> Any:
        try:
            return fn(st, loc)
        except Unsupported:
            return True
    return cond


def _set_target(prog: Program, source: str) -> str:
    """The store variable a `menu set` expression names (only a plain name is supported)."""
    parsed = parse(source, "eval")
    assert isinstance(parsed, ast.Expression)   # what parse's "eval" mode returns
    tree = parsed.body
    if isinstance(tree, ast.Name) and tree.id in prog.index:
        return tree.id
    if isinstance(tree, ast.Attribute) and isinstance(tree.value, ast.Name) and tree.value.id == "store" \
            and tree.attr in prog.index:
        return tree.attr
    raise Unsupported(f"menu set `{source}` (only a store variable is supported)")


def _with_chosen(chosen: Any, text: str) -> Any:
    """The value of a `menu set` variable once `text` is chosen (a new set or list)."""
    if isinstance(chosen, list):
        return chosen + [text]
    return set(chosen) | {text}

"""Which store variables can still matter: a live-variable analysis over the stops.

Two states that differ only in variables nobody will read again behave the
same from then on, so the explorer replaces such *dead* values with `DEAD`
before memoising. That is what keeps exploration from degenerating into
enumeration: a game that records every choice in a flag would otherwise have as
many states as paths.

The analysis is conservative (a variable is dead only if every route from here
writes it before reading it, or never reads it):

- reads: every store name an expression or statement mentions, helper bodies
  included (with constant arguments bound, so `adjust("trust", 1)` reads only
  `trust`); a `getattr(store, x)` whose name is not a constant reads everything;
- kills: only plain top-level assignments of a `$`/python statement;
- calls and returns: `L[n]` is what is live at stop `n` until the current
  call frame returns; at run time the explorer adds what is live at each
  return point on the actual call stack (`Liveness.mask`).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from typing import Any

from ..pysubset import assigned_names, dotted_name
from .graph import CALL, IF, MENU, PY, RET, WHILE, StoryGraph
from .pyeval import Helper, Program, Unsupported, parse

INTERPOLATION = re.compile(r"\[([A-Za-z_][A-Za-z0-9_.]*)")
_UNKNOWN = object()


class Liveness:
    def __init__(self, graph: StoryGraph, prog: Program) -> None:
        self.graph = graph
        self.prog = prog
        self.all = (1 << len(prog.names)) - 1
        self._helper_memo: dict[tuple[Any, ...], int] = {}
        self._active: set[tuple[Any, ...]] = set()
        n = len(graph.nodes)
        self.uses = [0] * n
        self.kills = [0] * n
        self.live = [0] * n
        self.canret = [False] * n
        # shown[i]: what the folded dialogue ifs leading to stop i read. Not counted as
        # reads (keeping those values live multiplies the real game's configurations past
        # 3 million), so the explorer records the branch only where they are live anyway.
        self.shown = [0] * n
        # if_reads[d]: what each entry's condition of folded dialogue if d reads, so that
        # an entry whose values are all still live can be checked when a sibling's are not.
        self.if_reads: dict[int, list[int]] = {}
        self._mask_memo: dict[tuple[int, tuple[Any, ...]], int] = {}
        self._solve()

    # -- reads of code ----------------------------------------------------------------------

    def _bit(self, name: str) -> int:
        i = self.prog.index.get(name)
        return 0 if i is None else 1 << i

    def expr_reads(self, node: ast.AST, env: dict[str, Any] | None = None,
                   locals_: AbstractSet[str] = frozenset()) -> int:
        """Store variables an expression or statement may read."""
        env = env or {}
        mask = 0
        todo = [node]
        while todo:
            x = todo.pop()
            if isinstance(x, ast.Name):
                if x.id not in locals_ and not isinstance(x.ctx, ast.Store):
                    mask |= self._bit(x.id)
                continue
            if isinstance(x, ast.AugAssign):  # `x += 1` reads x too
                target = x.target
                if isinstance(target, ast.Name):
                    target = ast.Name(id=target.id, ctx=ast.Load())
                elif isinstance(target, ast.Attribute):
                    target = ast.Attribute(value=target.value, attr=target.attr, ctx=ast.Load())
                todo.append(target)
            if isinstance(x, ast.Attribute) and isinstance(x.ctx, ast.Store):
                continue
            if isinstance(x, ast.Attribute):
                dotted = dotted_name(x)
                if dotted:
                    key = dotted[6:] if dotted.startswith("store.") else dotted
                    mask |= self._bit(key)
                    continue
            if isinstance(x, ast.Call):
                func = x.func
                if isinstance(func, ast.Name) and func.id in ("getattr", "hasattr", "setattr") \
                        and len(x.args) >= 2 and isinstance(x.args[0], ast.Name) and x.args[0].id == "store":
                    key = self._const(x.args[1], env, locals_)
                    if func.id != "setattr":
                        mask |= self._bit(key) if isinstance(key, str) else self.all
                    todo.extend(x.args[2:])
                    continue
                if isinstance(func, ast.Name) and func.id in self.prog.helpers and func.id not in locals_:
                    args = tuple(self._const(a, env, locals_) for a in x.args)
                    kwargs = tuple(sorted((k.arg, self._const(k.value, env, locals_)) for k in x.keywords))
                    mask |= self.helper_reads(self.prog.helpers[func.id], args, kwargs)
            todo.extend(ast.iter_child_nodes(x))
        return mask

    def _const(self, node: ast.AST, env: dict[str, Any], locals_: AbstractSet[str]) -> Any:
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Name) and node.id in env:
            return env[node.id]
        return _UNKNOWN

    def helper_reads(self, helper: Helper, args: tuple[Any, ...], kwargs: tuple[Any, ...]) -> int:
        key = (helper.name, args, kwargs)
        try:
            hash(key)
        except TypeError:
            key = (helper.name, tuple(map(repr, args)), tuple(map(repr, kwargs)))
        if key in self._helper_memo:
            return self._helper_memo[key]
        if key in self._active:
            return self.all  # recursion: give up precision, stay safe
        self._active.add(key)
        node = helper.node
        params = [p.arg for p in node.args.args]
        env = {p: v for p, v in zip(params, args, strict=False) if v is not _UNKNOWN}
        env.update({k: v for k, v in kwargs if v is not _UNKNOWN})
        globals_ = {n for s in ast.walk(node) if isinstance(s, ast.Global) for n in s.names}
        locals_ = (set(params) | assigned_names(node.body)) - globals_
        # Parameters reassigned in the body are no longer known constants.
        for name in assigned_names(node.body):
            env.pop(name, None)
        mask = 0
        for stmt in node.body:
            mask |= self.expr_reads(stmt, env, locals_)
        self._active.discard(key)
        self._helper_memo[key] = mask
        return mask

    def source_reads(self, source: str | None, mode: str = "eval") -> int:
        try:
            tree = parse(source if source is not None else "True", mode)
        except Unsupported:
            return self.all
        return self.expr_reads(tree)

    # -- per stop ---------------------------------------------------------------------------

    def _uses_kills(self, i: int) -> tuple[int, int]:
        g, n = self.graph, self.graph.nodes[i]
        kind = g.stop[i]
        if kind == PY:
            try:
                tree = parse(n.get("source") or "")
            except Unsupported:
                return self.all, 0
            assert isinstance(tree, ast.Module)     # what parse's "exec" mode returns
            if n.get("hide"):
                return self.expr_reads(tree), 0
            kills = 0
            for stmt in tree.body:
                if isinstance(stmt, ast.Assign):
                    for t in stmt.targets:
                        for name in assigned_names([ast.Assign(targets=[t], value=stmt.value)]):
                            kills |= self._bit(name[6:] if name.startswith("store.") else name)
            return self.expr_reads(tree), kills
        if kind == IF:
            return sum_masks(self.source_reads(e.get("condition")) for e in n.get("entries") or []), 0
        if kind == WHILE:
            return self.source_reads(n.get("condition")), 0
        if kind == MENU:
            mask = 0
            for item in n.get("items") or []:
                mask |= self.source_reads(item.get("condition"))
                for name in INTERPOLATION.findall(item.get("text") or ""):
                    mask |= self._bit(name)
            if n.get("set"):
                mask |= self.source_reads(n["set"])
            return mask, 0
        return 0, 0

    def _solve(self) -> None:
        g = self.graph
        stops = [i for i, k in enumerate(g.stop) if k != 0]
        succ: dict[int, list[int]] = {}
        for d in g.dialogue_ifs:
            reads = self.if_reads[d] = [self.source_reads(e.get("condition"))
                                        for e in g.nodes[d].get("entries") or []]
            self.shown[g.skip(d)] |= sum_masks(reads)
        for i in stops:
            self.uses[i], self.kills[i] = self._uses_kills(i)
            succ[i] = g.stop_successors(i)
            if g.stop[i] == CALL:
                succ[i] = [g.skip(g.target[i]), g.skip(g.next[i])]
        # skip() may have turned pass-through cycles into new stops (LOOP); they have no successors.
        for i, k in enumerate(g.stop):
            if k != 0 and i not in succ:
                succ[i] = []
        preds: dict[int, list[int]] = {i: [] for i in succ}
        for i, ss in succ.items():
            for s in ss:
                preds.setdefault(s, []).append(i)
                succ.setdefault(s, [])
        live, canret, uses, kills = self.live, self.canret, self.uses, self.kills
        work = list(succ)
        queued = set(work)
        while work:
            i = work.pop()
            queued.discard(i)
            kind = g.stop[i]
            if kind == RET:
                new_live, new_ret = 0, True
            elif kind == CALL:
                callee, after = succ[i]
                new_ret = canret[callee] and canret[after]
                new_live = live[callee] | (live[after] if canret[callee] else 0)
            else:
                out = 0
                new_ret = False
                for s in succ[i]:
                    out |= live[s]
                    new_ret = new_ret or canret[s]
                new_live = uses[i] | (out & ~kills[i])
            if new_live != live[i] or new_ret != canret[i]:
                live[i], canret[i] = new_live, new_ret
                for p in preds.get(i, []):
                    if p not in queued:
                        queued.add(p)
                        work.append(p)

    def mask(self, node: int, stack: tuple[Any, ...]) -> int:
        """Variables live at `node` with this call stack (return points, innermost last)."""
        key = (node, stack)
        m = self._mask_memo.get(key)
        if m is None:
            g = self.graph
            m = self.live[node]
            if self.canret[node]:
                for raw in reversed(stack):
                    r = g.skip(raw)
                    m |= self.live[r]
                    if not self.canret[r]:
                        break
            self._mask_memo[key] = m
        return m


def sum_masks(masks: Iterable[int]) -> int:
    out = 0
    for m in masks:
        out |= m
    return out

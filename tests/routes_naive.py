"""A naive path enumerator: the baseline the benchmark compares exploration against.

It plays every sequence of menu choices from the start, one after another,
re-running every statement of every route, with no memoisation. Same
semantics as explore.py (it shares the graph and the Python subset), so its
counts must match; its cost grows with the number of paths instead of the
number of states.
"""

from __future__ import annotations

from vn.routes.graph import CALL, ENDING, FALLOFF, IF, LOOP, MENU, PY, RET, WHILE, StoryGraph
from vn.routes.pyeval import Program

MAX_STEPS_PER_ROUTE = 100_000


class TooManyPaths(Exception):
    pass


def enumerate_paths(graph: StoryGraph, prog: Program, initial: tuple,
                    limit: int | None = None) -> tuple[int, dict[str, int]]:
    """(number of choice paths to an end of the game, paths per first ending passed)."""
    names = list(graph.endings)
    per_ending: dict[str, int] = {}
    total = 0
    items_cache: dict[int, list] = {}
    # explicit stack of (node, state, call stack, ending) still to play
    todo = [(graph.skip(graph.labels["start"]), tuple(initial), (), -1)]
    while todo:
        node, state, stack, ending = todo.pop()
        steps = 0
        while True:
            steps += 1
            if steps > MAX_STEPS_PER_ROUTE:
                break  # an endless loop: no end of the game on this route
            kind = graph.stop[node]
            if kind == PY:
                st = list(state)
                prog.statements(graph.nodes[node].get("source") or "")(st, {})
                state = tuple(st)
                node = graph.skip(graph.next[node])
            elif kind == IF or kind == WHILE:
                n = graph.nodes[node]
                if kind == IF:
                    conds = [(e.get("condition"), graph.ids.get(e.get("next"), -1)) for e in n["entries"]]
                else:
                    conds = [(n.get("condition"), graph.ids.get(n.get("body"), -1))]
                raw = graph.next[node]
                for src, branch in conds:
                    if prog.condition(src)(state, {}):
                        raw = branch
                        break
                node = graph.skip(raw)
            elif kind == MENU:
                items = items_cache.get(node)
                if items is None:
                    items = items_cache[node] = [
                        (prog.condition(i.get("condition")), graph.ids.get(i.get("next"), -1))
                        for i in graph.nodes[node]["items"]]
                enabled = [raw for fn, raw in items if fn(state, {})]
                for raw in reversed(enabled):
                    todo.append((graph.skip(raw), state, stack, ending))
                break
            elif kind == CALL:
                stack = stack + (graph.next[node],)
                node = graph.skip(graph.target[node])
            elif kind == RET:
                if stack:
                    node, stack = graph.skip(stack[-1]), stack[:-1]
                else:
                    total += 1
                    key = names[ending] if ending >= 0 else ""
                    per_ending[key] = per_ending.get(key, 0) + 1
                    break
            elif kind == ENDING:
                if ending < 0:
                    ending = graph.ending_of_node[node]
                node = graph.skip(graph.next[node])
            elif kind == FALLOFF:
                total += 1
                key = names[ending] if ending >= 0 else ""
                per_ending[key] = per_ending.get(key, 0) + 1
                break
            elif kind == LOOP:
                break
            else:
                raise ValueError(f"{graph.where(node)}: unsupported statement for the naive enumerator")
        if limit is not None and total > limit:
            raise TooManyPaths(total)
    return total, per_ending

"""Property test: the DP path count equals brute-force enumeration on random stories.

Stories are generated as plain data (routes_synth.random_program: segments
of menus with conditions, ifs, assignments, calls to a subroutine, forward
jumps, and an ending rule), turned into story-export JSON without the engine,
and analysed. The brute force below interprets the *plain data* directly,
with its own tiny semantics (no shared evaluator), and enumerates every
sequence of choices. A seeded loop keeps the test deterministic and
dependency-free.
"""

from __future__ import annotations

import operator
import random

import pytest

from vn.routes import analyse_story
from vn.routes.graph import StoryGraph
from routes_naive import enumerate_paths
from vn.routes.mute import _folded_branches_never_taken, dead_code
from vn.routes.startup import build_program
from routes_synth import program_story, random_program

OPS = {">=": operator.ge, "<": operator.lt, "==": operator.eq}


def holds(cond, st) -> bool:
    if cond is None:
        return True
    var, op, k = cond
    if var == "f":
        return bool(st["f"]) == bool(k)
    return OPS[op](st[var], k)


def apply(assign, st) -> dict:
    var, op, k = assign
    st = dict(st)
    if var == "f":
        st["f"] = (not st["f"]) if op == "not" else bool(k)
    elif op == "+=":
        st[var] += k
    elif op == "-=":
        st[var] -= k
    else:
        st[var] = k
    return st


def brute_force(prog: dict) -> dict:
    """Outcome of every choice sequence: {ending label or None: count}."""
    segs, outcomes = prog["segments"], {}

    def finale(st):
        rule1, rule2 = prog["rule"]
        if holds(rule1, st):
            key = "ending_human_one"
        elif holds(rule2, st):
            key = "ending_hybrid_two"
        elif prog["dead_end"] and st["b"] >= 2:
            key = None
        else:
            key = "ending_automation_three"
        outcomes[key] = outcomes.get(key, 0) + 1

    def seg(i, st):
        run(segs[i], 0, st, (lambda s: seg(i + 1, s)) if i + 1 < len(segs) else finale)

    def run(stmts, k, st, cont):
        if k == len(stmts):
            return cont(st)
        s = stmts[k]

        def nxt(s2):
            run(stmts, k + 1, s2, cont)
        if s[0] == "assign":
            return nxt(apply(s[1], st))
        if s[0] == "menu":
            for item in s[1]:          # a menu with nothing enabled is a dead end: no outcome
                if holds(item["cond"], st):
                    s2 = st
                    for _, a in item["body"]:
                        s2 = apply(a, s2)
                    seg(item["jump"], s2) if item["jump"] is not None else nxt(s2)
            return None
        if s[0] == "if":
            _, cond, body, target = s
            if not holds(cond, st):
                return nxt(st)
            for _, a in body:
                st = apply(a, st)
            return seg(target, st) if target is not None else nxt(st)
        if s[0] == "call":
            return run(prog["sub"], 0, st, nxt)
        raise AssertionError(s)

    seg(0, {"a": 0, "b": 1, "f": False})
    return outcomes


@pytest.mark.parametrize("seed", range(200))
def test_dp_count_equals_brute_force(seed):
    rng = random.Random(seed)
    prog = random_program(rng, segments=rng.randint(2, 7))
    story = program_story(prog)
    expected = brute_force(prog)
    a = analyse_story(story)
    assert a.paths == sum(expected.values())
    assert a.paths_without_ending == expected.get(None, 0)
    for name, count in a.paths_by_ending.items():
        assert count == expected.get(name, 0), name
    # every ending the brute force reached has a shortest example, and only those
    assert {n for n, c in a.ending_config.items()} == {k for k in expected if k}


@pytest.mark.parametrize("seed", range(0, 200, 7))
def test_liveness_and_naive_enumeration_agree(seed):
    """Dropping dead values changes the state count, never the answers."""
    rng = random.Random(seed)
    story = program_story(random_program(rng, segments=6))
    with_live, without = analyse_story(story), analyse_story(story, liveness=False)
    assert with_live.paths == without.paths
    assert with_live.paths_by_ending == without.paths_by_ending
    assert len(with_live.ex.keys) <= len(without.ex.keys)
    assert [d.kind for d in with_live.dead_ends] == [d.kind for d in without.dead_ends]
    # Without liveness every value a folded dialogue if reads is known: what is reported
    # dead with it (some values dropped, those branches not told) may only be less.
    def branches(a):
        return {(d.node, d.condition) for d in dead_code(a) if d.kind == "branch"}
    assert branches(with_live) <= branches(without)
    # the folded ifs' shortcut (distinct combinations of what they read) against every
    # arrival evaluated whole
    for a in (with_live, without):
        assert _folded_branches_never_taken(a) == _folded_branches_never_taken(a, plain=True)
    graph = StoryGraph(story)
    prog, initial = build_program(graph)
    total, _ = enumerate_paths(graph, prog, initial)
    assert total == with_live.paths

"""The route checker's fast paths give the answers of the plain algorithms they replace.

States as bit fields (codec.py), stops memoised on the values they read
(stops.py), the acyclic shortcuts of analysis.py and the forked effects
(forked.py) are each checked against the slow, obvious way on the same story.
"""

from __future__ import annotations

import importlib
import os
import pickle
import random

import pytest

from vn.routes import analyse_story
from vn.routes import analysis as analysis_module
from vn.routes import forked as forked_module
from vn.routes.codec import INITIAL_WIDTH, StateCodec, Widen
from vn.routes.forked import Forked
from vn.routes.graph import StoryGraph
from routes_naive import enumerate_paths
from vn.routes.pyeval import DEAD, UNSET
from vn.routes.report import build_report
from vn.routes.startup import build_program
from vn.routes.stops import Stops
from routes_synth import (If, Jump, Menu, Py, Return, Say, Story, While, chain_of_menus,
                             program_story, random_program)

explore_module = importlib.import_module("vn.routes.explore")  # `vn.routes.explore` is also a function


def report_of(story: dict, **kw) -> dict:
    rep = build_report(analyse_story(story, **kw))
    for k in ("explore_seconds", "seconds"):
        rep["stats"].pop(k)
    return rep


def naive_paths(story: dict) -> int:
    graph = StoryGraph(story)
    prog, initial = build_program(graph)
    return enumerate_paths(graph, prog, initial)[0]


def mixed_story() -> dict:
    """Values that compare equal across types (True == 1, (1,) == (True,)), floats, dicts."""
    S = Story()
    S.default("x", "0")
    S.default("t", "(1,)")
    S.default("d", "{}")
    S.label("start", [
        Menu([("Bool", None, [Py("x = True"), Py("t = (True,)")]),
              ("Int", None, [Py("x = 1"), Py("t = (1,)")]),
              ("Float", None, [Py("x = 1.0")])]),
        Menu([("Again", None, [Py("x = True"), Py("d = {'a': True}")]),
              ("Add", None, [Py("x = x + 1"), Py("d = {'a': 1}")])]),
        If([("x is True", [Jump("ending_human_a")]), ("x == 2", [Jump("ending_hybrid_b")])]),
        Jump("ending_automation_c")])
    for name in ("ending_human_a", "ending_hybrid_b", "ending_automation_c"):
        S.label(name, [Say("The end."), Return()])
    return S.build()


# -- codec ----------------------------------------------------------------------------------

def test_values_are_numbered_type_exactly_and_dead_is_zero():
    codec = StateCodec(2)
    assert codec.number(0, DEAD) == 0
    one, true, float_one = codec.number(0, 1), codec.number(0, True), codec.number(0, 1.0)
    assert len({one, true, float_one}) == 3 and 0 not in {one, true, float_one}
    assert codec.number(0, 1) == one
    s = codec.encode([True, UNSET])
    assert codec.decode(s) == [True, UNSET] and codec.decode(s)[1] is UNSET
    assert codec.decode(s & codec.fields[1]) == [DEAD, UNSET]


def test_changed_compares_containers_as_python_does():
    codec = StateCodec(2)
    a = codec.encode([(1,), 1])
    b = codec.encode([(True,), True])
    assert a != b
    assert codec.changed(a, b) == 0b10  # the tuples are ==, the ints are not the same value


def test_a_variable_outgrowing_its_field_widens_it():
    codec = StateCodec(1)
    with pytest.raises(Widen):
        for v in range(1 << INITIAL_WIDTH):
            codec.number(0, v)
    codec.widen(0)
    assert codec.number(0, 1 << INITIAL_WIDTH) == (1 << INITIAL_WIDTH) + 1


def test_exploration_restarts_with_wider_fields_and_the_same_answers():
    story = chain_of_menus(20, width=2, limit=40)     # counters take 21 values
    a = analyse_story(story)
    assert max(a.ex.codec.widths) > INITIAL_WIDTH
    assert a.paths == 2 ** 20
    assert a.paths_by_ending == analyse_story(story, liveness=False).paths_by_ending


# -- stops memoised on the values they read --------------------------------------------------

@pytest.fixture
def whole_state_memos(monkeypatch):
    """Stops memoised on the whole state, as if they read every variable."""
    class WholeState(Stops):
        def __init__(self, graph, prog, codec, reads, *rest):
            super().__init__(graph, prog, codec, None, *rest)
    monkeypatch.setattr(explore_module, "Stops", WholeState)


def stories() -> list[dict]:
    out = [program_story(random_program(random.Random(seed), segments=6)) for seed in range(0, 60, 3)]
    return out + [mixed_story(), chain_of_menus(6, width=3, limit=4)]


@pytest.fixture(scope="module")
def read_memo_reports() -> list[dict]:
    return [report_of(s) for s in stories()]


def test_memos_on_read_values_match_memos_on_whole_states(whole_state_memos, read_memo_reports):
    assert [report_of(s) for s in stories()] == read_memo_reports


def test_assigning_the_value_a_variable_already_has_is_still_a_write():
    # `f = True` reads nothing: its memo entry serves states where f is True and where it is
    # False, so it must record the write even when it changes nothing.
    S = Story()
    S.default("f", "True")
    S.label("start", [Menu([("Clear", None, [Py("f = False")]), ("Keep", None, [])]),
                      Menu([("Set", None, [Py("f = True")]), ("Not", None, [])]),
                      If([("f", [Jump("ending_human_a")])]), Jump("ending_hybrid_b")])
    for name in ("ending_human_a", "ending_hybrid_b"):
        S.label(name, [Say("The end."), Return()])
    story = S.build()
    a = analyse_story(story)
    assert a.paths_by_ending == {"ending_human_a": 3, "ending_hybrid_b": 1}
    assert a.paths == naive_paths(story)


# -- acyclic shortcuts -----------------------------------------------------------------------

@pytest.mark.parametrize("seed", range(0, 100, 9))
def test_acyclic_shortcuts_match_the_general_algorithms(seed):
    story = program_story(random_program(random.Random(seed), segments=6))
    a = analyse_story(story)
    assert a.topo is not None and sorted(a.topo) == list(range(len(a.ex)))
    out = a.ex.out
    position = {c: k for k, c in enumerate(a.topo)}
    assert all(position[c] < position[t] for c in range(len(a.ex)) for t in out[c])
    general = analysis_module.Analysis(a.ex, rank=a.rank, parent=a.parent, dist=a.dist, topo=None)
    analysis_module._dead_ends(general)
    analysis_module._count_paths(general)
    assert (general.paths, general.paths_by_ending) == (a.paths, a.paths_by_ending)
    assert [(d.kind, d.node, d.config) for d in general.dead_ends] == \
           [(d.kind, d.node, d.config) for d in a.dead_ends]


def test_loops_take_the_general_algorithms():
    S = Story()
    S.default("n", "0")
    S.label("start", [While("n < 3", [Py("n += 1")]), Jump("hub")])
    S.label("hub", [Menu([("Again", None, [Jump("hub")]), ("Leave", None, [Jump("ending_human_a")])])])
    S.label("ending_human_a", [Say("The end."), Return()])
    a = analyse_story(S.build())
    assert a.topo is None
    assert a.paths is None


# -- forked effects -------------------------------------------------------------------------

fork_only = pytest.mark.skipif(not hasattr(os, "fork") or forked_module._cores() < 2,
                               reason="no fork, or a single core")


@pytest.fixture
def as_if_single_threaded(monkeypatch):
    """Forked runs in-process while other threads run (a Playwright driver that an earlier
    test started in the same xdist worker, say); these tests are about the forked path."""
    monkeypatch.setattr(forked_module.threading, "active_count", lambda: 1)


@fork_only
def test_forked_work_runs_in_a_child_and_comes_back(as_if_single_threaded):
    job = Forked(os.getpid)
    assert job.pid
    assert job.result() != os.getpid()


def test_forked_work_falls_back_to_the_caller():
    assert Forked(os.getpid, fork=False).result() == os.getpid()

    def boom():
        raise ZeroDivisionError("in the child and again in the parent")
    with pytest.raises(ZeroDivisionError):
        Forked(boom).result()


@fork_only
def test_cancelled_work_leaves_no_child(as_if_single_threaded):
    job = Forked(lambda: sum(range(10 ** 9)))
    pid = job.pid
    assert pid   # else os.waitpid(0) below would wait for any child at all
    job.cancel()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, 0)


def test_effects_are_the_same_forked_or_not(monkeypatch):
    story = chain_of_menus(10, width=3, limit=6)
    monkeypatch.setattr(analysis_module, "FORK_FROM", 0)
    forked = report_of(story)
    monkeypatch.setattr(analysis_module, "FORK_FROM", 10 ** 9)
    assert forked == report_of(story)


def test_markers_keep_their_identity_across_processes():
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    assert pickle.loads(pickle.dumps(DEAD)) is DEAD

"""Ren'Py control statements as the route checker reads them, on stories built in Python."""

from __future__ import annotations

import pytest

from vn.errors import VnError
from vn.routes import analyse_story
from vn.routes.graph import StoryGraph
from routes_naive import enumerate_paths
from vn.routes.report import build_report
from vn.routes.startup import build_program
from routes_synth import Call, If, Jump, Menu, Py, Return, Say, Story, While, chain_of_menus


def story(body: list, *labels: tuple[str, list], **defaults: str) -> dict:
    S = Story()
    for name, src in defaults.items():
        S.default(name, src)
    S.label("start", body)
    for name, stmts in labels:
        S.label(name, stmts)
    for name in ("ending_human_a", "ending_hybrid_b", "ending_automation_c"):
        S.label(name, [Say("The end."), Return()])
    return S.build()


def test_menu_set_hides_chosen_items():
    s = story([Jump("hub")],
              ("hub", [Menu([("A", None, [Jump("hub")]), ("B", None, [Jump("hub")]),
                             ("Leave", None, [Jump("ending_human_a")])], set="seen")]),
              seen="set()")
    a = analyse_story(s)
    # [Leave], [A, Leave], [B, Leave], [A, B, Leave], [B, A, Leave]
    assert a.paths == 5
    assert build_report(a)["dead_ends"] == []


def test_terminating_while_loop_is_not_a_dead_end():
    s = story([While("x < 3", [Py("x += 1"), Say("Tick.")]),
               If([("x == 3", [Jump("ending_human_a")])]), Jump("ending_automation_c")], x="0")
    a = analyse_story(s)
    report = build_report(a)
    assert report["endings"]["ending_human_a"]["reachable"]
    assert not report["endings"]["ending_automation_c"]["reachable"]
    assert a.paths == 1 and report["dead_ends"] == []


def test_reading_a_variable_before_it_is_set_is_a_python_error():
    s = story([Menu([("Set", None, [Py("late = 1")]), ("Skip", None, [])]),
               If([("late > 0", [Jump("ending_human_a")])]), Jump("ending_hybrid_b")])
    report = build_report(analyse_story(s))
    assert report["dead_ends"] == [{"kind": "python_error", "file": "game/script.rpy", "line": 4,
                                    "example": ["Skip"], "message": "NameError: name 'late' is not defined"}]


def test_dialogue_only_ifs_do_not_split_states_but_are_still_checked():
    body = [Menu([("Flag", None, [Py("flag = True")]), ("No flag", None, [])]),
            If([("flag", [Say("You remember.")]), (None, [Say("You forget.")])]),
            Menu([("Go", None, [Jump("ending_human_a")])])]
    a = analyse_story(story(body, flag="False"))
    # after the dialogue-only if, `flag` is never read again: both routes meet at the second menu
    second = [k for k in a.ex.keys if a.ex.graph.nodes[k[0]]["kind"] == "menu"]
    assert len(second) == 2  # the first menu, and the second menu once
    assert a.paths == 2
    bad = [Menu([("Go", None, [])]), If([("renpy.random.random() < 0.5", [Say("Lucky.")])]),
           Jump("ending_human_a")]
    with pytest.raises(VnError, match=r"game/script.rpy:\d+: unsupported Python: call to renpy.random.random\(\)"):
        analyse_story(story(bad), strict=True)
    # without --strict the line is chosen either way, so the route is exact, but unchecked
    a = analyse_story(story(bad))
    assert a.paths == 1
    assert list(a.ex.graph.approximate.values()) == [
        "condition not checked: call to renpy.random.random()"]


def test_endings_are_first_ending_passed():
    """A shared epilogue named ending_* does not take the credit for the variant that jumped to it."""
    S = Story()
    S.label("start", [Menu([("Lantern", None, [Jump("ending_human_lantern")]),
                            ("Rain", None, [Jump("ending_human_rain")])])])
    S.label("ending_human_lantern", [Jump("ending_human_epilogue")])
    S.label("ending_human_rain", [Jump("ending_human_epilogue")])
    S.label("ending_human_epilogue", [Say("Epilogue."), Return()])
    a = analyse_story(S.build())
    assert a.paths_by_ending == {"ending_human_lantern": 1, "ending_human_rain": 1, "ending_human_epilogue": 0}
    report = build_report(a)
    assert report["endings"]["ending_human_epilogue"]["example"] == ["Lantern"]


def test_call_from_labels_are_not_endings_or_unreachable_labels():
    s = story([Call("sub", "ending_human_a_return"), Jump("ending_human_a")], ("sub", [Return()]))
    # the `from` label looks like an ending by name, but it is where the call returns
    graph = StoryGraph(s)
    assert "ending_human_a_return" not in graph.endings
    report = build_report(analyse_story(s))
    assert [u["name"] for u in report["unreachable"]] == ["ending_hybrid_b", "ending_automation_c"]


@pytest.mark.parametrize("menus", [1, 2, 4, 6])
def test_clamp_helper_stress_story_matches_naive_enumeration(menus):
    s = chain_of_menus(menus, width=3, limit=2)
    a = analyse_story(s)
    graph = StoryGraph(s)
    prog, initial = build_program(graph)
    total, per_ending = enumerate_paths(graph, prog, initial)
    assert a.paths == total == 3 ** menus
    assert {k: v for k, v in a.paths_by_ending.items() if v} == per_ending

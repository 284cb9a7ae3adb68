"""Which choices matter: exact odds against brute force, loops, `--given`, influence, mute
choices and dead code (vn.routes.odds, vn.routes.mute), and the lint rules they feed."""

from __future__ import annotations

import json
import random
from fractions import Fraction

import pytest
from test_routes_property import apply, holds

from vn.cli import run
from vn.lint import route_problems
from vn.routes import analyse_story
from vn.routes.mute import dead_code, same_outcome_choices
from vn.routes.odds import NEVER_ENDS, odds
from vn.routes.report import build_report
from routes_synth import If, Jump, Menu, Py, Say, Story, program_story, random_program


def brute_odds(prog: dict) -> dict:
    """P(outcome) under uniform random play, by playing every choice sequence with its weight."""
    segs, outcomes = prog["segments"], {}

    def add(key, w):
        outcomes[key] = outcomes.get(key, 0) + w

    def finale(st, w):
        rule1, rule2 = prog["rule"]
        if holds(rule1, st):
            add("ending_human_one", w)
        elif holds(rule2, st):
            add("ending_hybrid_two", w)
        elif prog["dead_end"] and st["b"] >= 2:
            add(None, w)
        else:
            add("ending_automation_three", w)

    def seg(i, st, w):
        run_(segs[i], 0, st, w, (lambda s, w2: seg(i + 1, s, w2)) if i + 1 < len(segs) else finale)

    def run_(stmts, k, st, w, cont):
        if k == len(stmts):
            return cont(st, w)
        s = stmts[k]

        def nxt(s2, w2):
            run_(stmts, k + 1, s2, w2, cont)
        if s[0] == "assign":
            return nxt(apply(s[1], st), w)
        if s[0] == "menu":
            enabled = [item for item in s[1] if holds(item["cond"], st)]
            if not enabled:
                add("stuck", w)
            for item in enabled:
                s2 = st
                for _, a in item["body"]:
                    s2 = apply(a, s2)
                w2 = w / len(enabled)
                seg(item["jump"], s2, w2) if item["jump"] is not None else nxt(s2, w2)
            return None
        if s[0] == "if":
            _, cond, body, target = s
            if not holds(cond, st):
                return nxt(st, w)
            for _, a in body:
                st = apply(a, st)
            return seg(target, st, w) if target is not None else nxt(st, w)
        if s[0] == "call":
            return run_(prog["sub"], 0, st, w, nxt)
        raise AssertionError(s)

    seg(0, {"a": 0, "b": 1, "f": False}, Fraction(1))
    return outcomes


@pytest.mark.parametrize("seed", range(60))
def test_exact_odds_equal_brute_force(seed):
    rng = random.Random(seed)
    prog = random_program(rng, segments=rng.randint(2, 6))
    expected = brute_odds(prog)
    o = odds(analyse_story(program_story(prog)))
    got = dict(zip(o.outcomes, o.exact))
    assert sum(o.exact) == 1
    for name in ("ending_human_one", "ending_hybrid_two", "ending_automation_three"):
        assert got[name] == expected.get(name, 0), name
    assert got["no ending"] == expected.get(None, 0)
    assert got["dead end"] == expected.get("stuck", 0)


def hub_story(exits: int = 2, lap: bool = True) -> dict:
    """A hub menu with a lap back to itself and `exits` endings."""
    s = Story()
    items = [("Another lap", None, [Jump("hub")])] if lap else []
    items += [(f"Leave {k}", None, [Jump(f"ending_human_{k}")]) for k in range(exits)]
    s.label("start", [Jump("hub")])
    s.label("hub", [Say("Round the track."), Menu(items)])
    for k in range(exits):
        s.label(f"ending_human_{k}", [Say("The end.")])
    return s.build()


def test_a_loop_is_solved_as_an_absorbing_chain():
    a = analyse_story(hub_story(exits=2))
    assert a.topo is None
    o = odds(a)
    got = dict(zip(o.outcomes, o.exact))
    assert got["ending_human_0"] == got["ending_human_1"] == Fraction(1, 2)
    assert not o.inexact
    hub = next(m for m in o.menus)
    assert hub.reach == pytest.approx(1.5)  # 1 + 1/3 + 1/9 + ... visits
    assert hub.influence > 0


def test_a_closed_loop_never_ends():
    s = Story()
    s.label("start", [Menu([("Stay", None, [Jump("start")]), ("Also stay", None, [Jump("start")])])])
    s.label("ending_human_never", [Say("Unreached.")])
    o = odds(analyse_story(s.build()))
    assert dict(zip(o.outcomes, o.exact))[NEVER_ENDS] == 1


def choose_story() -> dict:
    s = Story()
    s.default("kind", "0")
    s.label("start", [
        Menu([("Be kind", None, [Py("kind = 1")]), ("Be cold", None, [])]),
        Menu([("Left", None, []), ("Right", None, [])]),          # mute: nothing differs
        Menu([("Wave", None, [Say("You wave.")]), ("Nod", None, [Say("You nod.")])]),
        If([("kind == 1", [Jump("ending_human_warm")]), (None, [Jump("ending_automation_cold")])]),
    ])
    s.label("ending_human_warm", [Say("Warm.")])
    s.label("ending_automation_cold", [Say("Cold.")])
    return s.build()


def test_influence_mute_choices_and_flavour():
    a = analyse_story(choose_story())
    o = odds(a)
    first, mute, flavour = o.menus
    assert first.influence == pytest.approx(1.0) and mute.influence == 0 and flavour.influence == 0
    groups = {tuple(a.ex.choices[c].text for c in g.choices): g.mute for g in same_outcome_choices(a)}
    assert groups == {("Left", "Right"): True, ("Wave", "Nod"): False}


def test_given_conditions_the_odds(tmp_path, capsys):
    story = tmp_path / "story.json"
    story.write_text(json.dumps(choose_story()))
    assert run(["routes", "--story", str(story), "--json", "--given", "Be cold"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["odds"]["ending_automation_cold"] == {"p": 1.0, "exact": "1"}
    assert report["given_chance"] == 0.5
    assert run(["routes", "--story", str(story), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["odds"]["ending_human_warm"]["exact"] == "1/2"
    assert report["outcomes"] == {"human": 0.5, "automation": 0.5}
    decisive = max(report["menus"], key=lambda m: m["influence"])
    assert [c["text"] for c in decisive["choices"]] == ["Be kind", "Be cold"]
    assert [m["choices"] for m in report["mute_choices"]] == [["Left", "Right"]]
    assert [m["choices"] for m in report["no_lasting_effect"]] == [["Wave", "Nod"]]
    # a text no menu offers, or choices no route takes in that order: one line, exit 2
    assert run(["routes", "--story", str(story), "--given", "Be nice"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith('vn: --given "Be nice": no menu offers')
    assert run(["routes", "--story", str(story), "--given", "Left", "Be kind"]) == 2
    assert "no route takes these choices" in capsys.readouterr().err


def test_dead_branch_and_lint_rules():
    s = Story()
    s.default("x", "0")
    s.label("start", [
        Menu([("Go", None, []), ("Also go", None, [])]),
        If([("x > 5", [Say("Never said."), Py("x = 0")]), (None, [Say("Always.")])]),
        Jump("ending_human_one"),
    ])
    s.label("ending_human_one", [Say("End.")])
    story = s.build()
    a = analyse_story(story)
    dead = dead_code(a)
    assert [(d.kind, d.count, d.condition) for d in dead] == [("branch", 2, "x > 5")]
    problems, _ = route_problems(story)
    rules = sorted(p.rule for p in problems)
    assert rules == ["dead-branch", "mute-choice"]
    assert all(p.severity == "warning" for p in problems)


def test_a_last_menu_that_confirms_is_rarely_open():
    """The shape of the game's final call: a vote earlier decides which side the last menu
    offers; only a tie leaves both open. `open` counts arrivals with a real choice of family."""
    s = Story()
    s.default("h", "0")
    s.default("m", "0")
    s.label("start", [
        Menu([("Hands", None, [Py("h += 1")]), ("Machines", None, [Py("m += 1")]),
              ("Neither", None, [])]),
        Menu([("Hands again", None, [Py("h += 1")]), ("Machines again", None, [Py("m += 1")])]),
        Menu([("Pull the plug", "h >= m", [Jump("ending_human_plug")]),
              ("Hand it over", "m >= h", [Jump("ending_automation_over")]),
              ("Hand it over, gently", "m >= h", [Jump("ending_automation_gentle")])]),
    ])
    for name in ("ending_human_plug", "ending_automation_over", "ending_automation_gentle"):
        s.label(name, [Say("End.")])
    o = odds(analyse_story(s.build()))
    first, second, last = o.menus
    assert (first.last, second.last, last.last) == (False, False, True)
    # The second menu always moves one side, so a tie needs "Hands" then "Machines again"
    # or "Machines" then "Hands again": 2 of the 6 plays.
    assert last.open == pytest.approx(2 / 6)
    # Both automation endings are one family: a menu offering only them is not open.
    assert first.open == pytest.approx(1.0) and second.open == pytest.approx(1.0)
    report_menus = build_report(analyse_story(s.build()), with_odds=True)["menus"]
    assert [m["last"] for m in report_menus] == [False, False, True]
    assert report_menus[-1]["open"] == pytest.approx(1 / 3)


def test_a_folded_dialogue_if_branch_never_taken_is_dead_code():
    """Dialogue ifs whose branches rejoin are folded (never split the routes); the branch
    each runs is read off the states arriving where they rejoin. An inner if of a dead
    branch is not reported again; an if whose both branches run is not reported."""
    s = Story()
    s.default("kind", "0")
    s.default("x", "0")
    s.label("start", [
        Menu([("Be kind", None, [Py("kind = 1")]), ("Be cold", None, [])]),
        If([("kind == 1", [Say("Thank you.")]), (None, [Say("Hm.")])]),
        If([("kind > 5", [Say("Never said."), If([("kind == 9", [Say("Nor this.")])])]),
            ("kind == 1", [Say("Kind.")]), (None, [Say("Plain.")])]),
        If([("kind == 1", [Py("x = 1"), Jump("ending_human_one")])]),   # keeps kind live
        Jump("ending_human_one"),
    ])
    s.label("ending_human_one", [Say("End.")])
    a = analyse_story(s.build())
    assert len(a.ex.graph.dialogue_ifs) == 3
    dead = dead_code(a)
    assert [(d.kind, d.count, d.condition) for d in dead] == [("branch", 3, "kind > 5")]
    assert a.ex.graph.where(dead[0].node) == "game/script.rpy:10"


def test_a_folded_if_is_checked_entry_by_entry_when_a_value_it_reads_is_dropped():
    """`mood` is read only by folded dialogue ifs, so it is dropped before they run: the
    branches that read it cannot be told and are never reported (one of them does run),
    while a branch whose condition reads only live values is still found dead."""
    s = Story()
    s.default("kind", "0")
    s.default("mood", "0")
    s.default("x", "0")
    s.label("start", [
        Menu([("Be kind", None, [Py("kind = 1")]), ("Be cold", None, [])]),
        Menu([("Smile", None, [Py("mood = 1")]), ("Frown", None, [])]),
        If([("mood == 1", [Say("You smiled.")]), (None, [Say("You frowned.")])]),
        If([("kind > 5", [Say("Never said.")]), ("kind == 1", [Say("Kind.")]), (None, [Say("Plain.")])]),
        If([("kind == 1", [Say("Kind again.")]), ("mood == 1", [Say("Smiled, not kind.")]),
            (None, [Say("Neither.")])]),
        If([("kind == 1", [Py("x = 1"), Jump("ending_human_one")])]),   # keeps kind live
        Jump("ending_human_one"),
    ])
    s.label("ending_human_one", [Say("End.")])
    a = analyse_story(s.build())
    assert len(a.ex.graph.dialogue_ifs) == 3
    dead = dead_code(a)
    assert [(d.kind, d.count, d.condition) for d in dead] == [("branch", 1, "kind > 5")]


def test_min_odds_makes_a_rare_ending_a_problem(tmp_path, capsys):
    story = tmp_path / "story.json"
    story.write_text(json.dumps(choose_story()))   # two endings, 1/2 each
    assert run(["routes", "--story", str(story), "--json", "--min-odds", "50%"]) == 0
    assert json.loads(capsys.readouterr().out)["below_min_odds"] == []
    assert run(["routes", "--story", str(story), "--min-odds", "0.6"]) == 1
    out = capsys.readouterr().out
    assert "Below --min-odds 60.0%: ending_human_warm (50.0%)" in out
    assert run(["routes", "--story", str(story), "--mermaid", "--min-odds", "0.6"]) == 1
    capsys.readouterr()
    assert run(["routes", "--story", str(story), "--min-odds", "2"]) == 2   # not a chance


def test_a_fair_three_way_split_and_a_disabled_choice_changing_the_denominators():
    def doors(locked: bool) -> dict:
        s = Story()
        s.default("open_door", "False")
        s.label("start", [Menu([("Left", None, [Jump("ending_human_0")]),
                                ("Middle", "open_door" if locked else None, [Jump("ending_human_1")]),
                                ("Right", None, [Jump("ending_human_2")])])])
        for k in range(3):
            s.label(f"ending_human_{k}", [Say("End.")])
        return s.build()
    assert odds(analyse_story(doors(False))).exact[:3] == [Fraction(1, 3)] * 3
    # a disabled choice is not offered: the other two split the plays
    assert odds(analyse_story(doors(True))).exact[:3] == [Fraction(1, 2), Fraction(0), Fraction(1, 2)]


def test_choices_that_differ_only_in_a_value_never_read_are_mute():
    s = Story()
    s.default("souvenir", "0")
    s.default("kind", "0")
    s.label("start", [
        Menu([("Keep the pen", None, [Py("souvenir = 1")]), ("Leave it", None, [])]),   # never read
        Menu([("Be kind", None, [Py("kind = 1")]), ("Be cold", None, [])]),
        If([("kind == 1", [Jump("ending_human_warm")]), (None, [Jump("ending_automation_cold")])]),
    ])
    s.label("ending_human_warm", [Say("Warm.")])
    s.label("ending_automation_cold", [Say("Cold.")])
    a = analyse_story(s.build())
    groups = {tuple(a.ex.choices[c].text for c in g.choices): g.mute for g in same_outcome_choices(a)}
    assert groups == {("Keep the pen", "Leave it"): True}

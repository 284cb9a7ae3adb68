"""`vn routes` on small fixture games, one per verdict, asserting its `--json` output.

Each fixture under tests/fixtures/routes/<name>/ is a real Ren'Py game
(`game/script.rpy`) plus `story.json`, its export by the real engine, committed
next to it. The route tests read the committed JSON, so they run in
milliseconds without the engine; `test_committed_exports_match_the_engine`
re-exports every fixture with the real engine (in parallel, one engine start
per fixture) and fails if any committed JSON has drifted from its script.
Refresh them with:

    VN_REFRESH_ROUTE_FIXTURES=1 .venv/bin/pytest tests/test_routes_fixtures.py -k committed
"""

from __future__ import annotations

import json
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from vn import cli

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "routes"
NAMES = sorted(p.name for p in FIXTURES.iterdir() if (p / "game" / "script.rpy").is_file())


def run(argv: list[str]) -> int:
    """`vn routes ARGV` through the front door."""
    return cli.run(["routes", *argv])


def story_path(name: str) -> Path:
    return FIXTURES / name / "story.json"


def routes(capsys, name: str, *extra: str) -> tuple[int, dict]:
    code = run(["--story", str(story_path(name)), "--json", *extra])
    out = capsys.readouterr()
    assert out.err == ""
    return code, json.loads(out.out)


def stable(report: dict) -> dict:
    """Only the keys whose shape CI relies on."""
    return {k: report[k] for k in ("endings", "unreachable", "dead_ends", "paths", "states")}


def ending(outcome: str, example: list[str] | None, line: int) -> dict:
    return {"outcome": outcome, "reachable": example is not None, "example": example,
            "file": "game/script.rpy", "line": line}


def test_every_fixture_has_a_committed_export():
    assert NAMES == ["all_disabled", "call_return", "call_screen", "clean", "control_tail", "dead_end", "endless_loop", "helper_outside",
                     "helpers", "jump_expression", "label_params", "menu_loop", "random_pick", "real_endings",
                     "trap", "unbounded_counter", "unknown_python", "unreachable_ending", "unsupported",
                     "user_block"]
    for name in NAMES:
        assert story_path(name).is_file(), name


def test_clean_three_endings(capsys):
    code, r = routes(capsys, "clean")
    assert code == 0
    assert r["endings"] == {
        "ending_human_warm": ending("human", ["Say hello", "Trust people"], 26),
        "ending_hybrid_middle": ending("hybrid", ["Say hello", "Meet halfway"], 30),
        "ending_automation_cold": ending("automation", ["Say hello", "Trust machines"], 34),
    }
    assert r["unreachable"] == [] and r["dead_ends"] == []
    # hello: 3 choices enabled at the second menu; walk past: 2 ("Trust people" needs met)
    assert r["paths"] == 5
    assert r["paths_by_ending"] == {"ending_human_warm": 1, "ending_hybrid_middle": 2,
                                    "ending_automation_cold": 2}
    assert isinstance(r["states"], int) and r["states"] > 0
    hello = next(c for c in r["choices"] if c["text"] == "Say hello")
    assert hello["effects"] == {"trust": {"delta": [1, 1]}, "met": {"values": [True]}}
    assert hello["menu"] == "game/script.rpy:11" and hello["reachable"]


def test_dead_end_return_without_ending(capsys):
    code, r = routes(capsys, "dead_end")
    assert code == 1
    assert r["dead_ends"] == [{"kind": "return_without_ending", "file": "game/script.rpy", "line": 8,
                               "example": ["Go home"]}]
    assert r["endings"]["ending_human_stay"]["example"] == ["Stay"]
    assert r["paths"] == 2 and r["paths_without_ending"] == 1


def test_unreachable_ending_and_labels(capsys):
    code, r = routes(capsys, "unreachable_ending")
    assert code == 1
    assert r["endings"]["ending_hybrid_secret"] == ending("hybrid", None, 19)
    assert r["endings"]["ending_human_plain"]["reachable"]
    assert r["unreachable"] == [
        {"kind": "label", "name": "ending_hybrid_secret", "file": "game/script.rpy", "line": 19},
        {"kind": "label", "name": "orphan", "file": "game/script.rpy", "line": 23},
    ]
    assert r["dead_ends"] == [] and r["paths"] == 2


def test_call_and_return_twice(capsys):
    code, r = routes(capsys, "call_return")
    assert code == 0
    # "Settle in" needs visits >= 2: only after the second call has returned
    assert r["endings"]["ending_human_home"]["example"] == ["Visit again", "Settle in"]
    assert r["endings"]["ending_automation_road"]["example"] == ["Visit again", "Move on"]
    assert r["paths"] == 3
    assert r["dead_ends"] == [] and r["unreachable"] == []
    again = next(c for c in r["choices"] if c["text"] == "Visit again")
    assert again["effects"] == {"visits": {"delta": [1, 1]}}


def test_all_choices_disabled(capsys):
    code, r = routes(capsys, "all_disabled")
    assert code == 1
    assert r["dead_ends"] == [{"kind": "all_choices_disabled", "file": "game/script.rpy", "line": 11,
                               "example": ["Wait"]}]
    assert all(e["reachable"] for e in r["endings"].values())
    assert r["unreachable"] == [] and r["paths"] == 2


def test_endless_loops(capsys):
    code, r = routes(capsys, "endless_loop")
    assert code == 1
    assert r["dead_ends"] == [
        {"kind": "endless_loop", "file": "game/script.rpy", "line": 16, "example": ["Knock"]},  # while
        {"kind": "endless_loop", "file": "game/script.rpy", "line": 20, "example": ["Spin"]},   # jump cycle
    ]
    assert r["paths"] == 1


def test_unsupported_python_is_exit_2_with_file_and_line_when_strict(capsys):
    code = run(["--story", str(story_path("unsupported")), "--json", "--strict"])
    out = capsys.readouterr()
    assert code == 2
    assert out.out == ""
    assert out.err == "vn: game/script.rpy:7: unsupported Python: call to open()\n"


def test_unsupported_python_is_explored_as_unknown_and_marks_the_verdict_approximate(capsys):
    code, r = routes(capsys, "unsupported")
    assert code == 0
    assert r["endings"]["ending_human_read"]["reachable"] is True
    assert r["approximate"] == [{"file": "game/script.rpy", "line": 7,
                                 "what": "unsupported Python: call to open()"}]
    assert r["approximate_note"].startswith("approximate:")


def test_helper_functions_and_clamp(capsys):
    code, r = routes(capsys, "helpers")
    assert code == 0
    assert r["endings"]["ending_human_bold"]["example"] == ["Be kind", "Be brave"]
    assert r["endings"]["ending_hybrid_kind"]["example"] == ["Be kind", "Be calm"]
    assert r["endings"]["ending_automation_wary"]["example"] == ["Be wary", "Be brave"]
    assert r["paths"] == 4
    effects = {c["text"]: c["effects"] for c in r["choices"]}
    # bump("trust", 5) from 1 is clamped to LIMITS["trust"] = (0, 3)
    assert effects["Be kind"] == {"trust": {"delta": [2, 2]}, "flag_a": {"values": [True]}}
    # bump("doubt", -5) is clamped at 0: -1 after "Be wary", 0 after "Be kind"
    assert effects["Be brave"] == {"doubt": {"delta": [-1, 0]}, "flag_b": {"values": [True]}}


def test_menu_loop_has_infinitely_many_paths(capsys):
    code, r = routes(capsys, "menu_loop")
    assert code == 0
    assert r["paths"] is None
    assert "infinitely many" in r["paths_note"]
    assert r["endings"]["ending_human_rest"]["example"] == ["Stop"]


def test_menu_with_no_way_out(capsys):
    code, r = routes(capsys, "trap")
    assert code == 1
    assert r["dead_ends"] == [{"kind": "no_exit", "file": "game/script.rpy", "line": 11,
                               "example": ["Stare at the wall"]}]
    assert r["paths"] == 1


def test_text_report(capsys):
    assert run(["--story", str(story_path("clean"))]) == 0
    out = capsys.readouterr().out
    assert 'ending_human_warm       human       reachable    via: "Say hello" > "Trust people"' in out
    assert "Paths: 5 distinct choice sequences" in out
    assert out.rstrip().endswith("OK: every ending is reachable; no dead ends; every choice can be taken")
    assert run(["--story", str(story_path("dead_end")), "--effects"]) == 1
    out = capsys.readouterr().out
    assert 'game/script.rpy:8: return_without_ending  via: "Go home"' in out
    assert "Problems: 0 unreachable ending(s), 1 dead end(s), 0 unreachable choice(s)" in out


@pytest.mark.engine
def test_committed_exports_match_the_engine():
    """The committed story.json files are what the real engine exports today."""
    from vn.export import export_story

    with ThreadPoolExecutor(max_workers=4) as pool:
        fresh = dict(zip(NAMES, pool.map(lambda n: export_story(FIXTURES / n), NAMES)))
    if os.environ.get("VN_REFRESH_ROUTE_FIXTURES"):
        for name, story in fresh.items():
            story_path(name).write_text(json.dumps(story, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    for name, story in fresh.items():
        committed = json.loads(story_path(name).read_text(encoding="utf-8"))
        for key in ("nodes", "labels", "files"):
            assert committed[key] == story[key], f"{name}/story.json is stale ({key}); see this module's docstring"


def test_learntocoderpg_constructs(capsys):
    """renpy.call() of a randomly picked name is exact; a loop on a counter set exactly
    stays exact though Python outside the subset sets it on another route; a method
    call havocs its object, and a condition calling a method is an open branch."""
    code, r = routes(capsys, "control_tail")
    assert code == 0 and r["dead_ends"] == [] and r["unreachable"] == []
    assert {k: v["exact"] for k, v in r["odds"].items()} == {
        "ending_automation_tired": "1/2", "ending_human_rested": "1/2"}
    assert [(a["line"], a["what"].split(":")[0]) for a in r["approximate"]] == [
        (29, "unsupported Python"),                          # renpy.input()
        (30, "`while left > 0` reads left, unknown here"),   # both ways only after it
        (31, "unsupported Python"),                          # left -= 1 on the unknown value
        (32, "unsupported Python"),                          # stats.tire() havocs stats
        (33, "`if stats.low()` reads stats, unknown here")]
    # the random pick and its renpy.call (line 22) are exact: not listed above, and the
    # call goes only where the pick said
    code, _ = routes(capsys, "control_tail", "--given", "(random: morning = 'morning_sun')",
                     "(call morning_sun)")
    assert code == 0
    assert run(["--story", str(story_path("control_tail")), "--given",
                "(random: morning = 'morning_sun')", "(call morning_rain)"]) == 2
    assert "no route takes these choices" in capsys.readouterr().err
    # counted for the player, the loop runs exactly twice (the unknown value of the
    # other route does not leak into this one)
    twice = ["Count for me", "(while left > 0)", "(while left > 0)", "(loop ends)"]
    code, r = routes(capsys, "control_tail", "--given", *twice)
    assert code == 0 and r["given_chance"] == 0.5
    assert run(["--story", str(story_path("control_tail")), "--given", *twice[:3],
                "(while left > 0)"]) == 2
    capsys.readouterr()


def test_katawa_helper_conditions_are_open_branches(capsys):
    """A condition calling a helper outside the subset (KS's `mm_context()`) is an open
    branch, found before exploring; one whose helper fails only when run (it reads a
    define the checker cannot evaluate) becomes one when it fails; `renpy.has_label` is
    decided from the game's labels, so the jump to the missing `cruise_control` is dead."""
    code, r = routes(capsys, "helper_outside")
    assert code == 0 and r["dead_ends"] == [] and r["unreachable"] == []
    assert {k: v["exact"] for k, v in r["odds"].items()} == {
        "ending_automation_menu": "1/2", "ending_hybrid_dev": "1/4", "ending_human_play": "1/4"}
    assert [(a["line"], a["what"]) for a in r["approximate"]] == [
        (21, "`if mm_context()` is outside the Python subset: every branch is explored"),
        (23, "`if dev_mode()` cannot be evaluated in some state (`developer_flag` (defined at "
             "game/script.rpy:14) is `renpy.exists(\"developer.txt\")`, which the checker cannot "
             "evaluate): every branch is explored")]
    assert [(d["line"], d.get("condition")) for d in r["dead_code"]] == [
        (20, 'renpy.has_label("cruise_control")')]
    assert r["widened"] == []
    assert run(["--story", str(story_path("helper_outside")), "--strict"]) == 2
    assert capsys.readouterr().err == (
        "vn: game/script.rpy:21: unsupported Python: in mm_context() (game/script.rpy:7): "
        "attribute `renpy.context()._main_menu`\n")


def test_unbounded_counter_is_widened(capsys):
    """LearnToCodeRPG's day loop: a counter with no bound takes more than 64 values and is
    widened to unbounded; the condition on it takes both ways (approximate, with its
    file:line). With --strict the state space stays an error (exit 2)."""
    code, r = routes(capsys, "unbounded_counter")
    assert code == 0 and r["dead_ends"] == [] and r["unreachable"] == []
    assert r["widened"] == ["num_days", "num_jobs_applied"]
    assert all(e["reachable"] for e in r["endings"].values())
    assert [(a["line"], a["what"].split(":")[0]) for a in r["approximate"]] == [
        (12, "`num_days` takes more than 64 values"),
        (17, "`num_jobs_applied` takes more than 64 values"),
        (20, "menu choice condition(s) on unknown values ('num_jobs_applied > 2')"),
        (25, "`if num_jobs_applied > 100` reads num_jobs_applied, unknown here")]
    assert r["paths"] is None
    # a state space past --max-states widens what varies most where it piles up, not exit 2
    code, r = routes(capsys, "unbounded_counter", "--max-states", "30")
    assert code == 0 and r["widened"] == ["num_days", "num_jobs_applied"]
    assert "`num_days` varies most where the state space passed 30 configurations" in \
        r["approximate"][0]["what"]
    assert run(["--story", str(story_path("unbounded_counter")), "--strict", "--max-states", "5000"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("vn: game/script.rpy:") and "the state space exceeds 5,000" in err
    assert "num_jobs_applied (" in err

"""`vn routes` on games not written to this project's conventions.

The fixture games under tests/fixtures/routes/ (each names the real game its
construct comes from) are read from their committed exports, like
test_routes_fixtures.py. The two real games come from Debian's packages
renpy-thequestion and renpy-demo (tools/install-deps.sh installs them), exported
by the real engine.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vn import cli
from vn.routes import declared_endings

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "routes"
THE_QUESTION = Path("/usr/share/games/renpy/the_question")   # dpkg -L renpy-thequestion
TUTORIAL = Path("/usr/share/games/renpy/demo")               # dpkg -L renpy-demo


def run(argv: list[str]) -> int:
    """`vn routes ARGV` through the front door."""
    return cli.run(["routes", *argv])


def routes(capsys, story: Path | str, *extra: str) -> tuple[int, dict]:
    code = run(["--story", str(story), "--json", *extra])
    out = capsys.readouterr()
    assert out.err == ""
    return code, json.loads(out.out)


def fixture(name: str) -> Path:
    return FIXTURES / name / "story.json"


def where(report: dict) -> list[tuple[str, int]]:
    return [(e["file"], e["line"]) for e in report["approximate"]]


def test_endings_where_play_ends(capsys):
    code, r = routes(capsys, fixture("real_endings"))
    assert code == 0
    assert r["endings_from"] == "implicit"
    # the called quiz's return goes back to start: not an ending; `menu ending_check_code:`
    # is a menu, so `jump main_menu` inside it ends play in label start
    assert r["endings"] == {
        "start": {"outcome": "start", "reachable": True, "example": ["Right answer", "Back to the menu"],
                  "file": "game/script.rpy", "line": 8},
        "quiet": {"outcome": "quiet", "reachable": True, "example": ["Right answer", "The quiet one"],
                  "file": "game/script.rpy", "line": 28},
        "loud": {"outcome": "loud", "reachable": True, "example": ["Right answer", "The loud one"],
                 "file": "game/script.rpy", "line": 32},
    }
    assert r["dead_ends"] == []
    assert r["paths"] == 6
    assert {k: v["exact"] for k, v in r["odds"].items()} == {"start": "1/3", "quiet": "1/3", "loud": "1/3"}
    assert r["approximate"] == []


def test_declared_endings_replace_the_default(capsys, tmp_path):
    code, r = routes(capsys, fixture("real_endings"), "--ending", "qui[e]t")
    assert code == 1
    assert r["endings_from"] == "declared"
    assert list(r["endings"]) == ["quiet"]
    assert sorted((d["kind"], d["line"]) for d in r["dead_ends"]) == [
        ("return_without_ending", 18), ("return_without_ending", 36)]
    # a menu's own label is never an ending, even when a glob matches it
    assert run(["--story", str(fixture("real_endings")), "--ending", "ending_*"]) == 2
    assert capsys.readouterr().err.endswith(
        "--ending 'ending_*' matches no label (the labels of `menu NAME:` and of call's `from` "
        "are not endings)\n")
    (tmp_path / "pyproject.toml").write_text('[tool.vn]\nendings = ["quiet", "loud"]\n', encoding="utf-8")
    assert declared_endings(tmp_path) == ["quiet", "loud"]
    (tmp_path / "vn.toml").write_text('endings = "loud"\n', encoding="utf-8")
    with pytest.raises(Exception, match=r"vn.toml: \[tool.vn\] endings: expected a list"):
        declared_endings(tmp_path)


def test_label_parameters_empty_and_real(capsys):
    story = json.loads(fixture("label_params").read_text(encoding="utf-8"))
    params = {n["name"]: n["parameters"] for n in story["nodes"] if n["kind"] == "label"
              and n["name"] != "start_greet"}  # (the call's `from` label)
    # the export writes the signature, never `<renpy.ast.ParameterInfo object at 0x...>`
    assert params == {"start": "()", "greet": "(who, polite=True)", "ending_human_met": "()"}
    code, r = routes(capsys, fixture("label_params"))
    assert code == 0
    assert r["endings"]["ending_human_met"]["reachable"] is True
    assert where(r) == [("game/script.rpy", 6), ("game/script.rpy", 9)]
    assert run(["--story", str(fixture("label_params")), "--strict"]) == 2
    assert capsys.readouterr().err == ("vn: game/script.rpy:6: unsupported: `call greet` with arguments "
                                       "(their values are not followed into the label)\n")


def test_unknown_python_assigns_unknown_values(capsys):
    code, r = routes(capsys, fixture("unknown_python"))
    assert code == 0
    assert {k: e["example"] for k, e in r["endings"].items()} == {
        "ending_human_fight": ["Yes", "Fight"], "ending_automation_flee": ["Yes", "Flee"]}  # Yes: a button
    # `brave` comes from a method call: the menu's "Fight" if brave is taken as enabled
    assert r["approximate"] == [
        {"file": "game/script.rpy", "line": 25,
         "what": "unsupported Python: call to renpy.input('Your name?').strip()"},
        {"file": "game/script.rpy", "line": 27, "what": "unsupported Python: call to player_stats.change()"},
        {"file": "game/script.rpy", "line": 34,
         "what": "menu choice condition(s) on unknown values ('brave'): taken as enabled"},
    ]
    # `$ e("Hello, [name].")` (line 26) is a line of dialogue and `_return` after the
    # screen's Return buttons a known value (line 29): exact, not listed
    assert run(["--story", str(fixture("unknown_python")), "--strict"]) == 2
    assert capsys.readouterr().err == ("vn: game/script.rpy:25: unsupported Python: call to "
                                       "renpy.input('Your name?').strip()\n")


def test_random_choice_and_randint_are_exact(capsys):
    code, r = routes(capsys, fixture("random_pick"))
    assert code == 0
    assert r["approximate"] == []
    # rain (1 in 3) and a 2 (1 in 2): a storm 1 in 6, as with Ren'Py's own random
    assert {k: v["exact"] for k, v in r["odds"].items()} == {
        "ending_human_calm": "5/6", "ending_automation_storm": "1/6"}
    assert r["paths"] == 6


def test_jump_and_call_expression_go_to_every_label_they_could_name(capsys):
    code, r = routes(capsys, fixture("jump_expression"))
    assert code == 0
    assert r["endings"]["ending_human_a"]["example"] == ["(call chapter_one)", "(jump route_a)"]
    assert r["endings"]["ending_hybrid_b"]["example"] == ["(call chapter_one)", "(jump route_b)"]
    assert [e["what"] for e in r["approximate"]] == [
        "unsupported Python: call to renpy.random.random()",
        '`call expression "chapter_" + "one"`: explored as each of the 1 label(s) it could name',
        "`jump expression pick`: explored as each of the 2 label(s) it could name",
    ]


def test_call_screen_buttons_are_choices(capsys):
    code, r = routes(capsys, fixture("call_screen"))
    assert code == 0
    # Bold shows only after the warm-up (`if trust > 0`, sensitive via the screen's
    # default parameter); Think toggles a flag and shows the gate again: a loop
    assert {k: e["example"] for k, e in r["endings"].items()} == {
        "ending_human_bold": ["Warm up", "Bold"],
        "ending_automation_careful": ["Warm up", "Careful"],
        "ending_hybrid_lost": ["Warm up", "Wander", "Go"],
        "ending_hybrid_map": ["Warm up", "Wander", "Think", "Go"]}
    # worked by hand: careful 1/2*1/3 + 1/2*1/2; the gate's loop ends lost 2/3, map 1/3
    assert {k: v["exact"] for k, v in r["odds"].items()} == {
        "ending_human_bold": "1/6", "ending_automation_careful": "5/12",
        "ending_hybrid_lost": "5/18", "ending_hybrid_map": "5/36"}
    assert r["unreachable"] == []   # map_room is reached only from the gate's Go button
    assert r["approximate"] == [
        {"file": "game/script.rpy", "line": 27,
         "what": "`call screen pick`: game/script.rpy:13: action `Function(renpy.notify, '?')` is not "
                 "followed (the button is left out)"}]
    assert run(["--story", str(fixture("call_screen")), "--strict"]) == 2
    assert capsys.readouterr().err.startswith("vn: game/script.rpy:27: unsupported: `call screen pick`")


def test_screen_actions_modelled():
    from vn.routes.screens import NotModelled, effects, parameter_values
    import ast

    def ways(src: str, params: dict | None = None) -> list[tuple]:
        return [(e.conditions, e.python, e.end) for e in effects(ast.parse(src, mode="eval").body, params or {})]

    assert ways("Return()") == [([], ["_return = True"], ("return",))]
    assert ways("[SetVariable('a', 1), Jump('x'), SetVariable('b', 2)]") == [([], ["a = 1"], ("jump", "x"))]
    assert ways("ToggleVariable('f')") == [([], ["f = (False) if f == (True) else (True)"], None)]
    assert ways("If(c, Call('x'))") == [(["(c)"], [], ("call", "x")), (["not (c)"], [], None)]
    assert ways("[Notify('hi'), MainMenu()]") == [([], [], ("exit",))]
    params = parameter_values("(message, okay=Return(True))", '(_("Hi"))')
    assert ways("okay", params) == [([], ["_return = True"], ("return",))]
    with pytest.raises(NotModelled, match="action `Function"):
        ways("Function(f)")
    with pytest.raises(NotModelled, match="not a constant name"):
        ways("Jump(where)")


def test_creator_defined_block_is_followed(capsys):
    story = json.loads(fixture("user_block").read_text(encoding="utf-8"))
    aside = next(n for n in story["nodes"] if n["kind"] == "user")
    assert aside["enters"] == aside["block"] != aside["next"]   # the export asked its `next`
    code, r = routes(capsys, fixture("user_block"))
    assert code == 0
    assert {k: v["exact"] for k, v in r["odds"].items()} == {
        "ending_human_left": "1/2", "ending_automation_right": "1/2"}
    # a block its statement does not enter is listed, not silently skipped
    aside.update(enters=aside["next"])
    code, r = routes(capsys, _write(story))
    assert code == 1 and r["endings"]["ending_human_left"]["reachable"] is False
    assert r["approximate"] == [{"file": "game/script.rpy", "line": 6, "what": "the block of `aside:` is not "
                                 "followed (the statement's `next` does not enter it)"}]


def test_the_projects_own_verdict_is_exact(capsys, story):
    code, r = routes(capsys, _write(story))
    assert r["endings_from"] == "named"
    assert r["approximate"] == []


def _write(story: dict) -> Path:
    import tempfile
    path = Path(tempfile.mkdtemp()) / "story.json"
    path.write_text(json.dumps(story), encoding="utf-8")
    return path


@pytest.mark.engine
def test_the_question(capsys):
    assert (THE_QUESTION / "game" / "script.rpy").is_file(), "install renpy-thequestion (tools/install-deps.sh)"
    code = run([str(THE_QUESTION), "--json"])
    r = json.loads(capsys.readouterr().out)
    assert code == 0
    assert {k: (e["reachable"], e["line"]) for k, e in r["endings"].items()} == {
        "marry": (True, 160), "later": (True, 238)}
    assert r["dead_ends"] == [] and r["approximate"] == []
    assert {k: v["exact"] for k, v in r["odds"].items()} == {"marry": "1/2", "later": "1/2"}
    assert r["paths"] == 3


@pytest.mark.engine
def test_the_tutorial(capsys):
    assert (TUTORIAL / "game" / "script.rpy").is_file(), "install renpy-demo (tools/install-deps.sh)"
    code = run([str(TUTORIAL), "--json"])
    r = json.loads(capsys.readouterr().out)
    assert code == 0  # the menus inside `example:` blocks and the screens' buttons are choices
    assert list(r["endings"]) == ["end"] and r["endings"]["end"]["reachable"]
    assert r["dead_ends"] == []
    # the imagemap's Jump hotspots reach its labels; left: a label reached only from a
    # text tag's hyperlink ({a=jump:a_label}) and a warp target
    assert [u["name"] for u in r["unreachable"]] == ["a_label", "warp_screen_displayables"]
    approx = {(e["file"], e["line"]) for e in r["approximate"]}
    assert ("game/script.rpy", 175) in approx   # call screen tutorials: a `for` of Return(i)
    assert ("game/indepth_minigame.rpy", 236) in approx   # call screen pong: a custom displayable
    assert ("game/script.rpy", 188) in approx   # call expression tutorial.label
    assert ("game/script.rpy", 177) in approx   # $ tutorial = _return

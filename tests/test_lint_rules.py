"""The project's lint rules (`vn.rules`), one fixture game per rule, on committed exports.

Each tests/fixtures/lint/<case>/story.json is the real engine's export of the
game next to it (checked by test_lint_engine.py), so these tests run without
the engine. Every rule is checked on its FAIL lines and on its PASS lines (the
`clean` fixture passes every rule).
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest

from vn.rules import BY_ID, RULES, Context, run_rules
from vn.rules import flow as F
from vn.rules.text_tags import tag_error

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "lint"


def story_of(case: str) -> dict:
    return json.loads((FIXTURES / case / "story.json").read_text(encoding="utf-8"))


def found(case: str, rule: str) -> dict[int, str]:
    """line -> message of one rule's problems on a fixture."""
    problems = list(BY_ID[rule].check(story_of(case), Context(FIXTURES / case)))
    assert all(p.rule == rule and p.file == "game/script.rpy" for p in problems)
    assert all(p.severity == BY_ID[rule].SEVERITY for p in problems)
    return {p.line: p.message for p in problems}


def marked(case: str, word: str = "FAIL") -> list[int]:
    """Lines of a fixture script whose trailing comment says `# FAIL...`."""
    lines = (FIXTURES / case / "game" / "script.rpy").read_text(encoding="utf-8").splitlines()
    return [i for i, text in enumerate(lines, 1) if re.search(rf"\S.*#\s*{word}\b", text)]


# -- the registry ----------------------------------------------------------------------------


def test_every_rule_has_an_id_a_severity_and_pass_fail_examples():
    assert [r.RULE_ID for r in RULES] == ["define-mutated", "call-without-from", "text-tags",
                                         "unknown-speaker", "silent-character", "speaker-not-shown",
                                         "gui-image-missing", "audio-missing", "crowded-stage"]
    for rule in RULES:
        assert re.fullmatch(r"[a-z]+(-[a-z]+)+", rule.RULE_ID)
        assert rule.SEVERITY in ("error", "warning")
        assert rule.SUMMARY and "\n" not in rule.SUMMARY
        doc = rule.__doc__
        assert doc.startswith(rule.RULE_ID + ":"), rule.__name__
        assert "PASS::" in doc and "FAIL::" in doc, rule.__name__
        assert doc.index("PASS::") < doc.index("FAIL::")


def test_the_clean_fixture_passes_every_rule():
    assert run_rules(story_of("clean"), Context(FIXTURES / "clean")) == []


def test_disabled_rules_do_not_run():
    story = story_of("speaker_not_shown")
    assert run_rules(story, Context(), disable={"speaker-not-shown"}) == []
    assert {p.rule for p in run_rules(story, Context())} == {"speaker-not-shown"}


# -- define-mutated --------------------------------------------------------------------------


def test_define_mutated():
    problems = found("define_mutated", "define-mutated")
    assert sorted(problems) == marked("define_mutated") == [3, 4, 5, 6, 7]
    assert problems[3].startswith("`points` is declared with `define` but changed at game/script.rpy:21")
    assert "default points = ..." in problems[3]
    assert "game/script.rpy:22" in problems[4]     # inventory.append
    assert "game/script.rpy:23" in problems[5]     # through set_flag's flags[name] = True
    assert "game/script.rpy:24" in problems[6]     # adjust("mood", ...) -> setattr(store, name, ...)
    assert "game/script.rpy:28" in problems[7]     # menu: set choices


def test_define_mutated_reads_python_precisely():
    from vn.rules.define_mutated import changes

    def story(*runtime: str, helpers: str = "", hide: bool = False) -> dict:
        nodes = [{"id": "d", "file": "game/s.rpy", "line": 1, "kind": "python", "init": 0,
                  "source": helpers, "store": "store", "hide": False}]
        nodes += [{"id": f"p{i}", "file": "game/s.rpy", "line": 10 + i, "kind": "python",
                   "init": None, "source": src, "store": "store", "hide": hide}
                  for i, src in enumerate(runtime)]
        return {"nodes": nodes}

    assert set(changes(story("a = 1", "b += 1", "c, (d, e) = f()", "store.g = 1"))) == \
        {"a", "b", "c", "d", "e", "g"}
    assert set(changes(story("x[0] = 1", "y.attr = 2", "del z[1]", "w.update({})"))) == {"x", "y", "z", "w"}
    assert set(changes(story("print(a.get(1))", "n = len(a)"))) == {"n"}
    assert set(changes(story("a = 1", "store.b = 2", hide=True))) == {"b"}
    helpers = ("def f(name, v):\n    setattr(store, name, v)\n"
               "def g():\n    global q\n    q = 1\n"
               "def h():\n    local = 1\n    g()\n"
               "def rec():\n    rec()\n")
    assert set(changes(story('f("k", 1)', "h()", "rec()", helpers=helpers))) == {"k", "q"}
    assert set(changes(story("f(v=1, name='j')", helpers=helpers))) == {"j"}
    assert changes(story("this is not python")) == {}


# -- call-without-from -----------------------------------------------------------------------


def test_call_without_from():
    problems = found("call_without_from", "call-without-from")
    assert list(problems) == [5]
    assert problems[5].startswith("`call scene_two` has no `from` clause")
    assert "call scene_two from _call_scene_two" in problems[5]


# -- gui-image-missing -----------------------------------------------------------------------


def test_gui_image_missing():
    problems = found("gui_image_missing", "gui-image-missing")
    assert list(problems) == marked("gui_image_missing")
    assert problems[4].startswith("game/gui/game_menu.png does not exist")
    assert problems[9].startswith("game/gui/button/radio_idle_foreground.png does not exist")
    assert problems[13].startswith("game/gui/framed.png does not exist")


def test_gui_image_missing_without_a_gui_folder_is_one_problem(tmp_path):
    import shutil
    shutil.copytree(FIXTURES / "gui_image_missing" / "game", tmp_path / "game")
    shutil.rmtree(tmp_path / "game" / "gui")
    problems = list(BY_ID["gui-image-missing"].check({}, Context(tmp_path)))
    assert len(problems) == 1
    assert (problems[0].file, problems[0].line) == ("game/script.rpy", 3)
    assert "game/gui does not exist (6 interface images are named): run `vn sprites build`" in problems[0].message


def test_gui_image_missing_needs_the_game_folder():
    assert list(BY_ID["gui-image-missing"].check(story_of("gui_image_missing"), Context())) == []


# -- text-tags -------------------------------------------------------------------------------


def test_text_tags():
    assert found("text_tags", "text-tags") == {
        8: "text tags in this line: never closed: `{i}`",
        9: "text tags in this line: `{/b}` comes while `{i}` is still open: close `{i}` first",
        10: "text tags in this line: `{/b}` closes a tag that is not open",
        11: 'text tags in this choice "An {i}unclosed choice": never closed: `{i}`',
    }


@pytest.mark.parametrize("text, error", [
    ("plain", None),
    ("{b}{i}x{/i}{/b}{w}{p}{nw}{fast}{image=a.png}{space=3}{vspace=2}", None),
    ("{size=+16}Monday{/size}\n\nThree weeks", None),
    ("{{not a tag}", None),
    ("{#comment} {=style}x{/=style}", None),
    ("{custom}x{/custom} and {selfclosing}", None),   # unknown tags: closed only if closed
    ("{b}x", "never closed: `{b}`"),
    ("{b}{i}x{/b}", "`{/b}` comes while `{i}` is still open: close `{i}` first"),
    ("x{/i}", "`{/i}` closes a tag that is not open"),
    ("{color=#fff}x{/color}{color=#000}", "never closed: `{color}`"),
    ("{}", "an empty text tag `{}`"),
    ("open {b", "a text tag opened with `{` is never closed with `}` (`{b`)"),
])
def test_tag_error(text, error):
    assert tag_error(text) == error


# -- unknown-speaker -------------------------------------------------------------------------


def test_unknown_speaker():
    assert found("unknown_speaker", "unknown-speaker") == {
        12: "`cala` is not a defined character (did you mean `calla`?): define it with "
            "`define cala = Character(...)` or fix the name",
        13: "`leoo` is not a defined character (did you mean `leo`?): define it with "
            "`define leoo = Character(...)` or fix the name",
    }


# -- silent-character ------------------------------------------------------------------------


def test_silent_character():
    assert found("silent_character", "silent-character") == {
        6: "character `otto` (Otto) is defined but never speaks"}


# -- speaker-not-shown -----------------------------------------------------------------------


def test_speaker_not_shown_follows_the_control_flow():
    problems = found("speaker_not_shown", "speaker-not-shown")
    # Every FAIL line, plus line 40, which only its ignore comment (applied by vn lint) excuses.
    assert sorted(problems) == sorted(marked("speaker_not_shown") + [40])
    some = "is not shown on some of the routes that reach this line"
    never = "is not shown on any route that reaches this line"
    assert some in problems[29]      # a menu branch without the show
    assert never in problems[39]     # hidden
    assert some in problems[43]      # shown under an if
    assert problems[43].startswith("`mx` (image tag `max`) speaks")
    assert never in problems[47]     # the called label's scene cleared the screen
    assert some in problems[64]      # called twice, Otto shown by one caller only
    assert never in problems[69] and never in problems[73]
    assert "`show calla` before the line" in problems[29]
    assert "# vn: ignore[speaker-not-shown]" in problems[29]


def test_speaker_not_shown_on_the_pass_lines():
    problems = found("speaker_not_shown", "speaker-not-shown")
    lines = (FIXTURES / "speaker_not_shown" / "game" / "script.rpy").read_text().splitlines()
    passes = [i for i, t in enumerate(lines, 1) if "# PASS" in t]
    assert len(passes) == 6 and not set(passes) & set(problems)


def _story(*nodes: dict, labels: dict | None = None, images=("a x", "b x", "bg x")) -> dict:
    """A hand-made export: nodes given as dicts with id/kind/next (file/line added)."""
    out = []
    for k, n in enumerate(nodes, 1):
        out.append({"file": "game/t.rpy", "line": k, "next": None, **n})
    return {"nodes": out, "labels": labels or {"start": out[0]["id"]},
            "images": [{"name": n} for n in images],
            "characters": {c: {"image": c} for c in ("a", "b")}}


def test_flow_python_staging_and_layers():
    story = _story(
        {"id": "s", "kind": "label", "name": "start", "next": "p"},
        {"id": "p", "kind": "python", "init": None, "next": "l",
         "source": 'renpy.show("a x")\nrenpy.show("b x", layer="screens")\nrenpy.scene()\nrenpy.show("b x", tag="b")'},
        {"id": "l", "kind": "show", "tag": "a", "layer": "screens", "next": "say"},
        {"id": "say", "kind": "say", "character": "b", "next": None},
    )
    flow = F.Flow(story)
    assert flow.must["say"] == frozenset({"b"}) == flow.may["say"]


def test_flow_recursion_while_and_jump_expression_terminate():
    story = _story(
        {"id": "s", "kind": "label", "name": "start", "next": "w"},
        {"id": "w", "kind": "while", "body": "c", "next": "j"},
        {"id": "c", "kind": "call", "target": "r", "from": "x", "next": "w"},
        {"id": "j", "kind": "jump", "target": "anything", "expression": True},
        {"id": "r", "kind": "label", "name": "r", "next": "i"},
        {"id": "i", "kind": "if", "entries": [{"condition": "flag", "next": "rc"}], "next": "sh"},
        {"id": "rc", "kind": "call", "target": "r", "from": "y", "next": "sh"},
        {"id": "sh", "kind": "show", "tag": "a", "next": "ret"},
        {"id": "ret", "kind": "return"},
        labels={"start": "s", "r": "r"},
    )
    flow = F.Flow(story)
    assert flow.must["j"] == frozenset()          # the loop may run zero times
    assert flow.may["j"] == frozenset({"a"})
    assert flow.must["ret"] == frozenset({"a"})


@pytest.mark.parametrize("meet, pick", [(F.meet_must, min), (F.meet_may, max)])
def test_effects_compose_and_meet_per_tag(meet, pick):
    """Per tag an effect is remove (0) < keep (1) < add (2); check the algebra exhaustively
    on one tag against its definition on sets."""
    def effect(kind: int) -> F.Effect:
        return F.Effect(frozenset({"t"}) if kind == 2 else frozenset(),
                        frozenset({"t"}) if kind == 0 else frozenset())

    def apply(kind: int, shown: bool) -> bool:
        return shown if kind == 1 else kind == 2

    for x, y in itertools.product(range(3), repeat=2):
        for shown in (False, True):
            s = frozenset({"t"}) if shown else frozenset()
            assert ("t" in effect(x).then(effect(y))(s)) == apply(y, apply(x, shown))
        assert meet(effect(x), effect(y)) == effect(pick(x, y))


def test_silent_character_counts_the_narrator_of_plain_lines():
    from vn.rules import silent_character
    story = {"characters": {"narrator": {"name": None}, "otto": {"name": "Otto"}},
             "nodes": [{"id": "d1", "file": "game/t.rpy", "line": 1, "kind": "define", "store": "store",
                        "name": "narrator", "source": "Character(None, what_italic=True)"},
                       {"id": "d2", "file": "game/t.rpy", "line": 2, "kind": "define", "store": "store",
                        "name": "otto", "source": 'Character("Otto")'},
                       {"id": "s", "file": "game/t.rpy", "line": 3, "kind": "say", "who": None,
                        "character": None, "what": "A plain line."}]}
    assert [p.line for p in silent_character.check(story, Context())] == [2]


def test_speaker_not_shown_skips_nvl_characters():
    from vn.rules import speaker_not_shown
    story = _story({"id": "s", "kind": "label", "name": "start", "next": "say"},
                   {"id": "say", "kind": "say", "character": "a", "next": None})
    assert [p.line for p in speaker_not_shown.check(story, Context())] == [2]
    story["characters"]["a"]["kind"] = "nvl"
    assert list(speaker_not_shown.check(story, Context())) == []


# -- crowded-stage ---------------------------------------------------------------------------


def test_crowded_stage_reports_the_fourth_sprite_in_a_row():
    problems = found("crowded_stage", "crowded-stage")
    assert sorted(problems) == marked("crowded_stage") == [41, 60]
    assert problems[41].startswith("4 sprites on stage at once (calla, max, milena, otto)")
    assert "crowd_* transforms" in problems[41]


def test_crowded_stage_passes_crowds_in_depth_moves_and_partial_routes():
    problems = found("crowded_stage", "crowded-stage")
    assert not set(problems) & set(marked("crowded_stage", "PASS"))

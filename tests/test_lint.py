"""`vn lint` as a whole, without the engine: exit codes, output, JSON shape, ignore comments,
Ren'Py's report merged with the rules, the route and sprite checks.

The engine's two products are served from fixtures: the story export is the committed
tests/fixtures/lint/<case>/story.json (see test_lint_rules.py), and Ren'Py's lint report
is a text given per test (an empty report by default). test_lint_engine.py runs the
same command with the real engine.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import vn.lint as lint
from vn.cli import run as vn
from vn.errors import VnError
from vn.lint import Context, Problem, comment_of, ignored_rules, lint_game
from vn import cli
from vn.rules import translation_check

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "lint"

EMPTY_REPORT = """\ufeffRen'Py 8.0.3.22090809u lint report, generated at: Sat Nov 21 05:20:17 2026

Statistics:

The game contains 7 dialogue blocks, containing 27 words and
130 characters, for an average of 3.9 words and 19 characters per
block.

The game contains 1 menus, 6 images, and 0 screens.
"""


def run(argv: list[str]) -> int:
    """`vn lint ARGV` through the front door."""
    return cli.run(["lint", *argv])


class FakeEngine:
    """Serves committed exports and given Ren'Py lint reports; counts what it was asked."""

    def __init__(self):
        self.reports: dict[str, str] = {}
        self.calls: list[str] = []

    def export(self, base: Path) -> dict:
        self.calls.append("export")
        path = Path(base) / "story.json"
        if not path.exists():
            raise VnError("game/script.rpy:3: is not terminated with a newline.")
        return json.loads(path.read_text(encoding="utf-8"))

    def renpy_lint(self, base: Path) -> lint.LintReport:
        self.calls.append("renpy_lint")
        return lint.parse_report(self.reports.get(Path(base).name, EMPTY_REPORT))


@pytest.fixture
def engine(monkeypatch) -> FakeEngine:
    fake = FakeEngine()
    monkeypatch.setattr(lint, "_export", fake.export)
    monkeypatch.setattr(lint, "renpy_lint", fake.renpy_lint)
    monkeypatch.setattr(lint, "find_engine", lambda: None)
    monkeypatch.setattr(translation_check, "translation_dump", lambda base: None)
    return fake


@pytest.fixture
def copy_case(tmp_path):
    """A writable copy of a fixture case: copy_case("clean") -> base directory."""
    def make(case: str) -> Path:
        dest = tmp_path / case
        shutil.copytree(FIXTURES / case, dest)
        return dest
    return make


def lint_json(capsys, *argv: str) -> tuple[int, dict]:
    code = run([*argv, "--json"])
    out = capsys.readouterr()
    assert out.err == ""
    return code, json.loads(out.out)


# -- exit codes and output ------------------------------------------------------------------


def test_clean_game_exits_0_with_one_summary_line(engine, capsys):
    assert vn(["lint", str(FIXTURES / "clean")]) == 0
    out = capsys.readouterr()
    assert out.err == ""
    assert out.out.count("\n") == 1
    assert out.out.startswith("0 error(s); 0 warning(s); 27 words in 7 dialogue blocks, 1 menus; 1 of 1 endings reachable, 2 paths (")
    assert sorted(engine.calls) == ["export", "renpy_lint"]   # one export, one Ren'Py lint


def test_errors_exit_1_with_file_line_rule_message(engine, capsys):
    assert run([str(FIXTURES / "call_without_from")]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("game/script.rpy:5: call-without-from: `call scene_two` has no `from` clause")
    assert lines[-1].startswith("1 error(s) (call-without-from 1); 0 warning(s);")


def test_warnings_alone_exit_0_unless_strict(engine, capsys):
    case = str(FIXTURES / "speaker_not_shown")
    # (its renpy.show() is outside the route checker's Python: an approximate verdict, no error)
    assert run([case, "--disable", "routes"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1].startswith(
        "0 error(s); 7 warning(s) (speaker-not-shown 7); 1 ignored by comment;")
    assert run([case, "--disable", "routes", "--strict"]) == 1
    capsys.readouterr()
    assert run([case]) == 0
    out = capsys.readouterr().out
    assert "routes-unchecked" not in out
    assert "game/script.rpy:72: unreachable-label: label `replay_only` is entered by no route" in out


def test_json_shape(engine, capsys):
    code, report = lint_json(capsys, str(FIXTURES / "speaker_not_shown"), "--disable", "routes")
    assert code == 0
    assert set(report) == {"problems", "stats"}
    for p in report["problems"]:
        assert list(p) == ["rule", "severity", "file", "line", "message"]
    assert report["problems"][0] == {
        "rule": "speaker-not-shown", "severity": "warning", "file": "game/script.rpy", "line": 29,
        "message": "`calla` speaks but is not shown on some of the routes that reach this line "
                   "(a branch, a `hide` or a `scene` leaves it off): `show calla` before the line, "
                   "or mark an off-screen line with `# vn: ignore[speaker-not-shown]`"}
    s = report["stats"]
    assert (s["errors"], s["warnings"], s["ignored"]) == (0, 7, 1)
    assert s["by_rule"] == {"speaker-not-shown": 7}
    assert s["words"] == 27 and s["dialogue_blocks"] == 7 and s["menus"] == 1
    assert set(s["seconds"]) >= {"export", "renpy_lint", "rules", "total"}
    assert "routes" not in s


def test_json_stats_of_the_route_check(engine, capsys):
    code, report = lint_json(capsys, str(FIXTURES / "routes"))
    assert code == 1
    assert report["stats"]["routes"] == {"endings": 2, "reachable_endings": 1, "paths": 3, "states": 6}
    assert [(p["line"], p["rule"], p["severity"]) for p in report["problems"]] == [
        (7, "unreachable-choice", "error"),
        (16, "dead-end", "error"),
        (18, "dead-branch", "warning"),      # the jump to the ending no route reaches
        (25, "unreachable-ending", "error"),
        (29, "unreachable-label", "warning"),
    ]
    messages = {p["rule"]: p["message"] for p in report["problems"]}
    assert messages["dead-end"] == ("dead end (return_without_ending): the game returns to the main "
                                    'menu before any ending, via "Go home"')
    assert messages["unreachable-choice"] == ('choice "Boast" can never be taken (its condition '
                                              "`score > 3` is false on every route)")
    assert messages["unreachable-ending"] == "ending `ending_hybrid_secret` (hybrid) is reached by no route"
    assert messages["unreachable-label"] == "label `orphan` is entered by no route"


def test_games_without_endings_are_not_told_they_return_without_one(engine, capsys):
    code, report = lint_json(capsys, str(FIXTURES / "call_without_from"))
    assert [p["rule"] for p in report["problems"]] == ["call-without-from"]


def test_bad_input_exits_2_with_one_line(engine, tmp_path, capsys):
    assert run([str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"vn: {tmp_path}: not a Ren'Py game (no game/ directory)\n"
    assert run([str(FIXTURES / "syntax_error")]) == 2       # no export: the fake raises as Ren'Py would
    assert capsys.readouterr().err == "vn: game/script.rpy:3: is not terminated with a newline.\n"
    assert run([str(FIXTURES / "clean"), "--disable", "speaker-not-shwon"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--disable speaker-not-shwon: no such rule" in err


def test_list_rules(capsys):
    assert run(["--list-rules"]) == 0
    out = capsys.readouterr().out.splitlines()
    ids = [line.split()[0] for line in out]
    assert ids == sorted(lint.CATALOGUE)
    assert {"renpy-lint", "speaker-not-shown", "define-mutated", "dead-end", "sprite-missing",
            "translation-stale", "bad-ignore"} <= set(ids)
    assert any(line.split()[:2] == ["speaker-not-shown", "warning"] for line in out)


def test_disabling_skips_the_engine_run_it_needs(engine, capsys):
    assert run([str(FIXTURES / "clean"), "--disable", "renpy-lint,routes"]) == 0
    assert engine.calls == ["export"]


# -- Ren'Py's own lint in the mix -----------------------------------------------------------


def test_renpy_lint_problems_are_errors_and_rules_supersede_them(engine, capsys):
    engine.reports["text_tags"] = EMPTY_REPORT.replace("\nStatistics:", """
game/script.rpy:8 One or more text tags were left open at the end of the string: 'i' (in "I {i}told you.")

game/script.rpy:9 Close text tag '/b' does not match open text tag 'i'. (in "{b}{i}Twice{/b}{/i}.")

game/script.rpy:12 'bg room' is not an image.

Statistics:""")
    code, report = lint_json(capsys, str(FIXTURES / "text_tags"))
    assert code == 1
    assert [(p["line"], p["rule"]) for p in report["problems"]] == [
        (8, "text-tags"), (9, "text-tags"), (10, "text-tags"), (11, "mute-choice"), (11, "text-tags"),
        (12, "renpy-lint")]
    assert report["problems"][-1] == {"rule": "renpy-lint", "severity": "error", "file": "game/script.rpy",
                                      "line": 12, "message": "'bg room' is not an image."}
    # with the rule off, Ren'Py's own report of the same lines is kept
    code, report = lint_json(capsys, str(FIXTURES / "text_tags"), "--disable", "text-tags")
    assert [(p["line"], p["rule"]) for p in report["problems"]] == [
        (8, "renpy-lint"), (9, "renpy-lint"), (11, "mute-choice"), (12, "renpy-lint")]


# -- ignore comments --------------------------------------------------------------------------


@pytest.mark.parametrize("line, comment", [
    ('    calla "Hi."  # vn: ignore[x]', " vn: ignore[x]"),
    ('    calla "A # in a string"', None),
    ('    calla "{color=#f00}Red{/color}" # c', " c"),
    ("    calla 'it\\'s # still a string' # c", " c"),
    ("    $ x = 1", None),
    ("# a whole-line comment", " a whole-line comment"),
])
def test_comment_of(line, comment):
    assert comment_of(line) == comment


def test_ignored_rules():
    assert ignored_rules('calla "Hi."  # vn: ignore[speaker-not-shown]') == {"speaker-not-shown"}
    assert ignored_rules('x "Hi." # vn:ignore[a, b] and vn: ignore[c]') == {"a", "b", "c"}
    assert ignored_rules('calla "vn: ignore[speaker-not-shown]"') == set()
    assert ignored_rules('calla "Hi." # vn: ignore') == set()
    assert ignored_rules(None) == set()


def test_an_ignore_comment_suppresses_only_its_rule_on_its_line(engine, copy_case, capsys):
    base = copy_case("speaker_not_shown")
    script = base / "game" / "script.rpy"
    lines = script.read_text(encoding="utf-8").splitlines()
    assert lines[39].endswith("# vn: ignore[speaker-not-shown]")
    lines[28] += "  # vn: ignore[speaker-not-shown, define-mutated]"   # line 29
    lines[38] += "  # vn: ignore[text-tags]"                           # line 39: another rule
    script.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, report = lint_json(capsys, str(base), "--disable", "routes")
    lines_found = [p["line"] for p in report["problems"]]
    assert 29 not in lines_found and 40 not in lines_found and 39 in lines_found
    assert report["stats"]["ignored"] == 2


def test_ignore_comments_apply_to_renpy_lint_problems(engine, copy_case, capsys):
    base = copy_case("clean")
    engine.reports["clean"] = EMPTY_REPORT.replace(
        "\nStatistics:", "\ngame/script.rpy:21 'calla neutral' is not an image.\n\nStatistics:")
    assert run([str(base)]) == 1
    capsys.readouterr()
    script = base / "game" / "script.rpy"
    lines = script.read_text(encoding="utf-8").splitlines()
    lines[20] += "  # vn: ignore[renpy-lint]"
    script.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run([str(base)]) == 0


def test_bad_ignore_names_no_rule(engine, copy_case, capsys):
    base = copy_case("clean")
    script = base / "game" / "script.rpy"
    script.write_text(script.read_text(encoding="utf-8").replace(
        '    calla "Either way, we start now."',
        '    calla "Either way, we start now."  # vn: ignore[speaker-not-show]'), encoding="utf-8")
    code, report = lint_json(capsys, str(base))
    assert code == 0
    assert report["problems"] == [{
        "rule": "bad-ignore", "severity": "warning", "file": "game/script.rpy", "line": 30,
        "message": "`# vn: ignore[speaker-not-show]` names no rule (did you mean `speaker-not-shown`?); "
                   "`vn lint --list-rules` lists them"}]


# -- the sprite and translation checks ------------------------------------------------------


def test_sprite_manifest_check(engine, copy_case, capsys):
    base = copy_case("clean")
    manifest = {"format": "vn-sprite-manifest",
                "characters": {"calla": {"image": "calla", "files": [
                    {"image": "calla neutral", "file": "characters/calla neutral.png", "attribute": "neutral"},
                    {"image": "calla sad", "file": "characters/calla sad.png", "attribute": "sad"}]}},
                "backgrounds": [], "cg": []}
    (base / "game" / "images").mkdir()
    (base / "game" / "images" / "manifest.json").write_text(json.dumps(manifest))
    story = json.loads((base / "story.json").read_text())
    story["images"] = [i for i in story["images"] if i["name"] != "calla happy"]
    (base / "story.json").write_text(json.dumps(story))
    engine.reports["clean"] = EMPTY_REPORT.replace(
        "\nStatistics:", "\ngame/script.rpy:27 'calla happy' is not an image.\n\nStatistics:")
    code, report = lint_json(capsys, str(base))
    assert code == 1
    assert report["problems"] == [{
        "rule": "sprite-missing", "severity": "error", "file": "game/script.rpy", "line": 27,
        "message": 'image "calla happy" has no sprite in game/images/manifest.json (add it to art/ '
                   "and run `vn sprites build`, or fix the name)"}]
    assert report["stats"]["sprites"] == {"missing": 1, "unused": 1}


def test_no_manifest_no_sprite_check(engine, capsys):
    code, report = lint_json(capsys, str(FIXTURES / "clean"))
    assert "sprites" not in report["stats"]


def test_translation_problems_without_translations():
    story = json.loads((FIXTURES / "translation" / "story.json").read_text())
    assert lint.translation_problems(FIXTURES / "clean", story) == []        # no game/tl/


def test_a_malformed_dump_is_a_crash_not_a_warning():
    # vn.translate is part of vn: a shape lint does not expect is a bug of ours, not a
    # translation problem, so it must not be turned into a `translation-unchecked` warning.
    with pytest.raises((KeyError, AttributeError, TypeError)):
        lint.translation_problems(FIXTURES / "translation", {}, dump={"translations": {"spanish": {}}})


# -- the Python API ---------------------------------------------------------------------------


def test_lint_game_with_a_story_and_report_given_starts_nothing(engine):
    story = json.loads((FIXTURES / "unknown_speaker" / "story.json").read_text())
    report = lint_game(FIXTURES / "unknown_speaker", story=story,
                       renpy_report=lint.parse_report(EMPTY_REPORT), translations=False)
    assert engine.calls == []
    assert [p.render() for p in report.errors] == [
        "game/script.rpy:12: unknown-speaker: `cala` is not a defined character (did you mean "
        "`calla`?): define it with `define cala = Character(...)` or fix the name",
        "game/script.rpy:13: unknown-speaker: `leoo` is not a defined character (did you mean "
        "`leo`?): define it with `define leoo = Character(...)` or fix the name"]
    assert report.warnings == []


def test_problem_keeps_the_renpy_report_format():
    p = Problem("game/script.rpy", 3, "'bg room' is not an image.")
    assert str(p) == "game/script.rpy:3: 'bg room' is not an image."
    assert p.render() == "game/script.rpy:3: renpy-lint: 'bg room' is not an image."
    assert (p.rule, p.severity) == ("renpy-lint", "error")
    assert Context().source_line("game/script.rpy", 1) is None

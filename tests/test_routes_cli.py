"""`vn routes` as a command: bad input, the `register(subparsers)` contract, the real game."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from vn import cli
from vn.routes import analyse_story, register
from vn.routes.report import build_report, exit_code, format_text
from routes_synth import Call, Jump, Menu, Py, Return, Say, Story

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "routes"


def run(argv: list[str]) -> int:
    """`vn routes ARGV` through the front door."""
    return cli.run(["routes", *argv])


def write(tmp_path: Path, story: dict) -> Path:
    path = tmp_path / "story.json"
    path.write_text(json.dumps(story))
    return path


def one_line_error(capsys, argv: list[str]) -> str:
    assert run(argv) == 2
    out = capsys.readouterr()
    assert out.out == "" and out.err.count("\n") == 1 and "Traceback" not in out.err
    assert out.err.startswith("vn: ")
    return out.err[4:].strip()


def story_with(body: list, *more: tuple[str, list]) -> dict:
    S = Story()
    S.default("x", "0")
    S.label("start", body)
    for name, stmts in more:
        S.label(name, stmts)
    S.label("ending_human_x", [Return()])
    return S.build()


def test_jump_to_missing_label(tmp_path, capsys):
    path = write(tmp_path, story_with([Say("hi"), Jump("nowhere")]))
    assert one_line_error(capsys, ["--story", str(path)]) == "game/script.rpy:4: jump to missing label `nowhere`"


def test_expression_jump_is_unsupported(tmp_path, capsys):
    story = story_with([Jump("ending_human_x")])
    jump = next(n for n in story["nodes"] if n["kind"] == "jump")
    jump.update(expression=True, target='"ending_" + kind')
    path = write(tmp_path, story)
    err = one_line_error(capsys, ["--story", str(path), "--json", "--strict"])
    assert err == 'game/script.rpy:3: unsupported: `jump expression "ending_" + kind` (the target is computed at run time)'
    # without --strict: every label the prefix could name, and an approximate verdict
    assert run(["--story", str(path), "--json"]) == 0
    r = json.loads(capsys.readouterr().out)
    assert r["endings"]["ending_human_x"]["example"] == ["(jump ending_human_x)"]
    assert r["approximate"] == [{"file": "game/script.rpy", "line": 3, "what":
                                 '`jump expression "ending_" + kind`: explored as each of the 1 label(s) it could name'}]


def test_unsupported_python_in_a_condition(tmp_path, capsys):
    path = write(tmp_path, story_with([Menu([("Roll", "renpy.random.random() > 0.5", [Jump("ending_human_x")]),
                                            ("Stay", None, [Jump("ending_human_x")])])]))
    err = one_line_error(capsys, ["--story", str(path), "--strict"])
    assert err == "game/script.rpy:3: unsupported Python: call to renpy.random.random()"
    assert run(["--story", str(path), "--json"]) == 0  # the choice is taken as enabled
    r = json.loads(capsys.readouterr().out)
    assert [e["line"] for e in r["approximate"]] == [3]


def test_unbounded_counter_is_widened_or_with_strict_a_clear_error(tmp_path, capsys):
    path = write(tmp_path, story_with([Jump("loop")], ("loop", [Py("x += 1"), Menu([("Again", None, [Jump("loop")]),
                                                                                   ("Stop", None, [Jump("ending_human_x")])])])))
    err = one_line_error(capsys, ["--story", str(path), "--max-states", "500", "--strict"])
    assert "the state space exceeds 500 configurations; raise --max-states or bound the counters" in err
    assert run(["--story", str(path), "--max-states", "500", "--json"]) == 0
    r = json.loads(capsys.readouterr().out)
    assert r["endings"]["ending_human_x"]["reachable"] is True
    assert r["widened"] == ["x"]
    assert [(e["line"], e["what"].split(":")[0]) for e in r["approximate"]] == [
        (5, "`x` takes more than 64 values")]


@pytest.mark.parametrize("content, message", [
    ("{oops", "not valid JSON"),
    ('{"nodes": 3}', "not a vn story export"),
    ('{"nodes": [], "labels": {}}', "the story has no `label start`"),
])
def test_bad_story_json(tmp_path, capsys, content, message):
    path = tmp_path / "story.json"
    path.write_text(content)
    assert message in one_line_error(capsys, ["--story", str(path)])


def test_missing_story_file(tmp_path, capsys):
    assert "cannot read story JSON" in one_line_error(capsys, ["--story", str(tmp_path / "nope.json")])


def test_json_and_mermaid_are_exclusive(capsys):
    assert run(["--json", "--mermaid"]) == 2
    assert "not allowed with" in capsys.readouterr().err


def test_python_error_in_the_game_is_a_dead_end(tmp_path, capsys):
    path = write(tmp_path, story_with([Menu([("Divide", None, [Py("x = 1 / x")]), ("Skip", None, [])]),
                                       Jump("ending_human_x")]))
    assert run(["--story", str(path), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["dead_ends"] == [{"kind": "python_error", "file": "game/script.rpy", "line": 4,
                                    "example": ["Divide"], "message": "ZeroDivisionError: division by zero"}]


def test_register_adds_the_routes_verb():
    """The contract cli.py uses: register(subparsers) adds a verb whose func(args) -> int."""
    parser = argparse.ArgumentParser(prog="vn")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["routes", "--story", str(FIXTURES / "clean" / "story.json"), "--json"])
    assert args.func(args) == 0


def test_vn_cli_front_door(capsys):
    from vn import cli
    assert cli.run(["routes", "--story", str(FIXTURES / "clean" / "story.json")]) == 0


def test_calls_with_return_points_and_endings_passed_inside_a_call():
    """An ending reached inside a called label returns to the caller and still counts."""
    story = story_with([Call("chapter", "start_chapter"), Return()],
                       ("chapter", [Menu([("Good", None, [Jump("ending_human_x")]), ("Bad", None, [Return()])])]))
    a = analyse_story(story)
    report = build_report(a)
    assert report["endings"]["ending_human_x"]["example"] == ["Good"]
    # "Bad" returns to start, which returns with no ending passed
    assert [d["kind"] for d in report["dead_ends"]] == ["return_without_ending"]
    assert exit_code(report) == 1
    assert "return_without_ending" in format_text(report, a)


@pytest.mark.engine
def test_exports_the_game_dir_when_no_story_is_given(tmp_path, capsys):
    import shutil
    base = tmp_path / "clean"
    shutil.copytree(FIXTURES / "clean" / "game", base / "game")
    assert run([str(base), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["paths"] == 5


@pytest.mark.engine
def test_real_game_routes(story):
    """Every ending of Smile Protocol is reachable, with no dead end or dead choice."""
    a = analyse_story(story, "game")
    report = build_report(a)
    assert {e["outcome"] for e in report["endings"].values()} == {"human", "hybrid", "automation"}
    assert exit_code(report) == 0, format_text(report, a)


@pytest.mark.engine
@pytest.mark.playthrough
def test_real_engine_reaches_the_rarest_ending_by_its_example(story, root):
    """The checker's semantics match the engine's: its example for the ending with the
    fewest routes, played by the real engine, ends there."""
    from vn.playthrough import play_through
    a = analyse_story(story, "game")
    rarest = min((n for n, k in a.paths_by_ending.items() if k), key=lambda n: a.paths_by_ending[n])
    example = build_report(a)["endings"][rarest]["example"]
    trace = play_through(example, root)
    assert trace.ending == rarest

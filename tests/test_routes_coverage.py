"""Real-engine coverage: traces of playthroughs against the reachable choices, and plans."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vn.errors import VnError
from vn import cli
from vn.routes import analyse_story, coverage
from vn.routes.coverage import Planner, load_traces, plain_text, shown_text
from routes_synth import Jump, Menu, Py, Return, Story

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "routes"
CLEAN = FIXTURES / "clean" / "story.json"


def run(argv: list[str]) -> int:
    """`vn routes ARGV` through the front door."""
    return cli.run(["routes", *argv])


def clean() -> dict:
    return json.loads(CLEAN.read_text())


def trace(*choices: tuple[str, str]) -> dict:
    """A trace as vn.playthrough writes it (only "choices" matters here)."""
    return {"lines": [], "labels": [], "ending": None,
            "choices": [{"menu": f"game/script.rpy:{line}", "text": text} for line, text in choices]}


def write_traces(folder: Path, *traces: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for k, t in enumerate(traces):
        (folder / f"trace-{k}.json").write_text(json.dumps(t))
    return folder


def test_coverage_counts_and_lists_never_played():
    report = coverage(clean(), [trace((11, "Say hello"), (18, "Trust people")),
                                trace((11, "Walk past"), (18, "Meet halfway"))])
    a = analyse_story(clean())
    assert report.summary() == "4 of 5 choices covered by 2 playthrough(s)"
    assert report.to_json(a)["uncovered"] == [{"menu": "game/script.rpy:18", "text": "Trust machines"}]
    assert report.unknown == []


def test_trace_choices_that_match_nothing_are_reported():
    report = coverage(clean(), [trace((11, "Say hello"), (99, "Fly away"))])
    assert report.unknown == [{"menu": "game/script.rpy:99", "text": "Fly away"}]


def test_plans_take_the_choice_and_finish_the_game():
    a = analyse_story(clean())
    planner = Planner(a)
    ids = {c.text: c.id for c in a.ex.choices}
    assert planner.plan(ids["Trust people"]) == ["Say hello", "Trust people"]
    assert planner.plan(ids["Walk past"]) == ["Walk past", "Meet halfway"]  # completed to an ending


def test_plan_shows_interpolated_text_in_the_state_it_is_taken():
    S = Story()
    S.default("name", '"Ann"')
    S.label("start", [Menu([("Call {b}[name]{/b}", None, [Py('name = "Bo"')]), ("Wait", None, [])]),
                      Menu([("Call [name] again", None, [Jump("ending_human_x")])])])
    S.label("ending_human_x", [Return()])
    a = analyse_story(S.build())
    planner = Planner(a)
    again = next(c.id for c in a.ex.choices if c.text == "Call [name] again")
    assert planner.plan(again) == ["Call Ann", "Call Bo again"]
    assert plain_text("{i}Hi{/i} {{braces}") == "Hi {braces}"
    assert shown_text("[who] waves [[not]", {"who": "Max"}) == "Max waves [not]"
    # a trace records the text as shown; coverage still finds the choice
    report = coverage(a, [{"choices": [{"menu": "game/script.rpy:3", "text": "Call Ann"},
                                       {"menu": "game/script.rpy:5", "text": "Call Bo again"}]}])
    assert len(report.covered) == 2 and report.unknown == []


def test_cli_coverage_and_plans(tmp_path, capsys):
    traces = write_traces(tmp_path / "traces", trace((11, "Say hello"), (18, "Trust people")))
    plans = tmp_path / "plans"
    code = run(["--story", str(CLEAN), "--coverage", str(traces), "--write-plans", str(plans)])
    out = capsys.readouterr().out
    assert code == 1  # choices never played
    assert "Coverage: 2 of 5 choices covered by 1 playthrough(s)" in out
    assert 'never played: game/script.rpy:18: "Trust machines"' in out
    written = sorted(p.name for p in plans.iterdir())
    assert written == ["plan-script-11-2.json", "plan-script-18-2.json", "plan-script-18-3.json"]
    plan = json.loads((plans / "plan-script-18-3.json").read_text())
    assert plan == {"choices": ["Say hello", "Trust machines"], "ending": "ending_automation_cold",
                    "covers": {"menu": "game/script.rpy:18", "text": "Trust machines"}}


def test_cli_coverage_json(tmp_path, capsys):
    traces = write_traces(tmp_path / "t", trace((11, "Say hello"), (18, "Trust people")),
                          trace((11, "Walk past"), (18, "Meet halfway")),
                          trace((11, "Walk past"), (18, "Trust machines")))
    assert run(["--story", str(CLEAN), "--coverage", str(traces), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["coverage"] == {"covered": 5, "total": 5, "traces": 3, "uncovered": [], "unknown": []}


@pytest.mark.parametrize("content, message", [
    ("{not json", "cannot read trace JSON"),
    ('{"lines": []}', 'not a playthrough trace (no "choices" list)'),
    ('{"choices": [{"menu": 3}]}', 'choices[0]: expected {"menu": "file:line", "text": ...}'),
])
def test_bad_traces_are_exit_2(tmp_path, capsys, content, message):
    (tmp_path / "bad.json").write_text(content)
    assert run(["--story", str(CLEAN), "--coverage", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    with pytest.raises(VnError):
        load_traces(tmp_path)

"""The route map: Graphviz picture, Graphviz source, Mermaid flowchart."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from vn import cli
from vn.routes import analyse_story
from vn.routes.render import DEAD_COLOUR, OUTCOME_COLOURS, route_map, to_dot

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "routes"


def run(argv: list[str]) -> int:
    """`vn routes ARGV` through the front door."""
    return cli.run(["routes", *argv])


def story(name: str) -> dict:
    return json.loads((FIXTURES / name / "story.json").read_text())


def test_map_collapses_straight_runs():
    m = route_map(analyse_story(story("clean")))
    shapes = sorted(v.shape for v in m.vertices.values())
    # start + 3 endings (labels), 2 menus, 3 returns: no say, scene or python statements
    assert shapes == ["end", "end", "end", "label", "menu", "menu", "return", "return", "return"]
    labels = sorted(e.label for e in m.edges if e.label)
    assert labels == ["Meet halfway", "Say hello", "Trust machines", "Trust people", "Walk past"]


def test_dot_source_colours_endings_and_dead_ends():
    dot = to_dot(route_map(analyse_story(story("dead_end"))))
    assert OUTCOME_COLOURS["human"] in dot
    assert DEAD_COLOUR in dot and "return_without_ending" in dot
    dot = to_dot(route_map(analyse_story(story("endless_loop"))))
    assert dot.count("endless_loop") == 2
    assert 'subgraph "cluster_knock"' in dot and 'subgraph "cluster_spin"' in dot


def test_unreachable_choices_are_dotted_and_grey():
    dot = to_dot(route_map(analyse_story(story("unreachable_ending"))))
    secret = next(line for line in dot.splitlines() if '[label="ending_hybrid_secret"' in line)
    assert "dashed" in secret and "#9e9e9e" in secret
    assert 'label="orphan (unreached)"; style="rounded,dashed"' in dot


@pytest.mark.skipif(shutil.which("dot") is None, reason="graphviz is not installed")
def test_graph_svg_is_drawn_by_dot(tmp_path, capsys):
    out = tmp_path / "routes.svg"
    assert run(["--story", str(FIXTURES / "helpers" / "story.json"), "--graph", str(out)]) == 0
    svg = out.read_text()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    for colour in OUTCOME_COLOURS.values():
        assert colour in svg
    assert "Be kind" in svg
    assert f"Route map: {out}" in capsys.readouterr().out


def test_dot_source_needs_no_graphviz(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no dot anywhere
    out = tmp_path / "routes.dot"
    assert run(["--story", str(FIXTURES / "clean" / "story.json"), "--graph", str(out), "--json"]) == 0
    assert out.read_text().startswith('digraph "story.json"')


def test_missing_dot_is_one_line_exit_2(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PATH", str(tmp_path))
    code = run(["--story", str(FIXTURES / "clean" / "story.json"), "--graph", str(tmp_path / "r.svg")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "install graphviz" in err
    assert not (tmp_path / "r.svg").exists()


def test_unknown_picture_format(tmp_path, capsys):
    code = run(["--story", str(FIXTURES / "clean" / "story.json"), "--graph", str(tmp_path / "r.jpg")])
    assert code == 2 and "unknown picture format .jpg" in capsys.readouterr().err


def test_mermaid(capsys):
    assert run(["--story", str(FIXTURES / "trap" / "story.json"), "--mermaid"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("flowchart TD\n")
    # each menu shows its influence (the most decisive one drawn widest), each ending its odds
    assert re.search(r'n\d+\{\{"menu :\d+<br/>influence 1\.00"\}\}', out)
    assert re.search(r"style n\d+ stroke:#3949ab,stroke-width:6\.0px", out)
    assert '(["ending_human_out<br/>50.0#37;"])' in out
    assert '-->|"Stare at the wall"|' in out
    assert "classDef human fill:#ffbf47" in out
    assert re.search(r"class n\d+ dead", out)        # the trapped menu
    assert "subgraph c_trap" in out


def test_every_statement_run_inline_counts_as_reached():
    """A nested if has one way in, so it runs inline (no stored configuration): still reached."""
    from routes_synth import If, Jump, Return, Story
    S = Story()
    S.default("x", "0")
    S.label("start", [If([("x == 0", [If([("x < 1", [Jump("ending_human_a")])]), Jump("ending_hybrid_b")])]),
                      Jump("ending_hybrid_b")])
    S.label("ending_human_a", [Return()])
    S.label("ending_hybrid_b", [Return()])
    m = route_map(analyse_story(S.build()))
    branches = sorted((v.label, v.reached) for v in m.vertices.values() if v.shape == "branch")
    assert branches == [("if :3", True), ("if :4", True)]
    assert not m.vertices["n9"].reached and m.vertices["n9"].label == "ending_hybrid_b"  # x is always 0


def test_the_dot_map_shows_odds_and_influence():
    from vn.routes.report import build_report
    a = analyse_story(story("clean"))
    dot = to_dot(route_map(a, build_report(a, with_odds=True)))
    assert re.search(r'label="ending_human_warm\\n16\.7%"', dot)
    # the decisive last menu is drawn widest; the first one moves the odds a third as much
    assert re.search(r'label="menu :18\\ninfluence 1\.00".*penwidth="6\.0"', dot)
    assert re.search(r'label="menu :11\\ninfluence 0\.33".*penwidth="2\.7"', dot)
    assert "influence" not in to_dot(route_map(a))

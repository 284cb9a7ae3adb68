"""The engine-facing verbs on small fixture games: export, lint, harness errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vn.cli import run
from vn.engine import ENGINE_FILES
from vn.playthrough import PlaythroughError, play_through

pytestmark = pytest.mark.engine


@pytest.mark.parametrize("name", ["vn_py311_shim.rpy", "0vn_stable_names.rpy"])
def test_game_carries_the_canonical_engine_fixes(root, name):
    """`vn play` runs game/ itself: its copies of the engine fixes are the canonical ones."""
    assert (root / "game" / name).read_bytes() == (ENGINE_FILES / name).read_bytes()


@pytest.mark.parametrize("verb", ["export", "lint"])
def test_syntax_error_is_one_line_with_file_and_line(verb, game_copy, capsys):
    base = game_copy("broken")
    assert run([verb, str(base)]) == 2
    out = capsys.readouterr()
    assert out.err.startswith("vn: game/script.rpy:3: ")
    assert out.err.count("\n") == 1
    assert "Traceback" not in out.err + out.out


def test_export_minimal_game(game_copy, tmp_path):
    base = game_copy("minimal")
    out = tmp_path / "story.json"
    assert run(["export", str(base), "--out", str(out)]) == 0
    story = json.loads(out.read_text())
    # the engine writes `vn export`'s text itself (the other readers get compact JSON):
    # byte for byte what json.dumps gives
    assert out.read_text() == json.dumps(story, ensure_ascii=False, indent=1) + "\n"
    nodes = {n["id"]: n for n in story["nodes"]}
    assert all(n["file"].startswith("game/") and n["line"] > 0 for n in nodes.values())

    start = nodes[story["labels"]["start"]]
    scene = nodes[start["next"]]
    assert scene["kind"] == "scene" and scene["image"] == "black"
    hello = nodes[scene["next"]]
    assert (hello["kind"], hello["who"], hello["what"]) == ("say", "e", "Hello there.")
    assert hello["translate_id"]

    menu = next(n for n in nodes.values() if n["kind"] == "menu")
    assert [(i["text"], i["condition"]) for i in menu["items"]] == [
        ("Go left", "True"), ("Go right", "True"), ("Go nowhere", "side")]
    caption = next(n for n in nodes.values() if n["kind"] == "say" and n["what"] == "Pick one.")
    assert caption["interact"] is False and caption["next"] == menu["id"]
    assert nodes[menu["items"][0]["next"]]["source"] == 'side = "left"'

    call = next(n for n in nodes.values() if n["kind"] == "call")
    assert (call["target"], call["from"]) == ("ending_human_left", "start_left")
    branch = next(n for n in nodes.values() if n["kind"] == "if")
    assert [e["condition"] for e in branch["entries"]] == ['side == "left"']
    assert {n["kind"] for n in nodes.values()} >= {"label", "say", "menu", "jump", "call", "return",
                                                  "if", "python", "default", "define", "scene"}
    eileen = story["characters"]["e"]
    assert (eileen["name"], eileen["color"]) == ("Eileen", "#c8ffc8")


def test_engine_runs_leave_the_game_untouched(game_copy):
    base = game_copy("minimal")
    before = sorted(p.relative_to(base) for p in base.rglob("*"))
    assert run(["export", str(base), "--out", "-"]) == 0
    assert sorted(p.relative_to(base) for p in base.rglob("*")) == before


def test_plan_naming_a_choice_not_on_screen(game_copy):
    base = game_copy("minimal")
    with pytest.raises(PlaythroughError) as err:
        play_through(["Go up"], base)
    assert str(err.value) == ("choice 'Go up' is not offered at the menu at game/script.rpy:11; "
                              "offered: ['Go left', 'Go right', 'Go nowhere']")
    assert err.value.trace.said[:2] == [("e", "Hello there."), (None, "A narrator line.")]


def test_plan_choosing_a_disabled_choice(game_copy):
    with pytest.raises(PlaythroughError, match=r"choice 'Go nowhere' is disabled at the menu at game/script.rpy:11"):
        play_through(["Go nowhere"], game_copy("minimal"))


def test_the_export_stage_leaves_translations_out(game_copy, tmp_path):
    """The story export never reads game/tl, so the engine is not made to parse it:
    a translation Ren'Py cannot parse does not stop the export (lint reports it)."""
    from vn.engine import stage

    base = game_copy("minimal")
    tl = base / "game" / "tl" / "spanish"
    tl.mkdir(parents=True)
    (tl / "script.rpy").write_text("translate spanish strings:\n    old \"Hello\n", encoding="utf-8")
    assert (stage(base, tmp_path / "all") / "game" / "tl" / "spanish" / "script.rpy").is_symlink()
    assert not (stage(base, tmp_path / "no_tl", leave_out=("tl",)) / "game" / "tl").exists()
    assert run(["export", str(base), "--out", str(tmp_path / "story.json")]) == 0


def _parsed_entries(cache: Path) -> set[str]:
    return {p.name for p in (cache / "engine" / "parsed").glob("*.rpyp")}


def test_parse_cache_reuses_parses_and_sees_every_edit(game_copy, tmp_path, monkeypatch):
    """The engine's parses are kept between starts (Debian's 8.0.3 never writes .rpyc
    files), keyed so that an edit to a file, or to a statement another file registers,
    is parsed again; the export is the same as without the cache."""
    from vn.export import export_story

    cache = tmp_path / "cache"
    monkeypatch.setenv("VN_CACHE_DIR", str(cache))
    base = game_copy("minimal")
    (base / "game" / "a_shout.rpy").write_text(
        'python early:\n    renpy.register_statement("shout", parse=lambda l: l.rest())\n',
        encoding="utf-8")
    cold = export_story(base)
    entries = _parsed_entries(cache)
    assert len(entries) > 50  # renpy/common and the game
    assert all((cache / "engine" / "parsed" / e).stat().st_mode & 0o777 == 0o644 for e in entries)
    assert list(cache.glob("engine/bytecode-*.rpyb"))
    assert export_story(base) == cold and _parsed_entries(cache) == entries

    script = base / "game" / "script.rpy"
    script.write_text(script.read_text(encoding="utf-8")
                      + '\nlabel added_later:\n    "A line written after the first start."\n'
                        '    return\n', encoding="utf-8")
    edited = export_story(base)
    assert "added_later" in edited["labels"]
    assert len(_parsed_entries(cache) - entries) == 1
    entries = _parsed_entries(cache)

    # A changed statement parser re-keys every file parsed after the one that registers it.
    (base / "game" / "a_shout.rpy").write_text(
        'python early:\n    renpy.register_statement("shout", parse=lambda l: l.rest().upper())\n',
        encoding="utf-8")
    reparsed = export_story(base)
    assert len(_parsed_entries(cache) - entries) >= 2

    monkeypatch.setenv("VN_NO_CACHE", "1")
    assert export_story(base) == reparsed
    assert not list(base.rglob("*.rpyc"))


def test_a_parse_error_is_reported_on_every_start(game_copy, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("VN_CACHE_DIR", str(tmp_path / "cache"))
    base = game_copy("broken")
    for _ in range(2):
        assert run(["export", str(base)]) == 2
        assert capsys.readouterr().err.startswith("vn: game/script.rpy:3: ")

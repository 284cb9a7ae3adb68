"""`vn lint` with the real engine: the committed fixture exports, whole runs on fixture games,
a script Ren'Py cannot parse, and the real game (on the session's shared export and lint).

Engine starts: one export per fixture (in parallel) to check the committed story.json
files; one export and one Ren'Py lint for `clean`; the same plus the translation dump
for `translation`; the failed start of `syntax_error`. The real game costs nothing here:
it reuses conftest's `story` and `lint_report`.
"""

from __future__ import annotations

import json
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from vn.cli import run as vn
from vn.lint import lint_game

pytestmark = pytest.mark.engine

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "lint"
CASES = sorted(p.name for p in FIXTURES.iterdir() if (p / "story.json").is_file())


def test_every_case_has_a_committed_export():
    assert CASES == ["call_without_from", "clean", "crowded_stage", "define_mutated", "gui_image_missing", "routes",
                     "silent_character", "speaker_not_shown", "text_tags", "translation",
                     "unknown_speaker"]


def test_committed_exports_match_the_engine():
    """The committed story.json files are what the real engine exports today
    (refresh: see tests/fixtures/lint/README.md)."""
    from vn.export import export_story

    with ThreadPoolExecutor(max_workers=4) as pool:
        fresh = dict(zip(CASES, pool.map(lambda c: export_story(FIXTURES / c), CASES)))
    if os.environ.get("VN_REFRESH_LINT_FIXTURES"):
        for case, story in fresh.items():
            (FIXTURES / case / "story.json").write_text(
                json.dumps(story, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for case, story in fresh.items():
        committed = json.loads((FIXTURES / case / "story.json").read_text(encoding="utf-8"))
        for key in ("nodes", "labels", "files", "characters", "images"):
            assert committed[key] == story[key], f"{case}/story.json is stale ({key})"


def lint_json(capsys, *argv: str) -> tuple[int, dict]:
    code = vn(["lint", *argv, "--json"])
    out = capsys.readouterr()
    assert out.err == ""
    return code, json.loads(out.out)


def test_clean_fixture_passes_renpy_lint_and_every_rule(capsys):
    code, report = lint_json(capsys, str(FIXTURES / "clean"))
    assert code == 0
    assert report["problems"] == []
    s = report["stats"]
    assert (s["errors"], s["warnings"], s["ignored"]) == (0, 0, 0)
    assert s["dialogue_blocks"] == 7 and s["menus"] == 1 and s["by_character"]["calla"] == 2
    assert s["routes"]["paths"] == 2


def test_translation_status_in_lint(capsys):
    code, report = lint_json(capsys, str(FIXTURES / "translation"))
    assert code == 1
    assert [(p["file"], p["line"], p["rule"], p["severity"]) for p in report["problems"]] == [
        ("game/script.rpy", 10, "translation-stale", "warning"),
        ("game/script.rpy", 11, "translation-missing", "warning"),
        ("game/tl/spanish/script.rpy", 13, "translation-broken", "error"),
        ("game/tl/spanish/script.rpy", 13, "translation-broken", "error"),
    ]
    messages = [p["message"] for p in report["problems"]]
    assert messages[0] == ("spanish: the translation at game/tl/spanish/script.rpy:19 was made for an "
                           "earlier version of this line; the translator has to revise it")
    assert messages[1].startswith("spanish: 1 line(s) of this file not translated yet (1 missing;")
    assert all("(source: game/script.rpy:9)" in m for m in messages[2:]) and "[name]" in messages[2] + messages[3]
    assert report["stats"]["translations"]["spanish"]["stale"] == 1
    assert "translation_dump" in report["stats"]["seconds"]


def test_syntax_error_exits_2_naming_file_and_line(capsys):
    assert vn(["lint", str(FIXTURES / "syntax_error")]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err.startswith("vn: game/script.rpy:3: ") and out.err.count("\n") == 1


def test_the_real_game_lints_without_errors(root, story, lint_report):
    """What CI needs: no error in the real game (warnings are reported, not failed).
    The translation status is left to `vn lint .` in CI (it needs one more engine run)."""
    report = lint_game(root, story=story, renpy_report=lint_report, translations=False)
    assert [p.render() for p in report.errors] == []
    for p in report.warnings:
        assert p.rule in ("speaker-not-shown", "silent-character", "unreachable-label"), p.render()
    assert report.stats["routes"]["reachable_endings"] == report.stats["routes"]["endings"] == 6

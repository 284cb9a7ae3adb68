"""The `vn` front door: exit codes and one-line errors, without the engine."""

from __future__ import annotations

from vn.cli import run
from vn.lint import parse_report

LINT_TEXT = """\ufeffRen'Py 8.0.3.22090809u lint report, generated at: Sat Nov 21 05:20:17 2026

game/script.rpy:17 'bg room' is not an image.

game/story/ch1.rpy:230 Could not find label 'ch9'.
(Perhaps you meant 'ch1'?)


Statistics:

The game contains 1,211 dialogue blocks, containing 20,345 words and
112,000 characters, for an average of 16.8 words and 92 characters per
block.

The game contains 19 menus, 140 images, and 23 screens.

Character statistics (for default language):
 * noah has 400 blocks of dialogue.
 * calla has 1 block of dialogue.
 * elara, leila, and tarek have 12 blocks of
   dialogue each.
 * ava and mx have 3 blocks of dialogue each.
"""


def test_parse_report_problems_and_continuations():
    report = parse_report(LINT_TEXT)
    assert [str(p) for p in report.problems] == [
        "game/script.rpy:17: 'bg room' is not an image.",
        "game/story/ch1.rpy:230: Could not find label 'ch9'. (Perhaps you meant 'ch1'?)",
    ]


def test_parse_report_statistics():
    stats = parse_report(LINT_TEXT).stats
    assert stats["words"] == 20345
    assert stats["dialogue_blocks"] == 1211
    assert stats["menus"] == 19
    assert stats["by_character"] == {"noah": 400, "calla": 1, "elara": 12, "leila": 12,
                                     "tarek": 12, "ava": 3, "mx": 3}


def test_unknown_verb_is_usage_error(capsys):
    assert run(["frobnicate"]) == 2


def test_not_a_game_directory(tmp_path, capsys):
    assert run(["export", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"vn: {tmp_path}: not a Ren'Py game (no game/ directory)"


def test_missing_engine_says_how_to_install(tmp_path, monkeypatch, capsys):
    (tmp_path / "game").mkdir()
    monkeypatch.setenv("VN_RENPY", str(tmp_path / "no-such-renpy.sh"))
    assert run(["lint", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "VN_RENPY" in err and "renpy.sh" in err


def test_no_engine_anywhere(tmp_path, monkeypatch, capsys):
    import vn.engine as engine
    (tmp_path / "game").mkdir()
    monkeypatch.delenv("VN_RENPY", raising=False)
    monkeypatch.setattr(engine, "DEBIAN_RENPY", str(tmp_path / "none"))
    monkeypatch.setenv("PATH", str(tmp_path))
    assert run(["export", str(tmp_path)]) == 2
    assert "apt-get install renpy" in capsys.readouterr().err


def test_play_without_display_points_elsewhere(monkeypatch, root, capsys):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert run(["play", str(root)]) == 2
    err = capsys.readouterr().err
    assert "no display found" in err and err.count("\n") == 1

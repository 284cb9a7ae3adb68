"""The keyboard in the real engine under Xvfb. Ren'Py's own accessibility keys (issue 16):
Shift+A opens the accessibility menu, V turns self-voicing on, and Ren'Py then has espeak
(Debian's espeak-ng-espeak, tools/install-deps.sh) say each line with its speaker's name.
The arrow keys (issue 14): a held one moves the focus without a hover tick per repeat.

The keys are SDL key events in the engine's own event queue (vn_autoplay.rpy's "press"),
handled by Ren'Py's keymap as a keyboard's are. An `espeak` ahead of Debian's on PATH notes
what it was asked to say, then runs the real one (its sound goes to a file)."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from vn.playthrough import Trace, play_through

pytestmark = pytest.mark.engine

MENU = "_accessibility"   # the screen Ren'Py's keymap toggles (renpy/common/00keymap.rpy)
SEP = "\x1f"
HOVER = "audio/ui/hover.ogg"   # game/sound.rpy's style button hover_sound


@pytest.fixture(scope="module")
def keys_run(root, shots_dir, tmp_path_factory) -> tuple[Trace, Path]:
    """One engine start for this file: keys pressed at line 3, and the log of what espeak
    was asked to say (one call a line, its arguments split by SEP)."""
    real = shutil.which("espeak")
    if real is None:
        pytest.fail("espeak not found: install Debian's espeak-ng-espeak (tools/install-deps.sh)")
    tmp_path = tmp_path_factory.mktemp("keys")
    bin_dir, log = tmp_path / "bin", tmp_path / "spoken.log"
    bin_dir.mkdir()
    wrapper = bin_dir / "espeak"
    wrapper.write_text("#!/bin/sh\n"
                       "printf '%s\\037' \"$@\" >> \"$VN_SPOKEN_LOG\"; printf '\\n' >> \"$VN_SPOKEN_LOG\"\n"
                       f"exec {real} -w /dev/null \"$@\"\n")
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("PATH", f"{bin_dir}:{Path(real).parent}:" + os.environ["PATH"])
        env.setenv("VN_SPOKEN_LOG", str(log))
        # Not skipped: a skipped line never shows, so self-voicing never reads it.
        trace = play_through([], root, skip=False, session=tmp_path / "session", shots_dir=shots_dir, press=[
            # Issue 14: the title screen's buttons, by arrow keys. Held, then pressed three
            # times 0.1 s apart, then three times at once (within the 60 ms tick gap).
            {"at": "title", "key": "K_DOWN", "held": True, "repeat": 4, "until_focus_moves": True},
            {"at": "title", "key": "K_UP", "repeat": 2, "until_focus_moves": True},
            {"at": "title", "key": "K_DOWN", "repeat": 2, "spacing": 0, "until_focus_moves": True},
            {"at": "line:3", "key": "K_a", "shift": True, "shot": "desktop-accessibility-menu",
             "screens": [MENU], "expect": {MENU: True}},
            {"at": "line:3", "key": "K_a", "shift": True, "screens": [MENU], "expect": {MENU: False}},
            {"at": "line:3", "key": "K_v", "screens": [MENU], "expect_voicing": True},
        ], save={"at": "line:8", "slot": "1-1", "quit": True})
    return trace, log


def hover_ticks(pressed: dict) -> list[float]:
    """When the engine was asked to play the button style's hover sound (time.time())."""
    return [at for file, _channel, at in pressed["played"] if file == HOVER]


def test_a_held_arrow_key_moves_the_focus_in_silence(keys_run):
    # Ren'Py ticks on every focus change, so on each of a held key's repeats (about 33 a
    # second); game/sound.rpy plays the hover sound as the web player does.
    held, pressed, at_once = keys_run[0].pressed[:3]
    # Where the focus went (the first press focuses the title's first button). The
    # engine, loaded, may leave a queued key unhandled; each key it handled moved the focus.
    moves = [len(p["focus"]) - 1 for p in (held, pressed, at_once)]
    assert held["focus"][0] == "" and moves[0] >= 3 and min(moves) >= 1, [p["focus"] for p in (held, pressed, at_once)]
    assert len(hover_ticks(held)) == 1, held["played"]                # the key going down, no repeat
    assert len(hover_ticks(pressed)) == moves[1], pressed["played"]   # each press, 0.1 s apart
    # Presses queued at once: each focus change is drawn before the next event, so under
    # Xvfb's software drawing they may land more than 60 ms apart; ticks are never closer.
    ticks = hover_ticks(at_once)
    assert 1 <= len(ticks) <= moves[2] and all(b - a >= 0.06 for a, b in zip(ticks, ticks[1:])), at_once["played"]
    assert {channel for _file, channel, _at in held["played"] + pressed["played"]} == {"ui"}


def test_shift_a_opens_the_accessibility_menu_and_v_reads_each_line(keys_run, shots_dir):
    trace, spoken = keys_run
    opened, closed, voicing = trace.pressed[3:]
    assert opened == {"key": "shift+K_a", "screens": {MENU: True}, "self_voicing": False,
                      "focus": opened["focus"], "played": []}
    assert closed["screens"] == {MENU: False}
    assert voicing["key"] == "K_v" and voicing["screens"] == {MENU: False} and voicing["self_voicing"]
    assert (shots_dir / "desktop-accessibility-menu.png").stat().st_size > 0

    said = [call.split(SEP)[0] for call in spoken.read_text(encoding="utf-8").splitlines()]
    # V says so, then reads the line on screen; each line after it is read as it appears,
    # a speaker's with the speaker's name first, once.
    assert said[0] == "Self-voicing enabled. " + trace.lines[2].what
    later = trace.lines[3:]
    assert any(line.name for line in later), "the lines read should include a speaker's"
    assert said[1:1 + len(later)] == [f"{line.name}: {line.what}" if line.name else line.what
                                      for line in later]

"""Ren'Py's own accessibility keys in the real engine under Xvfb (issue 16): Shift+A opens
the accessibility menu, V turns self-voicing on, and Ren'Py then has espeak (Debian's
espeak-ng-espeak, tools/install-deps.sh) say each line with its speaker's name.

The keys are SDL key events in the engine's own event queue (vn_autoplay.rpy's "press"),
handled by Ren'Py's keymap as a keyboard's are. An `espeak` ahead of Debian's on PATH notes
what it was asked to say, then runs the real one (its sound goes to a file)."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from vn.playthrough import play_through

pytestmark = pytest.mark.engine

MENU = "_accessibility"   # the screen Ren'Py's keymap toggles (renpy/common/00keymap.rpy)
SEP = "\x1f"


@pytest.fixture
def spoken(tmp_path, monkeypatch) -> Path:
    """The log of what espeak was asked to say: one call a line, its arguments split by SEP."""
    real = shutil.which("espeak")
    if real is None:
        pytest.fail("espeak not found: install Debian's espeak-ng-espeak (tools/install-deps.sh)")
    bin_dir, log = tmp_path / "bin", tmp_path / "spoken.log"
    bin_dir.mkdir()
    wrapper = bin_dir / "espeak"
    wrapper.write_text("#!/bin/sh\n"
                       "printf '%s\\037' \"$@\" >> \"$VN_SPOKEN_LOG\"; printf '\\n' >> \"$VN_SPOKEN_LOG\"\n"
                       f"exec {real} -w /dev/null \"$@\"\n")
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}:{Path(real).parent}:" + os.environ["PATH"])
    monkeypatch.setenv("VN_SPOKEN_LOG", str(log))
    return log


def test_shift_a_opens_the_accessibility_menu_and_v_reads_each_line(root, spoken, tmp_path, shots_dir):
    # Not skipped: a skipped line never shows, so self-voicing never reads it.
    trace = play_through([], root, skip=False, session=tmp_path / "session", shots_dir=shots_dir, press=[
        {"at": "line:3", "key": "K_a", "shift": True, "shot": "desktop-accessibility-menu",
         "screens": [MENU], "expect": {MENU: True}},
        {"at": "line:3", "key": "K_a", "shift": True, "screens": [MENU], "expect": {MENU: False}},
        {"at": "line:3", "key": "K_v", "screens": [MENU]},
    ], save={"at": "line:8", "slot": "1-1", "quit": True})

    opened, closed, voicing = trace.pressed
    assert opened == {"key": "shift+K_a", "screens": {MENU: True}, "self_voicing": False}
    assert closed["screens"] == {MENU: False}
    assert voicing == {"key": "K_v", "screens": {MENU: False}, "self_voicing": True}
    assert (shots_dir / "desktop-accessibility-menu.png").stat().st_size > 0

    said = [call.split(SEP)[0] for call in spoken.read_text(encoding="utf-8").splitlines()]
    # V says so, then reads the line on screen; each line after it is read as it appears,
    # a speaker's with the speaker's name first, once.
    assert said[0] == "Self-voicing enabled. " + trace.lines[2].what
    later = trace.lines[3:]
    assert any(line.name for line in later), "the lines read should include a speaker's"
    assert said[1:1 + len(later)] == [f"{line.name}: {line.what}" if line.name else line.what
                                      for line in later]

"""Preferences keep Ren'Py's volume sliders, and Mute All silences the game (issue 14).

No engine start of its own: the route the engine plays with sound mixed (conftest AUDIBLE, SDL's
disk driver) ends back at the main menu, opens Preferences there and clicks Mute All as a player
would (a real mouse click through the engine's event queue). Before and after the click the hook
notes every audio channel as the engine mixes it: the volume it gave the channel's sound
(renpysound.set_volume) and what the channel plays."""

from __future__ import annotations

import pytest
from conftest import AUDIBLE

pytestmark = pytest.mark.engine

POINT = "click:Mute All"


@pytest.fixture(scope="module")
def trace(route_trace):
    return route_trace(AUDIBLE)


def test_preferences_has_a_slider_per_mixer(trace):
    mixers = [mixer for kind, mixer in trace.bars["preferences"] if kind == "MixerValue"]
    # Music, sound, the room tones' own mixer and voice, in the screen's order (the text speed
    # and auto-forward bars are FieldValues; the viewport's scrollbar has no value).
    assert mixers == ["music", "sfx", "ambience", "voice"], trace.bars


def test_mute_all_silences_every_channel_as_the_engine_mixes_it(trace, shots_dir):
    before, after = trace.mixers[POINT + ":before"], trace.mixers[POINT]
    assert set(after) == set(before) == {"music", "sound", "voice", "ambience", "ui"}
    # At the main menu the title's theme is mixed, at the volume the engine gives it.
    assert before["music"]["playing"] == "audio/music/theme.ogg" and before["music"]["mixing"], before
    assert before["music"]["volume"] > 0 and not any(c["muted"] for c in before.values()), before
    # Clicked: every mixer muted, the engine sets every channel to volume 0, and the
    # theme's sound is stopped (a muted channel stops; it comes back when unmuted).
    assert all(c["muted"] and c["volume"] == 0 and not c["mixing"] for c in after.values()), after
    for shot in ("preferences", "preferences-muted"):
        assert (shots_dir / f"{shot}.png").stat().st_size > 0

"""The web player's interface sounds, in Chromium on the real game's web build: the tick
and click of the game's button style play on the actions Ren'Py plays them on, never for
the dialogue, never for a held key's repeats, and not at all at Sound volume 0 or muted."""

from __future__ import annotations

import json

import pytest

from web_helpers import game_page

pytestmark = pytest.mark.browser

# Every play() of an <audio> element, by its data-vn name, in window.vnPlays.
SPY = ("(() => { window.vnPlays = []; const play = HTMLMediaElement.prototype.play;"
       "HTMLMediaElement.prototype.play = function () { window.vnPlays.push(this.dataset.vn);"
       " return play.call(this); }; })()")


@pytest.fixture(scope="module")
def story(site):
    return json.loads((site.out / "story.json").read_text(encoding="utf-8"))


def ui_plays(page) -> list[str]:
    return [p for p in page.evaluate("window.vnPlays") if p.startswith("ui-")]


def test_the_bundle_carries_the_button_sounds(site, story, root):
    assert story["ui_sounds"] == {"hover": "audio/ui/hover.ogg", "select": "audio/ui/select.ogg"}
    for rel in story["ui_sounds"].values():
        assert (site.out / rel).read_bytes() == (root / "game" / rel).read_bytes()


def test_buttons_tick_and_click_the_dialogue_and_held_keys_do_not(open_page, url, story):
    page = game_page(open_page, url, story)
    page.evaluate(SPY)
    page.hover("[data-vn=start]")                 # before any click: the page may not sound
    page.click("[data-vn=start]")                 # the first click lets it; Start clicks
    page.wait_for_selector("body[data-vn-state=say]", state="attached")
    assert ui_plays(page) == ["ui-select"]
    page.hover("[data-vn=history]")
    box = page.locator("[data-vn=history]").bounding_box()
    page.mouse.move(box["x"] + 3, box["y"] + 3)   # moving within the button: no second tick
    page.hover("[data-vn=skip]")
    assert ui_plays(page) == ["ui-select", "ui-hover", "ui-hover"]
    page.mouse.move(640, 300)
    page.click("[data-vn=advance]")               # the dialogue is not a button
    assert ui_plays(page) == ["ui-select", "ui-hover", "ui-hover"]
    # From the keyboard: Tab to a button ticks, and Tab held (its repeats, 80 ms apart, moving
    # the focus on) ticks no more; Enter clicks, and Enter held (repeating the click) no more.
    page.focus("[data-vn=back]")
    page.keyboard.press("Tab")
    assert ui_plays(page)[3:] == ["ui-hover"]
    hold(page, "Tab")
    assert ui_plays(page)[3:] == ["ui-hover"]
    page.focus("[data-vn=auto]")
    hold(page, "Enter")
    assert ui_plays(page)[3:] == ["ui-hover", "ui-select"]


def hold(page, key: str, repeats: int = 4) -> None:
    """Press `key` and keep it down for `repeats` auto-repeats, as a held key does."""
    page.keyboard.down(key)
    for _ in range(repeats):
        page.wait_for_timeout(80)
        page.keyboard.down(key)   # a key already down: Playwright sends it with repeat set
    page.keyboard.up(key)

@pytest.mark.parametrize("prefs", [{"volSound": 0}, {"mute": True}], ids=["sound-0", "mute"])
def test_sound_volume_0_or_mute_silences_them(open_page, url, story, prefs):
    page = game_page(open_page, url, story, prefs={"skipTransitions": True, **prefs})
    page.evaluate(SPY)
    page.click("[data-vn=start]")
    page.wait_for_selector("body[data-vn-state=say]", state="attached")
    page.hover("[data-vn=history]")
    page.click("[data-vn=history]")
    assert ui_plays(page) == []
    if "volSound" in prefs:   # the music still plays: only the sound volume is 0
        assert "audio-music" in page.evaluate("window.vnPlays")

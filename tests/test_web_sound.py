"""The web player's sound, in Chromium on the real game's web build (the shared `site`):

- the tick and click of the game's button style play on the actions Ren'Py plays them on,
  never for the dialogue, never for a held key's repeats, and not at all at Sound volume 0
  or muted;
- one whole route (the one the engine plays with sound mixed): at each scene change the
  music and ambience elements play what the README's music map gives (issue 14);
- a save loaded from the title brings back its own music and room tone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from web_helpers import drive, ending_of, game_page, seq, wait_seq

ROOT = Path(__file__).resolve().parent.parent

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


# The score on the real game ----------------------------------------------------------------

# Every play() and pause() of the music and ambience elements: channel, file, the label and
# state the page was in, and whether Skip was on (then fades take no time, so a track starts
# in the very label whose statement plays it).
CHANNEL_SPY = """(() => { window.vnAudioLog = [];
  const skipping = () => document.querySelector('[data-vn=skip]').getAttribute('aria-pressed') === 'true';
  for (const op of ['play', 'pause']) {
    const real = HTMLMediaElement.prototype[op];
    HTMLMediaElement.prototype[op] = function () {
      const ch = (this.dataset.vn || '').replace('audio-', '');
      if (ch === 'music' || ch === 'ambience') {
        window.vnAudioLog.push({ op, ch, file: this.getAttribute('src'),
          label: document.body.dataset.vnLabel || null, state: document.body.dataset.vnState,
          skipping: skipping() });
      }
      return real.call(this);
    };
  }
  // Every label entered, in order (a mutation record keeps the value it replaced).
  window.vnLabels = [];
  new MutationObserver((records) => { for (const r of records) window.vnLabels.push(r.oldValue); })
    .observe(document.body, { attributes: true, attributeFilter: ['data-vn-label'],
                              attributeOldValue: true });
})()"""

# The whole route under Skip (the quick menu's button, on again after every choice), from a
# first line whose music has started: returns the labels entered.
SKIP_ROUTE = """async ([choices, timeoutMs]) => {
  const body = document.body;
  const until = (pred) => new Promise((resolve, reject) => {
    if (pred()) { resolve(); return; }
    const obs = new MutationObserver(() => { if (pred()) { obs.disconnect(); clearTimeout(t); resolve(); } });
    obs.observe(body, { attributes: true, subtree: true });
    const t = setTimeout(() => { obs.disconnect(); reject(new Error(
      `stuck: state=${body.dataset.vnState} label=${body.dataset.vnLabel}`)); }, timeoutMs);
  });
  const skip = () => document.querySelector('[data-vn=skip]');
  let made = 0;
  while (true) {
    await until(() => ['say', 'menu', 'title', 'error'].includes(body.dataset.vnState));
    const state = body.dataset.vnState;
    if (state === 'error') throw new Error(document.getElementById('error-text').textContent);
    if (state === 'title') break;
    if (state === 'say' && skip().getAttribute('aria-pressed') !== 'true') skip().click();
    if (state === 'menu') {
      const want = choices[made++];
      const b = [...document.querySelectorAll('[data-vn=choice]')].find((x) => x.dataset.text === want);
      if (!b) throw new Error(`choice ${want} not offered in ${body.dataset.vnLabel}`);
      const seq = body.dataset.vnSeq;
      b.click();
      await until(() => body.dataset.vnSeq !== seq || body.dataset.vnState === 'title');
    } else {
      await until(() => ['menu', 'title', 'error'].includes(body.dataset.vnState));
    }
  }
  return [...window.vnLabels, body.dataset.vnLabel];
}"""


def map_changes_heard(channel: str, the_map: dict, route: list[str], log: list[dict]) -> int:
    """Walks the route's labels and the channel's play()/pause() calls together; asserts that
    every change of what the map wants is played before the next change, and that nothing
    plays that the map does not want there. Returns the number of changes."""
    from test_music_map import TITLE
    wants = the_map[channel]
    now: set = {None}
    pending: set | None = None       # what the map asked for at its last change, not yet played
    at = changes = 0                 # labels of the route entered so far

    def enter(upto: int) -> None:
        nonlocal now, pending, at, changes
        for label in route[at:upto]:
            if label in wants and wants[label] != now:
                assert pending is None, f"{channel}: {sorted(pending, key=str)} never played before {label}"
                now, pending = wants[label], wants[label]
                changes += 1
        at = max(at, upto)

    for e in log:
        if e["ch"] != channel:
            continue
        if e["state"] == "title":
            assert channel == "music" and e["op"] == "play" and {e["file"]} == the_map["music"][TITLE], e
            continue
        # The page was in e["label"]: the route has entered every label up to it.
        enter(route.index(e["label"], max(at - 1, 0)) + 1)
        if e["op"] == "play":
            # Under Skip a fade takes no time: the track starts in the label that plays it.
            if e["skipping"]:
                assert e["file"] in wants.get(e["label"], set()), e
            assert e["file"] in now, f"{channel}: {e['file']} played in {e['label']}, the map wants {now}"
            if pending and e["file"] in pending:
                pending = None
        elif pending == {None}:
            pending = None           # stopped where the map says silence
    enter(len(route))
    assert pending is None, f"{channel}: {sorted(pending, key=str)} never played"
    return changes


def test_the_real_game_plays_the_music_map_at_each_scene_change(open_page, url, story):
    """The real game's web build, one whole route (the one the engine plays with sound mixed,
    conftest AUDIBLE): the music and ambience elements play, in order, the tracks the README's
    music map gives for the labels the route enters, each started in a label the map lists
    for it, and the title screen's music on the title."""
    from conftest import AUDIBLE, PLANS
    from test_music_map import readme_map
    plan = json.loads(PLANS[AUDIBLE].read_text())
    the_map = readme_map((ROOT / "README.md").read_text(encoding="utf-8"))
    page = game_page(open_page, url, story,
                     prefs={"skipTransitions": True, "skipUnseen": True, "skipAfterChoices": True})
    page.evaluate(CHANNEL_SPY)
    page.click("[data-vn=start]")                  # a real click: the page may sound from now on
    page.wait_for_selector("body[data-vn-state=say]", state="attached")
    page.wait_for_function("(() => { const a = document.querySelector('[data-vn=audio-music]');"
                           " return a && !a.paused && a.getAttribute('src') !== "
                           f"{json.dumps(story['main_menu_music'])}; }})()")
    labels = page.evaluate(SKIP_ROUTE, [plan["choices"], 60000])
    assert ending_of(labels) == plan["ending"]
    log = page.evaluate("window.vnAudioLog")
    route = [x for i, x in enumerate(labels) if x and (i == 0 or labels[i - 1] != x)]
    changes = {channel: map_changes_heard(channel, the_map, route, log) for channel in ("music", "ambience")}
    assert changes["music"] >= 5 and changes["ambience"] >= 3, changes


def test_a_save_loaded_from_the_title_brings_back_its_music(open_page, url, story):
    """The title plays the main theme; a save made in a scene with other music and a room
    tone, loaded from the title's Load screen, plays the save's music and ambience."""
    page = game_page(open_page, url, story)
    assert drive(page, [], stopAtLine=30)["error"] is None
    page.click("[data-vn=quick-save]")
    key = f"vn-web/{story['save_key']}/save/quick"
    saved = json.loads(page.evaluate(f"localStorage.getItem({json.dumps(key)})"))["state"]["audio"]
    music, ambience = saved["music"]["fs"][0], saved["ambience"]["fs"][0]
    assert music != story["main_menu_music"] and ambience
    page.reload()
    page.wait_for_selector("body[data-vn-state=title]", state="attached")
    page.click("[data-vn=title-load]")             # a real click: the title's music starts
    title = json.dumps(story["main_menu_music"])
    page.wait_for_function("(() => { const a = document.querySelector('[data-vn=audio-music]');"
                           f" return a && !a.paused && a.getAttribute('src') === {title}; }})()")
    page.click("[data-vn=page][data-page=q]")
    page.click("[data-vn=slot][data-slot=quick]")
    page.wait_for_function("document.body.dataset.vnState === 'say'")
    page.wait_for_function("(([m, a]) => {"
                           " const el = (ch) => document.querySelector(`[data-vn=audio-${ch}]`);"
                           " return !el('music').paused && el('music').getAttribute('src') === m"
                           " && !el('ambience').paused && el('ambience').getAttribute('src') === a; })"
                           f"({json.dumps([music, ambience])})", timeout=10000)


# Fades, and a page where audio cannot start ------------------------------------------------

# Every 30 ms, the music element's file, volume and whether it plays, in window.vnVolumes.
VOLUME_SAMPLER = """(() => { window.vnVolumes = []; const t0 = performance.now();
  setInterval(() => { const a = document.querySelector('[data-vn=audio-music]');
    if (a) window.vnVolumes.push({ t: performance.now() - t0, file: a.getAttribute('src'),
                                   volume: a.volume, paused: a.paused }); }, 30); })()"""


def ramp(samples: list[dict], file: str, after: float = 0.0,
         before: float = float("inf")) -> list[tuple[float, float]]:
    """(time, volume) of the samples of `file` playing from `after` on, until another file
    plays (or `before`)."""
    out = []
    for s in samples:
        if s["t"] < after:
            continue
        if s["t"] >= before:
            break
        if s["file"] != file:
            if out:
                break
            continue
        if not s["paused"]:
            out.append((s["t"], s["volume"]))
    return out


def test_fades_ramp_the_music_volume_over_time(open_page, url, story):
    """The title's theme fades in (1 s), Start fades it out (the player's 0.5 s at a scene
    change) and the prologue's `play music ... fadein 3.0` ramps its track up: sampled every
    30 ms, each volume passes through many values in between, in order, never a jump."""
    page = game_page(open_page, url, story, prefs={"skipTransitions": True, "volMusic": 70})
    page.evaluate(VOLUME_SAMPLER)
    full = 0.7                                     # the Music volume: a fade's top
    theme = story["main_menu_music"]
    page.keyboard.press("Shift")                   # a real key: the page may sound from now on
    page.wait_for_function(f"window.vnVolumes.some((s) => s.file === {json.dumps(theme)}"
                           f" && !s.paused && s.volume >= {full} - 1e-6)")
    clicked = page.evaluate("window.vnVolumes.at(-1).t")
    page.click("[data-vn=start]")
    page.wait_for_timeout(4000)
    samples = page.evaluate("window.vnVolumes")
    fade_in = [v for _, v in ramp(samples, theme, before=clicked) if v < full - 1e-6]
    fade_out = [v for _, v in ramp(samples, theme, clicked)]
    prologue = ramp(samples, "audio/music/preserve.ogg", clicked)
    inside = [(t, v) for t, v in prologue if 0 < v < full - 1e-6]
    assert len(set(fade_in)) >= 5 and fade_in == sorted(fade_in), fade_in
    assert len({v for v in fade_out if 0 < v < full - 1e-6}) >= 3, fade_out
    assert fade_out == sorted(fade_out, reverse=True) and fade_out[-1] < 0.2 * full, fade_out
    volumes = [v for _, v in prologue]
    assert volumes == sorted(volumes) and volumes[0] < 0.1 * full and volumes[-1] == pytest.approx(full)
    # About 3 s of in-between volumes, each step a small part of the way (a loaded machine may
    # delay the player's 40 ms timer, never by most of the fade).
    assert len(inside) >= 20 and inside[-1][0] - inside[0][0] >= 2.4 * 1000, inside
    assert max(b - a for a, b in zip(volumes, volumes[1:], strict=False)) <= 0.25 * full, volumes


# A browser that will not let this page sound: every play() of a media element is refused as
# Chromium refuses sound without a user activation (a rejected promise, NotAllowedError, with
# Chromium's own message); window.vnRefused counts them. (Headless Chromium always lets media
# play, whatever --autoplay-policy says, so the refusal is made here, where a page meets it.)
REFUSE_PLAY = ("(() => { window.vnRefused = []; HTMLMediaElement.prototype.play = function () {"
               " window.vnRefused.push(this.dataset.vn); return Promise.reject(new DOMException("
               "\"play() failed because the user didn't interact with the document first.\","
               " 'NotAllowedError')); }; })()")


def test_the_story_plays_on_where_audio_cannot_start(open_page, url, story):
    """Every play() refused: the story still shows the same lines one by one, with real
    clicks, and its menus still choose, as on a page where sound plays, with no page error
    (open_page fails the test on one, an unhandled rejection included)."""
    from conftest import PLANS
    choices = json.loads(PLANS["human_lantern"].read_text())["choices"][:2]
    played = drive(game_page(open_page, url, story), choices, stopAtMenu=2)
    assert played["error"] is None and len(played["lines"]) >= 10
    page = game_page(open_page, url, story)
    page.context.add_init_script(REFUSE_PLAY)
    page.reload()
    page.wait_for_selector("body[data-vn-state=title]", state="attached")
    page.click("[data-vn=start]")                  # a real click: the player tries to sound
    lines, made = [], []
    while True:
        page.wait_for_function("['say', 'menu'].includes(document.body.dataset.vnState)")
        if page.evaluate("document.body.dataset.vnState") == "menu":
            if len(made) == len(choices):
                break                              # the menu after the planned ones: done
            made.append(choices[len(made)])
            number = seq(page)
            page.click(f"[data-vn=choice][data-text={json.dumps(made[-1])}]")
            wait_seq(page, number + 1)
            continue
        lines.append(page.text_content("[data-vn=what]"))
        number = seq(page)
        page.click("[data-vn=advance]")
        wait_seq(page, number + 1)
    refused = page.evaluate("window.vnRefused")
    assert {"audio-music", "audio-ambience", "ui-select"} <= set(refused), refused
    assert lines == [ln["text"] for ln in played["lines"]], lines

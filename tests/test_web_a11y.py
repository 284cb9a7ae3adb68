"""The web player playable by everyone (issue 16), in Debian's Chromium.

- axe-core (pinned in the Makefile, fetched by `make axe`) at WCAG 2.1 AA on the title,
  a line, a menu with a locked choice, history, save, load and preferences (the screens
  issue 16 lists), and on every other screen a player meets: endings, about, help, a
  refused load's notice, the "lose unsaved progress" confirmation; in English and in
  Spanish: no violations.
- Chromium's own accessibility tree (the CDP Accessibility domain): each line's speaker
  and text as the player advances, the scene described, the choices as buttons, the
  locked one disabled with its reason, the focus on the choices.
- Self-voicing: a spy on speechSynthesis hears every line once, in order, never two
  interactions at once.
- A whole route by keyboard only, and one by taps at phone size, to the plan's ending
  (the ending tests/test_playthroughs.py reaches in the real engine with the same plan).
- The itch.io zip: unpacked under a sub-path, played to its ending inside an iframe;
  from file:// the page says why it cannot run.
- Preferences: text size, high contrast, OpenDyslexic, reduced motion, self-voicing,
  saved and restored; screenshots of each state at desktop and phone size
  (out/screenshots/web-a11y-*.png).

The web build, its server and Chromium are the session's (tests/conftest.py).
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import threading
import zipfile
from pathlib import Path

import pytest

from vn.web.build import ZIP_MAX_FILES, ZIP_MAX_PATH, zip_site
from vn.web.serve import Server
from web_helpers import DRIVER, VIEWPORTS, drive, ending_of, game_page, seq, wait_seq

pytestmark = pytest.mark.engine

ROOT = Path(__file__).resolve().parent.parent
AXE_VERSION = re.search(r"^AXE_VERSION\s*:=\s*(\S+)", (ROOT / "Makefile").read_text(), re.M)[1]
AXE_JS = ROOT / "out" / f"axe-core-{AXE_VERSION}" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PLANS = sorted((Path(__file__).parent / "plans").glob("*.json"))
PLAN = json.loads((Path(__file__).parent / "plans" / "human_lantern.json").read_text())
INSTANT = {"skipTransitions": True, "cps": 0}
NON_LINE = ("Scene: ", "On screen: ", "Choices: ")     # announcements that are not story lines


@pytest.fixture(scope="session")
def story(site):
    return json.loads((site.out / "story.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def axe_js() -> str:
    if not AXE_JS.is_file():
        pytest.fail(f"axe-core {AXE_VERSION} is not installed ({AXE_JS} is missing): run `make axe` "
                    "(`make test` does it first; it needs npm)", pytrace=False)
    return AXE_JS.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def locked_menu(browser, url, story) -> int:
    """The index of the first menu on the plan's route that shows a locked choice."""
    ctx = browser.new_context(viewport=VIEWPORTS["desktop"], bypass_csp=True)
    page = ctx.new_page()
    page.add_init_script(f"localStorage.setItem('vn-web/{story['save_key']}/prefs', '{json.dumps(INSTANT)}')")
    page.goto(url)
    page.wait_for_selector("body[data-vn-state=title]", state="attached")
    played = drive(page, PLAN["choices"])
    ctx.close()
    assert played["error"] is None, played["error"]
    for i, m in enumerate(played["made"]):
        if any(disabled for _, disabled in m["offered"]):
            return i
    pytest.fail("no menu with a locked choice on the human_lantern route")


def axe(page, js: str) -> list[str]:
    if not page.evaluate("typeof window.axe === 'object'"):
        page.add_script_tag(content=js)
    found = page.evaluate("""async (tags) => {
        const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ` + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', '));
    }""", AXE_TAGS)
    return found


def ax_tree(page) -> list[dict]:
    """Chromium's accessibility tree, nodes that assistive technology sees."""
    cdp = page.context.new_cdp_session(page)
    try:
        nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
    finally:
        cdp.detach()
    rv = []
    for n in nodes:
        if n.get("ignored"):
            continue
        props = {p["name"]: p["value"].get("value") for p in n.get("properties", [])}
        rv.append({"role": n.get("role", {}).get("value"), "name": (n.get("name") or {}).get("value", ""),
                   "description": (n.get("description") or {}).get("value", ""), **props})
    return rv


def spoken_line(line: dict) -> str:
    return f"{line['name']}: {line['text']}" if line["name"] else line["text"]


# axe-core -----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, viewport", [("english", "desktop"), ("spanish", "desktop"), ("spanish", "phone")])
def test_axe_finds_no_wcag21aa_violations(lang, viewport, open_page, url, story, axe_js, locked_menu):
    prefix = f"vn-web/{story['save_key']}/"
    page = game_page(open_page, url, story, prefs=INSTANT, viewport=viewport,
                     storage={prefix + "endings": json.dumps(["ending_human_lantern"]),
                              prefix + "save/1-6": '{"format": "vn-web-save", '})     # cut short
    problems: dict[str, list[str]] = {}
    if lang == "spanish":
        page.click("[data-vn=title-preferences]")
        page.click("[data-vn=lang][data-lang=spanish]")
        page.wait_for_selector("[data-vn=lang][data-lang=spanish][aria-pressed=true]")
        page.click("[data-vn=return]")
        assert page.evaluate("document.documentElement.lang") == "es"
    problems["title"] = axe(page, axe_js)
    page.click("[data-vn=title-endings]")                        # one ending reached, five locked
    page.wait_for_function("document.body.dataset.vnScreen === 'endings'")
    problems["endings"] = axe(page, axe_js)
    page.keyboard.press("Escape")
    for screen in ("about", "help"):
        page.click(f"[data-vn=title-{screen}]")
        page.wait_for_function(f"document.body.dataset.vnScreen === '{screen}'")
        problems[screen] = axe(page, axe_js)
        page.keyboard.press("Escape")
    page.click("[data-vn=title-load]")                           # a damaged save: refused, a notice
    page.click("[data-vn=slot][data-slot='1-6']")
    page.wait_for_selector("[data-vn=notice]:not([hidden])")
    problems["refused load"] = axe(page, axe_js)
    page.keyboard.press("Escape")
    # English choices are the plan's: play to the locked menu in English, then switch.
    if lang == "spanish":
        page.click("[data-vn=title-preferences]")
        page.click("[data-vn=lang][data-lang='']")
        page.click("[data-vn=return]")
    played = drive(page, PLAN["choices"], stopAtMenu=locked_menu)
    assert played["error"] is None
    if lang == "spanish":
        page.keyboard.press("Escape")
        page.click("[data-vn=nav-preferences]")
        page.click("[data-vn=lang][data-lang=spanish]")
        page.wait_for_selector("[data-vn=lang][data-lang=spanish][aria-pressed=true]")
        page.click("[data-vn=return]")
        page.wait_for_function("document.body.dataset.vnState === 'menu'")
    assert page.eval_on_selector_all("[data-vn=choice]:disabled", "bs => bs.length") >= 1
    problems["menu"] = axe(page, axe_js)
    for screen, button in (("history", "history"), ("save", "save"), ("preferences", "prefs")):
        page.click(f"[data-vn={button}]")
        page.wait_for_function(f"document.body.dataset.vnScreen === '{screen}'")
        problems[screen] = axe(page, axe_js)
        page.keyboard.press("Escape")
    page.evaluate("document.querySelector('[data-vn=quick-save]').click()")   # (phone: folded away)
    page.keyboard.press("Escape")                                 # the game menu, at Save
    page.click("[data-vn=nav-load]")
    page.wait_for_function("document.body.dataset.vnScreen === 'load'")
    problems["load"] = axe(page, axe_js)
    page.click("[data-vn=page][data-page=q]")                    # loading in a game asks first
    page.click("[data-vn=slot][data-slot=quick]")
    page.wait_for_selector("#confirm:not([hidden])")
    problems["confirm"] = axe(page, axe_js)
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    n = seq(page)
    page.keyboard.press("PageUp")                                 # back to a line of dialogue
    wait_seq(page, n + 1)
    assert page.evaluate("document.body.dataset.vnState") == "say"
    problems["line"] = axe(page, axe_js)
    assert not {k: v for k, v in problems.items() if v}, problems


# Chromium's accessibility tree -----------------------------------------------------------------

def test_accessibility_tree_has_every_line_the_scene_and_the_choices(open_page, url, story, locked_menu):
    page = game_page(open_page, url, story, prefs=INSTANT)
    tree = ax_tree(page)
    assert any(n["role"] == "main" for n in tree)
    assert any(n["role"] == "navigation" and n["name"] == "Main menu" for n in tree)
    assert any(n["role"] == "heading" and n["name"] == story["title"] for n in tree)
    reference = drive(game_page(open_page, url, story, prefs=INSTANT), [], stopAtMenu=0)["lines"]
    page.click("[data-vn=start]")
    described = False
    for i, line in enumerate(reference):
        wait_seq(page, i + 1)
        tree = ax_tree(page)
        texts = [n["name"] for n in tree if n["role"] == "StaticText"]
        # The live region holds the whole line with its speaker; the window shows both too.
        # (A screen reader hears words: a line's paragraph breaks are whitespace like any other.)
        words = " ".join
        assert words(spoken_line(line).split()) in words(" ".join(texts).split()), (i, line)
        if line["name"]:
            assert line["name"] in texts
        scene = page.text_content("[data-vn=scene]")
        described = described or scene.startswith("Scene: ")
        live = [n for n in tree if n.get("live") == "polite"]
        assert live, "no live region"
        page.keyboard.press("Enter")
    assert described, "no scene was described"
    wait_seq(page, len(reference) + 1)
    tree = ax_tree(page)
    buttons = [n for n in tree if n["role"] == "button" and n["name"] in
               page.eval_on_selector_all("[data-vn=choice]", "bs => bs.map(b => b.textContent)")]
    assert len(buttons) == 2 and not any(b.get("disabled") for b in buttons)
    group = [n for n in tree if n["role"] == "group" and n["name"] == "Choices"]
    assert group and group[0].get("focused"), "the focus did not move to the choices"
    # Back to the story after a choice: the focus is on the story's Continue button.
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    wait_seq(page, len(reference) + 2)
    assert page.evaluate("document.activeElement.dataset.vn") == "advance"

    # A locked choice: a disabled button that says why.
    page2 = game_page(open_page, url, story, prefs=INSTANT)
    assert drive(page2, PLAN["choices"], stopAtMenu=locked_menu)["error"] is None
    locked = page2.eval_on_selector_all("[data-vn=choice]:disabled", "bs => bs.map(b => b.dataset.text)")
    tree = ax_tree(page2)
    for text in locked:
        node = next(n for n in tree if n["role"] == "button" and n["name"] == text)
        assert node.get("disabled") is True
        assert node["description"].startswith("Unavailable")
    assert "(unavailable: Opens " in page2.text_content("[data-vn=live]")   # with the script's reason


# Self-voicing ------------------------------------------------------------------------------------

SPY = """(() => {
  window.vnSpoken = [];
  const s = window.speechSynthesis;
  s.speak = (u) => window.vnSpoken.push({ op: 'speak', text: u.text, rate: u.rate });
  s.cancel = () => window.vnSpoken.push({ op: 'cancel' });
})()"""


def test_self_voicing_reads_every_line_once_in_order(browser, url, story):
    ctx = browser.new_context(viewport=VIEWPORTS["desktop"], bypass_csp=True)
    prefs = dict(INSTANT, voice=True, voiceRate=1.4)
    ctx.add_init_script(f"localStorage.setItem('vn-web/{story['save_key']}/prefs', {json.dumps(json.dumps(prefs))})")
    ctx.add_init_script(SPY)
    page = ctx.new_page()
    page.goto(url)
    page.wait_for_selector("body[data-vn-state=title]", state="attached")
    played = drive(page, PLAN["choices"][:2], stopAtMenu=2)
    assert played["error"] is None
    calls = page.evaluate("window.vnSpoken")
    ctx.close()
    said = [c["text"] for c in calls if c["op"] == "speak"]
    lines = [t for t in said if not t.startswith(NON_LINE)]
    assert lines == [spoken_line(line) for line in played["lines"]]
    assert len(played["lines"]) > 20
    assert all(c["rate"] == pytest.approx(1.4) for c in calls if c["op"] == "speak")
    # Never overlapping: whatever was being read is cancelled before the next line starts.
    last = None
    for c in calls:
        if c["op"] == "speak" and not c["text"].startswith(NON_LINE):
            assert last == "cancel" or last == "scene", "two lines queued without a cancel between them"
            last = "line"
        elif c["op"] == "cancel":
            last = "cancel"
        elif last == "cancel":
            last = "scene"
    assert any(t.startswith("Choices: ") for t in said)


# Keyboard only, touch only ----------------------------------------------------------------------

# One round trip per step: waits in the page until the player shows a new line, a menu or the
# title, then says which, with the enabled choices and where they are (for a real tap there).
NEXT_STEP = """async (seq) => {
  const body = document.body;
  const ready = () => ['title', 'error'].includes(body.dataset.vnState)
    || (Number(body.dataset.vnSeq || 0) > seq && ['say', 'menu'].includes(body.dataset.vnState));
  if (!ready()) await new Promise((resolve, reject) => {
    const obs = new MutationObserver(() => { if (ready()) { obs.disconnect(); clearTimeout(t); resolve(); } });
    obs.observe(body, { attributes: true });
    const t = setTimeout(() => { obs.disconnect(); reject(new Error(
      `no new line: state=${body.dataset.vnState} label=${body.dataset.vnLabel} seq=${body.dataset.vnSeq}`)); }, 20000);
  });
  const choices = [...document.querySelectorAll('[data-vn=choice]:not(:disabled)')].map((b) => {
    const r = b.getBoundingClientRect();
    return { text: b.textContent, x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  return { state: body.dataset.vnState, label: body.dataset.vnLabel, seq: Number(body.dataset.vnSeq || 0),
           error: body.dataset.vnState === 'error' ? document.getElementById('error-text').textContent : null,
           choices };
}"""


# Until the next menu (or the title): what a player skipping through the lines waits for.
NEXT_STOP = NEXT_STEP.replace("['say', 'menu'].includes(body.dataset.vnState)", "body.dataset.vnState === 'menu'")
assert NEXT_STOP != NEXT_STEP

# Every label the player enters, in order, even those skipped through within one task: each
# mutation record keeps the value it replaced.
WATCH_LABELS = """() => { window.vnLabels = [];
  new MutationObserver((records) => { for (const r of records) window.vnLabels.push(r.oldValue); })
    .observe(document.body, { attributes: true, attributeFilter: ['data-vn-label'], attributeOldValue: true }); }"""
LABELS_SEEN = "() => [...window.vnLabels, document.body.dataset.vnLabel]"

# Lines advanced one by one with the input under test before the player starts skipping.
BY_HAND = 60


def play_by_input(page, choices: list[str], press, pick, skip, stop_skipping=lambda: None) -> list[str]:
    """Plays to the title screen as a player would with one kind of input: `press()` for each
    of the first BY_HAND lines, then `skip()` (that input's way of skipping) to each next menu
    and `stop_skipping()` there, and `pick(i, choice)` for the i-th enabled choice (choice has
    its text and centre). Returns the labels entered."""
    page.evaluate(WATCH_LABELS)
    made = by_hand = 0
    seq = -1
    while True:
        if by_hand < BY_HAND:
            step = page.evaluate(NEXT_STEP, seq)
        else:
            skip()
            step = page.evaluate(NEXT_STOP, seq)
            stop_skipping()
        if step["state"] in ("title", "error"):
            assert step["error"] is None, step["error"]
            return page.evaluate(LABELS_SEEN)
        seq = step["seq"]
        if step["state"] == "say":
            press()
            by_hand += 1
        else:
            texts = [c["text"] for c in step["choices"]]
            i = texts.index(choices[made])
            pick(i, step["choices"][i])
            made += 1

def test_a_whole_route_by_keyboard_only(open_page, url, story):
    page = game_page(open_page, url, story, prefs=INSTANT)
    page.keyboard.press("Tab")                          # the title's first button, by keyboard
    assert page.evaluate("document.activeElement.dataset.vn") == "start"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")

    def pick(i: int, choice: dict) -> None:
        for _ in range(i + 1):
            page.keyboard.press("ArrowDown")
        page.keyboard.press("Enter")
    page.keyboard.press("Escape")                       # menus open and close by keyboard too
    page.wait_for_function("document.body.dataset.vnScreen === 'save'")
    page.keyboard.press("Escape")
    wait_seq(page, 1)
    page.keyboard.press("Shift+Tab")                    # into the quick menu, around it, and out
    assert page.evaluate("document.activeElement.closest('#quick') !== null")
    first = page.evaluate("document.activeElement.dataset.vn")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.closest('#quick') !== null")
    assert page.evaluate("document.activeElement.dataset.vn") != first
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.dataset.vn") == "advance"
    assert page.evaluate("document.body.dataset.vnScreen") == ""
    # Ctrl held skips, as in Ren'Py; it is let go at each menu to choose.
    labels = play_by_input(page, PLAN["choices"], lambda: page.keyboard.press("Enter"), pick,
                           lambda: page.keyboard.down("Control"), lambda: page.keyboard.up("Control"))
    assert ending_of(labels) == PLAN["ending"]


def test_a_whole_route_by_touch_at_phone_size(open_page, url, story):
    # Skip goes on through unseen text (Preferences, Unseen Text): this browser has seen none.
    page = game_page(open_page, url, story, prefs=dict(INSTANT, skipUnseen=True), viewport="phone-small")
    page.tap("[data-vn=start]")

    # Raw touch events at a point on screen (what a finger does), so the player's own
    # hit-testing decides what was touched.
    advance = page.locator("[data-vn=advance]").bounding_box()
    assert advance is not None

    def pick(i: int, choice: dict) -> None:
        page.touchscreen.tap(choice["x"], choice["y"])
    skip = page.locator("[data-vn=skip]").bounding_box()   # the quick menu's Skip; a choice ends it
    assert skip is not None
    labels = play_by_input(page, PLAN["choices"],
                           lambda: page.touchscreen.tap(advance["x"] + 180, advance["y"] + 100), pick,
                           lambda: page.touchscreen.tap(skip["x"] + skip["width"] / 2, skip["y"] + skip["height"] / 2))
    assert ending_of(labels) == PLAN["ending"]


# The itch.io zip -----------------------------------------------------------------------------------

def test_zip_plays_from_a_sub_path_inside_an_iframe(site, tmp_path, browser, story):
    archive = tmp_path / "smile.zip"
    info = zip_site(site.out, archive)
    with zipfile.ZipFile(archive) as z:
        names = z.namelist()
        assert "index.html" in names and len(names) == info["files"] <= ZIP_MAX_FILES
        assert max(len(n) for n in names) <= ZIP_MAX_PATH
        z.extractall(tmp_path / "host" / "games" / "smile-protocol")
    page_text = (tmp_path / "host" / "games" / "smile-protocol" / "index.html").read_text()
    assert not re.search(r'(?:href|src)="/', page_text), "absolute URL in index.html"
    (tmp_path / "host" / "index.html").write_text(
        '<!doctype html><title>host</title><iframe src="games/smile-protocol/index.html" '
        'width="960" height="540" allow="autoplay"></iframe>')
    # A plain static host, as itch.io's is (not `vn web serve`: it serves only a build's root).
    quiet = type("Quiet", (http.server.SimpleHTTPRequestHandler,), {"log_message": lambda *a: None})
    server = Server(("127.0.0.1", 0), functools.partial(quiet, directory=str(tmp_path / "host")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    address = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        ctx = browser.new_context(viewport=VIEWPORTS["desktop"], bypass_csp=True)
        ctx.add_init_script(f"if (location.pathname.includes('/games/')) localStorage.setItem("
                            f"'vn-web/{story['save_key']}/prefs', {json.dumps(json.dumps(INSTANT))})")
        page = ctx.new_page()
        page.goto(address)
        frame = page.frame_locator("iframe")
        frame.locator("body[data-vn-state=title]").wait_for(state="attached")
        game = next(f for f in page.frames if "/games/smile-protocol/" in f.url)
        played = game.evaluate(DRIVER, [PLAN["choices"], 20000, {}])
        assert played["error"] is None
        assert ending_of(played["labels"]) == PLAN["ending"]
        ctx.close()
    finally:
        server.shutdown()
        server.server_close()


def test_file_url_says_why_it_cannot_run(site, browser):
    page = browser.new_page()
    page.goto((site.out / "index.html").as_uri())
    page.wait_for_selector("[data-vn=error]:not([hidden])")
    assert "cannot run from a file" in page.text_content("#error-text")
    page.close()


# Preferences ----------------------------------------------------------------------------------------

def test_accessibility_preferences_are_saved_and_applied(open_page, url, story):
    page = game_page(open_page, url, story, prefs=INSTANT)
    page.click("[data-vn=title-preferences]")
    for sel in ("[data-vn=pref-text-size][data-value='2']", "[data-vn=pref-contrast]",
                "[data-vn=pref-font][data-value=true]", "[data-vn=pref-motion]", "[data-vn=pref-voice]"):
        page.click(sel)
        assert page.get_attribute(sel, "aria-pressed") == "true"
    page.reload()
    page.wait_for_selector("body[data-vn-state=title]", state="attached")
    assert page.evaluate("({...document.documentElement.dataset})") == {
        "textSize": "2", "contrast": "high", "font": "dyslexic", "motion": "reduce"}
    stored = json.loads(page.evaluate(f"localStorage.getItem('vn-web/{story['save_key']}/prefs')"))
    assert stored["voice"] is True and stored["textSize"] == 2
    page.click("[data-vn=start]")
    wait_seq(page, 1)
    size = page.eval_on_selector("[data-vn=what]", "e => parseFloat(getComputedStyle(e).fontSize)")
    family = page.eval_on_selector("[data-vn=what]", "e => getComputedStyle(e).fontFamily")
    assert family.startswith("vn-dyslexic")
    assert page.evaluate("document.fonts.check('20px vn-dyslexic')")
    default = game_page(open_page, url, story, prefs=INSTANT)
    default.click("[data-vn=start]")
    wait_seq(default, 1)
    base = default.eval_on_selector("[data-vn=what]", "e => parseFloat(getComputedStyle(e).fontSize)")
    assert size == pytest.approx(base * 1.5, rel=0.01)


def test_reduced_motion_follows_the_system(browser, url):
    ctx = browser.new_context(viewport=VIEWPORTS["desktop"], reduced_motion="reduce")
    page = ctx.new_page()
    page.goto(url)
    page.wait_for_selector("body[data-vn-state=title]", state="attached")
    assert page.evaluate("document.documentElement.dataset.motion") == "reduce"
    page.click("[data-vn=start]")
    # The opening `scene ... with fade_slow` is not played: the first line is up at once.
    page.wait_for_selector("body[data-vn-seq='1']", state="attached", timeout=1500)
    assert page.evaluate("document.getAnimations().length") == 0
    ctx.close()


STATES = {"large-text": {"textSize": 3}, "high-contrast": {"contrast": True}, "dyslexic-font": {"dyslexic": True}}


@pytest.fixture(scope="session")
def save_before_locked_menu(browser, url, story, locked_menu) -> dict[str, str]:
    """The browser storage of a player who quick-saved on the line before the route's first
    locked menu (played once; each preference state below loads it instead of replaying)."""
    ctx = browser.new_context(viewport=VIEWPORTS["desktop"], bypass_csp=True)
    page = ctx.new_page()
    prefix = f"vn-web/{story['save_key']}/"
    page.add_init_script(f"localStorage.setItem('{prefix}prefs', '{json.dumps(INSTANT)}')")
    page.goto(url)
    page.wait_for_selector("body[data-vn-state=title]", state="attached")
    assert drive(page, PLAN["choices"], stopAtMenu=locked_menu)["error"] is None
    page.keyboard.press("PageUp")
    page.wait_for_function("document.body.dataset.vnState === 'say'")
    page.click("[data-vn=quick-save]")
    storage = page.evaluate("(prefix) => Object.fromEntries(Object.entries(localStorage)"
                            ".filter(([k]) => k.startsWith(prefix) && k !== prefix + 'prefs'))", prefix)
    ctx.close()
    assert storage
    return storage


@pytest.mark.parametrize("viewport", ["desktop", "phone", "tablet"])
def test_screenshots_of_each_preference_state(viewport, open_page, url, story, shots_dir, save_before_locked_menu):
    for name, prefs in STATES.items():
        page = game_page(open_page, url, story, prefs=dict(INSTANT, **prefs), viewport=viewport,
                         storage=save_before_locked_menu)
        page.click("[data-vn=start]")
        wait_seq(page, 1)
        page.evaluate("document.querySelector('[data-vn=quick-load]').click()")
        page.wait_for_function("document.body.dataset.vnState === 'say' && Number(document.body.dataset.vnSeq) > 1")
        page.screenshot(path=str(shots_dir / f"web-a11y-{viewport}-{name}-line.png"))
        # Nothing of the line is cut off: the text box lies inside the page.
        box = page.eval_on_selector("[data-vn=what]", "e => { const r = e.getBoundingClientRect(); "
                                    "return [r.top, r.bottom, r.left, r.right]; }")
        vp = VIEWPORTS[viewport]
        assert box[0] >= 0 and box[1] <= vp["height"] and box[2] >= 0 and box[3] <= vp["width"], (name, box)
        page.keyboard.press("Enter")
        page.wait_for_function("document.body.dataset.vnState === 'menu'")
        assert page.eval_on_selector_all("[data-vn=choice]:disabled", "bs => bs.length") >= 1
        page.screenshot(path=str(shots_dir / f"web-a11y-{viewport}-{name}-menu.png"))

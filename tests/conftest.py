"""Shared fixtures. The engine is started as few times as possible: one story
export, one lint, one web build of the real game and one engine playthrough of each
route in tests/plans/ serve every test that needs them, across pytest-xdist's workers
too (`once` computes a value in the first worker that asks and hands it to the rest)."""

from __future__ import annotations

import fcntl
import json
import pickle
import shutil
from pathlib import Path
from typing import Callable, TypeVar

import pytest

from vn.export import export_story
from vn.web.build import build_web
from vn.web.serve import serve_in_thread
from web_helpers import CHROMIUM, CHROMIUM_ARGS, VIEWPORTS
from vn.lint import renpy_lint
from vn.playthrough import Trace, play_through

T = TypeVar("T")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHOTS = ROOT / "out" / "screenshots"


BROWSER_FIXTURES = {"browser", "mermaid"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that asks for Chromium is a `browser` test, so `make test-fast` can skip it."""
    for item in items:
        if BROWSER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def shared_dir(tmp_path_factory, worker_id: str) -> Path:
    """A folder every worker of this run sees (xdist gives each worker its own basetemp,
    under one parent); without xdist, the run's own basetemp."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if worker_id != "master" else base


@pytest.fixture(scope="session")
def once(shared_dir: Path) -> Callable[[str, Callable[[], T]], T]:
    """once(name, compute): compute's value, computed by the first worker that asks while
    the others wait on a lock, then read back by them from a pickle."""
    def get(name: str, compute: Callable[[], T]) -> T:
        data = shared_dir / f"once-{name}.pickle"
        with open(shared_dir / f"once-{name}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if data.is_file():
                return pickle.loads(data.read_bytes())
            value = compute()
            data.write_bytes(pickle.dumps(value))
            return value
    return get


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def story(once) -> dict:
    """The real game's story export (one engine run for the whole test run)."""
    return once("story", lambda: export_story(ROOT))


@pytest.fixture(scope="session")
def lint_report(once):
    """Ren'Py's lint report on the real game (one engine run)."""
    return once("lint", lambda: renpy_lint(ROOT))


PLANS = {p.stem: p for p in sorted((Path(__file__).parent / "plans").glob("*.json"))}
CHAPTERS = ("prologue", "ch1", "ch2", "ch3", "ch4", "ch5", "climax")
# The one route that also photographs the title, a dialogue frame and every chapter.
PHOTOGRAPHED = "human_lantern"
# The one route played with sound mixed (SDL's disk driver), so its trace says what the music
# and ambience channels played (test_music_map.py); it costs that playthrough a few seconds.
AUDIBLE = "human_lantern"


def plan_screenshots(name: str) -> dict[str, str]:
    shots = {f"{name}-ending": "ending"}
    if name == PHOTOGRAPHED:
        shots.update({"title": "title", "dialogue": "line:12"})
        shots.update({f"chapter-{c}": f"label:{c}" for c in CHAPTERS})
        # the ending's title card, and the Endings screen once the route has reached it
        # then a click on the reached card, which opens its illustration full screen
        shots.update({f"{name}-title-card": f"label:ending_{name}.title_card",
                      "endings-gallery": "screen:endings", "endings-illustration": "open:ending_illustration"})
    if name == AUDIBLE:
        # Preferences, then its Mute All clicked, with the channels mixing (test_sound_prefs.py)
        shots.update({"preferences": "screen:preferences", "preferences-muted": "click:Mute All"})
    return shots


@pytest.fixture(scope="session")
def route_trace(once, shots_dir) -> Callable[[str], Trace]:
    """route_trace(plan name) -> the real engine's playthrough of tests/plans/NAME.json under
    Xvfb, with its screenshots in out/screenshots/ (one play per route for the whole run:
    test_playthroughs.py checks the route, test_web_player.py compares the web player to it)."""
    def get(name: str) -> Trace:
        plan = json.loads(PLANS[name].read_text())
        return once(f"trace-{name}", lambda: play_through(
            plan["choices"], ROOT, screenshots=plan_screenshots(name), shots_dir=shots_dir,
            audio=name == AUDIBLE))
    return get


@pytest.fixture
def game_copy(tmp_path):
    """Copy a fixture game into tmp_path: game_copy("minimal") -> base dir."""
    def make(name: str) -> Path:
        dest = tmp_path / name
        shutil.copytree(FIXTURES / "games" / name, dest)
        return dest
    return make


@pytest.fixture(scope="session")
def shots_dir() -> Path:
    """Screenshots are kept in out/screenshots/ for people to look at."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS


# The web player in Chromium: one build of the real game, one server, one browser for every
# web test module (test_web_player.py, test_web_a11y.py).

@pytest.fixture(scope="session")
def site(root, once, shared_dir):
    """The real game's web build (once per run)."""
    return once("site", lambda: build_web(root, shared_dir / "web-site"))


@pytest.fixture(scope="session")
def url(site):
    server, address = serve_in_thread(site.out)
    yield address
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def open_page(browser):
    """open_page(url, prefs=None, viewport="desktop", storage=None) -> a fresh page at the title.

    Each page has its own browser context (its own localStorage); page errors
    and console errors fail the test. Playwright's wait_for_function evaluates
    strings in the page, which the player's CSP forbids; test pages bypass the
    CSP unless `csp=True` (test_title_start_and_hooks keeps it and checks it)."""
    contexts = []
    errors: list[str] = []

    def make(address, prefs=None, viewport="desktop", storage=None, save_key=None, csp=False, allow=()):
        ctx = browser.new_context(viewport=VIEWPORTS[viewport], device_scale_factor=1,
                                  has_touch=viewport.startswith("phone"), bypass_csp=not csp)
        contexts.append(ctx)
        items = dict(storage or {})
        if prefs is not None:
            items[f"vn-web/{save_key}/prefs"] = json.dumps(prefs)
        if items:
            ctx.add_init_script("(() => { if (sessionStorage.getItem('vn-test-seeded')) return;"
                                "sessionStorage.setItem('vn-test-seeded', '1');"
                                f"const items = {json.dumps(items)};"
                                "for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v); })()")
        page = ctx.new_page()
        page.on("pageerror", lambda e: errors.append(f"page error: {e}"))
        page.on("console", lambda m: errors.append(f"console {m.type}: {m.text}")
                if m.type == "error" and not any(a in m.text for a in allow) else None)
        page.goto(address)
        page.wait_for_selector("body[data-vn-state=title]", state="attached")
        return page

    yield make
    for ctx in contexts:
        ctx.close()
    assert not errors, errors

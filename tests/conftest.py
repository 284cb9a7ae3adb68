"""Shared fixtures. The engine is started as few times as possible: one story
export and one lint of the real game serve every test that needs them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from vn.export import export_story
from vn.web.build import build_web
from vn.web.serve import serve_in_thread
from web_helpers import CHROMIUM, CHROMIUM_ARGS, VIEWPORTS
from vn.lint import renpy_lint

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
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def story() -> dict:
    """The real game's story export (one engine run for the whole session)."""
    return export_story(ROOT)


@pytest.fixture(scope="session")
def lint_report():
    """Ren'Py's lint report on the real game (one engine run)."""
    return renpy_lint(ROOT)


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
def site(root, tmp_path_factory):
    """The real game's web build (once per session)."""
    return build_web(root, tmp_path_factory.mktemp("web") / "site")


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

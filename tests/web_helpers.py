"""What the web player's browser tests share: Chromium's settings, viewports, the page
driver (tests/fixtures/web/driver.js) and small helpers over the player's test hooks.
The fixtures (one web build of the game, one server, one Chromium) are in conftest.py."""

from __future__ import annotations

from pathlib import Path

WEB_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "web"
DRIVER = (WEB_FIXTURES / "driver.js").read_text(encoding="utf-8")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
VIEWPORTS = {"desktop": {"width": 1280, "height": 720}, "phone": {"width": 390, "height": 844}}
FAST = {"skipTransitions": True}
# The phone sizes issue 16 names, and a tablet held in landscape.
VIEWPORTS.update({"phone-small": {"width": 360, "height": 640}, "tablet": {"width": 1024, "height": 768}})


def game_page(open_page, url, story, **kw):
    kw.setdefault("prefs", FAST)
    return open_page(url, save_key=story["save_key"], **kw)


def drive(page, choices, **options):
    result = page.evaluate(DRIVER, [choices, 20000, options])
    return result


def seq(page) -> int:
    return int(page.evaluate("Number(document.body.dataset.vnSeq || 0)"))


def wait_seq(page, n: int):
    page.wait_for_function(f"Number(document.body.dataset.vnSeq || 0) >= {n} && "
                           "['say', 'menu'].includes(document.body.dataset.vnState)")


def what(page) -> str:
    return page.text_content("[data-vn=what]")


def ending_of(labels):
    endings = [l for l in labels if l and l.startswith("ending_")]
    return endings[0].split(".")[0] if endings else None

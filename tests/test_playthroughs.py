"""Real-engine playthroughs under Xvfb: one per ending variant, from the title screen.

Each plan in tests/plans/ is the choice list of one route; the real engine plays it
(once per run: conftest.route_trace, which test_web_player.py shares) and the test
asserts the ending and the coda reached. Traces land in out/traces/ (for
`vn routes --coverage`), screenshots in out/screenshots/."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from vn.playthrough import play_through

pytestmark = [pytest.mark.engine, pytest.mark.playthrough]

from conftest import CHAPTERS, PLANS, plan_screenshots

MIN_WORDS_PER_PLAYTHROUGH = 8000


def save_trace(root: Path, name: str, trace) -> None:
    out = root / "out" / "traces"
    out.mkdir(parents=True, exist_ok=True)
    data = {"lines": [asdict(l) for l in trace.lines], "labels": trace.labels,
            "choices": trace.choices, "ending": trace.ending}
    (out / f"{name}.json").write_text(json.dumps(data, indent=1, ensure_ascii=False))


@pytest.mark.parametrize("name", sorted(PLANS))
def test_route_reaches_its_ending(name, root, route_trace):
    plan = json.loads(PLANS[name].read_text())
    shots = plan_screenshots(name)
    trace = route_trace(name)
    save_trace(root, name, trace)

    assert trace.ending == plan["ending"]
    assert [c["text"] for c in trace.choices] == plan["choices"]
    assert f"coda.{plan['coda']}" in trace.labels
    assert [l for l in trace.labels if l in CHAPTERS] == list(CHAPTERS)
    words = sum(len(l.what.split()) for l in trace.lines)
    assert words >= MIN_WORDS_PER_PLAYTHROUGH
    assert set(trace.screenshots) == set(shots)
    # The title card says "The End", and showing it marked the ending reached (and only it:
    # every playthrough starts with fresh persistent data).
    card = [l.what for l in trace.lines if l.label == f"{plan['ending']}.title_card"]
    assert card and card[0].endswith("The End{/size}")
    assert trace.persistent.get("endings_reached") == [plan["ending"]]
    for path in trace.screenshots.values():
        assert path.stat().st_size > 10_000


def test_spanish_route_plays_in_spanish(root, shots_dir):
    """The same route, with Spanish chosen on the title screen: Spanish menus and lines."""
    plan = json.loads((Path(__file__).parent / "plans_es" / "human_lantern.json").read_text())
    shots = {"es-title": "title", "es-dialogue": "line:20", "es-menu": "menu:1"}
    trace = play_through(plan["choices"], root, language=plan["language"],
                         screenshots=shots, shots_dir=shots_dir)
    assert trace.ending == plan["ending"]
    assert [c["text"] for c in trace.choices] == plan["choices"]
    assert any("soplón en la boca" in l.what for l in trace.lines if l.who == "mara")
    assert all(l.name != "Dr. Calla Hawthorne" for l in trace.lines)
    assert any(l.name == "Dra. Calla Hawthorne" for l in trace.lines)

"""Shared fixtures. The engine is started as few times as possible: one story
export and one lint of the real game serve every test that needs them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from vn.export import export_story
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

"""Desktop saves across story edits, in the real engine under Xvfb (game/saves.rpy).

One session plays the human_lantern route to its second menu (in Chapter 1, after the
prologue's choice has set `told_mom`), saves there and quits. Each test then edits a copy of
the game as a writer would, starts the engine again on the same session folder (the saves,
and the .rpyc files a player's game folder keeps) and loads that save."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from vn.playthrough import Trace, play_through

pytestmark = pytest.mark.engine

ROOT = Path(__file__).resolve().parent.parent
PLAN = json.loads((ROOT / "tests" / "plans" / "human_lantern.json").read_text())
CH1 = "story/ch1_optimizers.rpy"
SAVE_MENU = 123   # the menu of CH1 the save is made at (Flower in the chair)
# The games' generated assets are shared, not copied: only scripts are edited.
SHARED = ("images", "audio", "gui", "fonts")


def copy_game(src: Path, dest: Path) -> Path:
    (dest / "game").mkdir(parents=True)
    for entry in (src / "game").iterdir():
        if entry.name in SHARED:
            (dest / "game" / entry.name).symlink_to(entry.resolve())
        elif entry.is_dir():
            shutil.copytree(entry, dest / "game" / entry.name, symlinks=True,
                            ignore=shutil.ignore_patterns("*.rpyc", "saves", "cache"))
        elif not entry.name.endswith(".rpyc"):
            shutil.copy2(entry, dest / "game" / entry.name)
    return dest


@pytest.fixture(scope="module")
def saved(tmp_path_factory) -> tuple[Path, Path, Trace]:
    """(game copy, session folder, trace) after the first session saved at CH1's menu."""
    base = tmp_path_factory.mktemp("saved")
    game = copy_game(ROOT, base / "game")
    session = base / "session"
    trace = play_through(PLAN["choices"], game, session=session,
                         save={"at": "menu:2", "slot": "1-1", "quit": True})
    assert trace.saved == f"game/{CH1}:{SAVE_MENU}"
    assert trace.choices[-1]["text"] == PLAN["choices"][0]
    return game, session, trace


@pytest.fixture
def later(saved, tmp_path) -> tuple[Path, Path]:
    """A copy of the saved game and session, for one test's edits."""
    game, session, _ = saved
    shutil.copytree(session, tmp_path / "session", symlinks=True)
    return copy_game(game, tmp_path / "game"), tmp_path / "session"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_save_loads_at_its_menu_after_lines_a_label_and_a_variable_change(later):
    """Lines added before and after the save, its label renamed, a variable it holds renamed
    (with SAVE_RENAMES): the save loads at its own menu and the route ends as it would have."""
    game, session = later
    ch1 = game / "game" / CH1
    edit(ch1, '    asha neutral "Noah. You\'re the liaison. Liaise."\n',
         '    asha neutral "Noah. You\'re the liaison. Liaise."\n    "Written in before the menu."\n')
    edit(ch1, "label .by_hand:\n\n", 'label .by_hand:\n\n    "Noah told his mother: [mum_told]."\n')
    edit(ch1, "label .flower:", "label .flower_in_the_chair:")
    for script in (game / "game").rglob("*.rpy"):
        if "tl" not in script.relative_to(game / "game").parts:
            text = script.read_text(encoding="utf-8")
            script.write_text(text.replace("told_mom", "mum_told"), encoding="utf-8")
    edit(game / "game" / "saves.rpy", "define SAVE_RENAMES = {}", 'define SAVE_RENAMES = {"told_mom": "mum_told"}')

    trace = play_through(PLAN["choices"][1:], game, load="1-1", session=session)

    assert trace.choices[0]["menu"] == f"game/{CH1}:{SAVE_MENU + 1}"   # its menu, one line down
    said = [line.what for line in trace.lines]
    assert "Written in before the menu." not in said
    assert said[0] == "Noah told his mother: your call."   # the prologue's answer, moved over
    assert trace.ending == PLAN["ending"]


def test_a_save_in_a_deleted_scene_goes_back_to_the_scene_before(later):
    """The scene the save is in deleted: the load rolls back to where the scene before it
    still stands, and the story goes on from there into what now follows it."""
    game, session = later
    ch1 = game / "game" / CH1
    text = ch1.read_text(encoding="utf-8")
    start, end = text.index("label .flower:"), text.index("label .push_chip:")
    ch1.write_text(text[:start] + text[end:], encoding="utf-8")
    before = text[:start]

    trace = play_through([], game, load="1-1", session=session,
                         save={"at": "menu:1", "slot": "1-2", "quit": True})

    first = trace.lines[0]
    assert first.label in (None, "ch1.why_cry") and f'"{first.what}"' in before
    assert "ch1.push_chip" in trace.labels


def test_a_save_with_nothing_of_its_story_left_says_so_in_spanish(later, shots_dir):
    """The start, the prologue and Chapter 1 rewritten under new labels, called from new
    places (every line, menu, label and call the save remembers gone): Ren'Py cannot roll
    back to anything, so it goes to config.load_failed_label, whose line the player reads
    in their language."""
    game, session = later
    # The save's log reaches back to `label start`, which Ren'Py would roll back to.
    edit(game / "game" / "script.rpy", "label start:\n", "label start_rewritten:\n")
    for script, label in (("story/prologue.rpy", "prologue"), (CH1, "ch1")):
        (game / "game" / script).write_text(f"label {label}_rewritten:\n    return\n", encoding="utf-8")
        edit(game / "game" / "script.rpy", f"    call {label} from start_{label}\n",
             f"    call {label}_rewritten from start_{label}_rewritten\n")

    # The run ends at that line (saving it in another slot, as a player could), before
    # the history notes it; the screenshot shows it.
    trace = play_through([], game, load="1-1", session=session, language="spanish", shots_dir=shots_dir,
                         screenshots={"desktop-save-outdated-es": "line:1"},
                         save={"at": "line:1", "slot": "1-2", "quit": True})

    assert trace.labels == ["save_outdated"], trace.labels
    assert (shots_dir / "desktop-save-outdated-es.png").stat().st_size > 0
    # Made on the Spanish translation of save_outdated's line.
    spanish = (game / "game" / "tl" / "spanish" / "saves.rpy").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(spanish, 1) if text.startswith('    "Esta partida se guardó'))
    assert trace.choices == [] and trace.saved == f"game/tl/spanish/saves.rpy:{line}"

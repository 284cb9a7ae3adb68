"""gui-image-missing: every `gui/...` image the scripts name exists in game/.

The interface (text box, buttons, bars, menus) is drawn from files in
game/gui that the art pipeline writes (`vn sprites build`, from art/gui.json).
Ren'Py's lint does not look for them, and a missing one stops the game with
an exception the first time its screen shows. A name with `[prefix_]` is
looked up per button state; the idle state needs the `idle_` form or the
plain one. Of a list of names (`Frame(["gui/a.png", "gui/b.png"], ...)`),
Ren'Py takes the first that exists, so one is enough.

PASS::

    define gui.main_menu_background = "gui/main_menu.png"                # exists
    style check_button:
        foreground "gui/button/check_[prefix_]foreground.png"              # check_foreground.png
    style confirm_frame:
        background Frame(["gui/confirm_frame.png", "gui/frame.png"], 6, 6)  # frame.png

FAIL::

    style frame:
        background Frame("gui/framed.png", 6, 6)                          # no such file
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .base import ERROR, Context, Problem

RULE_ID = "gui-image-missing"
SEVERITY = ERROR
SUMMARY = "a `gui/...` image named in a script does not exist in game/"

GUI_IMAGE = re.compile(r"""["'](gui/[^"'\s]+?\.(?:png|jpe?g|webp))["']""")
NAME_LIST = re.compile(r"""\[\s*["'][^\]]*\]""")   # ["gui/a.png", "gui/b.png"]: the first that exists
PREFIX = "[prefix_]"
IDLE_FORMS = ("idle_", "")   # what the idle state looks for, in Ren'Py's order


def _exists(game: Path, name: str) -> bool:
    if PREFIX in name:
        return any((game / name.replace(PREFIX, p)).is_file() for p in IDLE_FORMS)
    return (game / name).is_file()


def _scripts(game: Path) -> list[Path]:
    """The game's scripts; translations name no interface images of their own."""
    return sorted(p for p in game.rglob("*.rpy") if "tl" not in p.relative_to(game).parts[:1])


def check(story: dict[str, Any], context: Context) -> Iterable[Problem]:
    if context.base is None:
        return
    game = context.base / "game"
    missing = [(file, number, names[0]) for file, number, names in _references(context, game)
               if not any(_exists(game, name) for name in names)]
    if missing and not (game / "gui").is_dir():  # one problem, not one per image
        file, number, _ = missing[0]
        yield Problem(file, number, f"game/gui does not exist ({len(missing)} interface images are "
                      "named): run `vn sprites build`, which draws it from art/gui.json",
                      RULE_ID, SEVERITY)
        return
    for file, number, name in missing:
        shown = name.replace(PREFIX, "idle_") if PREFIX in name else name
        yield Problem(file, number, f"game/{shown} does not exist, and the game stops when it is "
                      "shown: fix the name, or draw it (`vn sprites build` draws the interface)",
                      RULE_ID, SEVERITY)


def _references(context: Context, game: Path) -> Iterable[tuple[str, int, list[str]]]:
    """(file, line, names) of every `gui/...` image named outside comments: one name,
    or the names of a list, any of which will do."""
    for path in _scripts(game):
        file = path.relative_to(game.parent).as_posix()  # game is context.base / "game"
        for number, text in enumerate(context.source_lines(file) or [], 1):
            if text.lstrip().startswith("#"):
                continue
            for names in NAME_LIST.findall(text):
                found = GUI_IMAGE.findall(names)
                if found:
                    yield file, number, found
            for name in GUI_IMAGE.findall(NAME_LIST.sub("", text)):
                yield file, number, [name]

"""crowded-stage: no more than three sprites on stage at once, outside a crowd shot.

Four or five characters standing in a row read as a police line-up, not a scene.
The rule follows the shown tags along the control flow (`flow.py`: menus, `if`
branches, jumps, calls; `scene` clears the stage) and reports the `show` that
brings a fourth sprite on stage on every route that reaches it. The background
(any tag a `scene` statement shows) is not a sprite.

A crowd shot is composed in depth with the `crowd_*` transforms of
game/stage.rpy (back row smaller and higher, front row larger and lower): a
`show` placed `at crowd_...` is part of the crowd and never crowds the stage;
a sprite brought in at an ordinary position into a stage that already holds
three is reported. The mark is in the script the engine exports (the `at`
list), so the desktop, the web player and this rule all see the same thing.

PASS::

    label start:
        scene bg plaza
        show calla neutral at left
        show otto neutral at center
        show max neutral at right
        hide max
        show milena neutral at right     # three again: Max left
        scene bg hall
        show calla at crowd_back_left
        show otto at crowd_back_right
        show max at crowd_front_left
        show milena at crowd_front_right  # a crowd shot, in depth

FAIL::

    label start:
        scene bg plaza
        show calla neutral at left
        show otto neutral at midleft
        show max neutral at midright
        show milena neutral at right     # a fourth sprite in a row
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .base import WARNING, Context, Problem, nodes
from .flow import MASTER, Flow

RULE_ID = "crowded-stage"
SEVERITY = WARNING
SUMMARY = "more than three sprites on stage at once outside a crowd shot (crowd_* transforms)"

MAX_ON_STAGE = 3
CROWD_PREFIX = "crowd_"


def is_crowd_placement(node: dict[str, Any]) -> bool:
    """A `show ... at crowd_...`: part of a crowd shot composed in depth."""
    return any((a or "").startswith(CROWD_PREFIX) for a in node.get("at") or [])


def check(story: dict[str, Any], context: Context) -> Iterable[Problem]:
    shows = [n for n in nodes(story, "show") if n.get("tag") and n.get("layer") in MASTER]
    if len(shows) <= MAX_ON_STAGE:
        return
    backgrounds = {n.get("tag") for n in nodes(story, "scene") if n.get("tag")}
    flow = Flow(story)
    for node in shows:
        tag = node["tag"]
        if tag in backgrounds or is_crowd_placement(node):
            continue
        before = flow.must.get(node["id"])
        if before is None or tag in before:
            continue  # unreachable, or already on stage (an expression change, a move)
        on_stage = sorted((before - backgrounds) | {tag})
        if len(on_stage) <= MAX_ON_STAGE:
            continue
        yield Problem(node["file"], node["line"],
                      f"{len(on_stage)} sprites on stage at once ({', '.join(on_stage)}): "
                      f"hide someone first (at most {MAX_ON_STAGE}), or compose a crowd shot in depth "
                      "with the crowd_* transforms of game/stage.rpy",
                      RULE_ID, SEVERITY)

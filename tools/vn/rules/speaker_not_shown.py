"""speaker-not-shown: a character with a sprite is on screen when it speaks.

A character "has a sprite" when its image tag (`Character(..., image="calla")`)
has images other than side images. When such a character speaks, its tag must
be shown on the master layer on *every* route that reaches the line: the
set of shown tags is followed along the control flow (menu choices, `if`
branches, jumps, calls and their returns; `scene` empties the screen), not
along the file, because the same scene can be entered from several branches
(see `flow.py`). Say-line attributes (`calla happy "..."`) do not show a
sprite that is not on screen. Characters with a side image (`image side
player = ...`: Ren'Py shows it beside each of their lines, as LearnToCodeRPG
does for its point-of-view character, who also has a sprite), NVL-mode
characters and the narrator are not checked.

A line spoken from off screen on purpose (a voice through a door, a phone
call) is marked with `# vn: ignore[speaker-not-shown]` at the end of its line.

PASS::

    label start:
        scene bg clinic
        show calla neutral
        calla "Come in."
        menu:
            "Sit down":
                pass
            "Stay standing":
                show otto
        calla "Either way, we start now."
        otto "Hi."  # vn: ignore[speaker-not-shown]

FAIL::

    label start:
        scene bg clinic
        menu:
            "Knock":
                show calla neutral
            "Walk in":
                pass
        calla "Come in."        # not shown on the "Walk in" route
        scene bg street
        calla "Wait!"           # the scene cleared her away
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .base import WARNING, Context, Problem, image_tags, nodes, sprite_tag
from .flow import Flow

RULE_ID = "speaker-not-shown"
SEVERITY = WARNING
SUMMARY = "a character with a sprite speaks while its sprite is not on screen"


def check(story: dict[str, Any], context: Context) -> Iterable[Problem]:
    tags = image_tags(story)
    characters = story.get("characters") or {}
    says = [(n, sprite_tag(story, n.get("character"), tags)) for n in nodes(story, "say")
            if (characters.get(n.get("character")) or {}).get("kind") != "nvl"]
    # a side image is shown with every line: the speaker is on screen (ImageIndex.tags
    # leaves side images out, so they are read from the image names)
    sided = {name.split()[1] for name in (i.get("name") or "" for i in story.get("images") or [])
             if name.startswith("side ") and len(name.split()) > 1}
    says = [(n, t) for n, t in says if t and t not in sided]
    if not says:
        return
    flow = Flow(story)
    for node, tag in says:
        must = flow.must.get(node["id"])
        if must is None or tag in must:
            continue  # unreachable, or on screen on every route
        who = node["character"]
        named = f"`{who}`" if who == tag else f"`{who}` (image tag `{tag}`)"
        if tag in flow.may.get(node["id"], frozenset()):
            where = ("on some of the routes that reach this line "
                     "(a branch, a `hide` or a `scene` leaves it off)")
        else:
            where = "on any route that reaches this line"
        yield Problem(node["file"], node["line"],
                      f"{named} speaks but is not shown {where}: `show {tag}` before the line, "
                      f"or mark an off-screen line with `# vn: ignore[{RULE_ID}]`",
                      RULE_ID, SEVERITY)

"""unknown-speaker: the speaker of a say line is a defined character.

`cala "Hello."` names a variable that holds no Character: the game stops with
an exception when the line is reached. The speaker must be a Character the
game defines (`define calla = Character(...)`), one of Ren'Py's own
(`narrator`, `centered`, `nvl`, `extend`...), or a name written as a string
for a one-off speaker (`"Mr. Osei" "Next, please."`). Names the game sets
itself with `define`/`default` to something other than a Character (a speaker
chosen at run time) are left to Ren'Py's lint.

PASS::

    define calla = Character("Dr. Calla Hawthorne", image="calla")
    label start:
        calla "Hello."
        "Mr. Osei" "Next, please."
        extend " And you."

FAIL::

    label start:
        cala "Hello."          # no character named cala (did you mean calla?)
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

from .base import DOTTED, ERROR, Context, Problem, defined_names, is_quoted, nodes

RULE_ID = "unknown-speaker"
SEVERITY = ERROR
SUMMARY = "a say line whose speaker is not a defined character"
SUPERSEDES = r"in the who part of a say statement"

# Speakers Ren'Py provides that are not Character objects of the store.
BUILTIN_SPEAKERS = {"extend", "narrator", "centered", "vcentered", "nvl", "adv", "name_only",
                    "nvl_narrator", "voice"}


def check(story: dict[str, Any], context: Context) -> Iterable[Problem]:
    characters = set((story.get("characters") or {}).keys())
    declared = defined_names(story)
    for node in nodes(story, "say"):
        who = node.get("who")
        if not who or node.get("character") or is_quoted(who):
            continue
        if who in characters or who in BUILTIN_SPEAKERS or who in declared:
            continue
        if not DOTTED.match(who) or "." in who:
            continue  # an expression or store.attribute: Ren'Py's lint evaluates those
        close = difflib.get_close_matches(who, sorted(characters - {"centered", "narrator"}), n=1)
        hint = f" (did you mean `{close[0]}`?)" if close else ""
        yield Problem(node["file"], node["line"],
                      f"`{who}` is not a defined character{hint}: define it with "
                      f"`define {who} = Character(...)` or fix the name", RULE_ID, SEVERITY)

"""call-without-from: every `call` names its return point with `from`.

A save made inside a called label records where to return to. With
`from NAME` that place is a label, which survives edits of the script; without
it Ren'Py falls back on a generated name that changes when the file around the
call changes, and old saves can no longer return (Ren'Py's own "Add from
clauses to calls" does the same job at build time).

PASS::

    label start:
        call ch1 from start_ch1
        return

FAIL::

    label start:
        call ch1
        return
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .base import ERROR, Context, Problem, nodes

RULE_ID = "call-without-from"
SEVERITY = ERROR
SUMMARY = "a `call` without `from`: old saves cannot return after the script changes"


def check(story: dict[str, Any], context: Context) -> Iterable[Problem]:
    for node in nodes(story, "call"):
        if node.get("from"):
            continue
        target = node.get("target") or "?"
        shown = f"call expression {target}" if node.get("expression") else f"call {target}"
        suggestion = f"_call_{target}" if not node.get("expression") else "_call_here"
        yield Problem(node["file"], node["line"],
                      f"`{shown}` has no `from` clause: saves made inside it cannot come back "
                      f"after the script is edited; write `{shown} from {suggestion.replace('.', '_')}`",
                      RULE_ID, SEVERITY)

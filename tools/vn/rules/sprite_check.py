"""sprite-missing: an image the script shows that the sprite manifest lacks
(`vn.sprites.check`, once the art pipeline has written `game/images/manifest.json`).
An integration: the check lives in vn.sprites; this module words its findings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .base import ERROR, Problem

RULE_ID = "sprite-missing"
IDS: dict[str, tuple[str, str]] = {
    "sprite-missing": (ERROR, "an image the script shows that the sprite manifest lacks"),
}
# Ren'Py lint messages that sprite-missing replaces on the same line.
SUPERSEDES = r"is not an image|corresponding to attributes"


def sprite_problems(base: Path | None, story: dict[str, Any]) -> tuple[list[Problem], dict[str, Any]]:
    """The sprite manifest check, once the art pipeline has written its manifest."""
    if base is None:
        return [], {}
    from ..sprites import check as sprites
    from ..sprites.build import MANIFEST
    if not (base / MANIFEST).is_file():
        return [], {}
    report = sprites.check(sprites.load_manifest(base), story)
    problems = [Problem(m["file"] or MANIFEST.as_posix(), m["line"] or 0,
                        f'image "{m["image"]}" has no sprite in {MANIFEST.as_posix()} (add it to '
                        "art/ and run `vn sprites build`, or fix the name)", "sprite-missing", ERROR)
                for m in report["missing"]]
    return problems, {"missing": len(report["missing"]), "unused": len(report["unused"])}

"""The backgrounds draw what the narration counts in them.

When Noah's narration counts the chairs of a place ("Twelve chairs. One water cooler..."),
the background on screen at that line (the last `scene bg NAME` before it in its file, as
the engine parsed the script) must draw that many: the `count` of its `chairs` layers plus
one per `dental_chair` layer (art/backgrounds/NAME.json)."""

from __future__ import annotations

import re

from vn.sprites.specs import load_art

NUMBERS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
# "Twelve chairs", "three chairs, the walnut cabinet": a number word right before "chairs"
COUNTED = re.compile(r"\b(" + "|".join(NUMBERS) + r") chairs\b", re.IGNORECASE)


def chairs_drawn(spec: dict) -> int:
    return sum(layer["count"] if layer["type"] == "chairs" else 1
               for layer in spec["layers"] if layer["type"] in ("chairs", "dental_chair"))


def narrated_counts(story: dict) -> list[tuple[str, str, int]]:
    """(file:line, background, chairs the narration counts) for every narrator line that counts them."""
    found = []
    background: dict[str, str] = {}
    for node in sorted((n for n in story["nodes"] if n.get("file", "").startswith("game/story/")),
                       key=lambda n: (n["file"], n["line"])):
        if node["kind"] == "scene" and node.get("tag") == "bg":
            background[node["file"]] = node["attributes"][0]
        elif node["kind"] == "say" and node.get("who") is None and node["file"] in background:
            for word in COUNTED.findall(node["what"]):
                where = f"{node['file']}:{node['line']}"
                found.append((where, background[node["file"]], NUMBERS[word.lower()]))
    return found


def test_every_counted_chair_is_drawn(story, root):
    counts = narrated_counts(story)
    # the places the story counts: Ray Bio-Dental and Kiran Clinic (twelve), Preserve Dental (three)
    assert {bg for _, bg, _ in counts} >= {"ray_biodental", "kiran_clinic", "preserve_dental"}
    backgrounds = load_art(root).backgrounds
    wrong = [(where, bg, said, chairs_drawn(backgrounds[bg])) for where, bg, said in counts
             if chairs_drawn(backgrounds[bg]) != said]
    assert not wrong, wrong

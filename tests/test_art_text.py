"""The backgrounds draw what the narration counts in them.

When Noah's narration counts things in a place ("Twelve chairs. One water cooler...", "Three
monitors.", "forty drones hang in their cradles", "Three traditionalists in their seventies"),
the background on screen at that line (the last `scene bg NAME` before it in its file, as the
engine parsed the script) must draw that many (art/backgrounds/NAME.json):
- chairs: the `count` of its `chairs` layers plus one per `dental_chair` layer;
- drones: the `count` of its `cradles` layers (every cradle docked: `empty` 0) plus one per
  `drone` layer;
- monitors: its `screen` layers that are not holograms;
- traditionalists, volunteers: its `person` layers whose note names one ("a second volunteer")."""

from __future__ import annotations

import re

from vn.sprites.specs import load_art

NUMBERS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
NUMBERS.update({"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50})


def chairs_drawn(spec: dict) -> int:
    return sum(layer["count"] if layer["type"] == "chairs" else 1
               for layer in spec["layers"] if layer["type"] in ("chairs", "dental_chair"))


def drones_drawn(spec: dict) -> int:
    cradles = [layer for layer in spec["layers"] if layer["type"] == "cradles"]
    # an empty fraction leaves cradles empty at random: a counted bay docks a drone in every one
    assert all(layer["empty"] == 0 for layer in cradles), f"bg {spec['name']}: a counted bay, empty cradles"
    flying = sum(layer["type"] == "drone" for layer in spec["layers"])
    return sum(layer["count"] for layer in cradles) + flying


def monitors_drawn(spec: dict) -> int:
    return sum(layer["type"] == "screen" and not layer["holo"] for layer in spec["layers"])


def people_drawn(kind: str):
    def count(spec: dict) -> int:
        return sum(layer["type"] == "person" and kind in layer["note"] for layer in spec["layers"])
    return count


COUNTERS = {"chairs": chairs_drawn, "drones": drones_drawn, "monitors": monitors_drawn,
            "traditionalists": people_drawn("traditionalist"), "volunteers": people_drawn("volunteer")}
# "Twelve chairs", "Three monitors.", "forty drones": a number word right before a counted noun
COUNTED = re.compile(r"\b(" + "|".join(NUMBERS) + r") (" + "|".join(COUNTERS) + r")\b", re.IGNORECASE)


def narrated_counts(story: dict) -> list[tuple[str, str, str, int]]:
    """(file:line, background, noun, how many the narration counts) for every narrator line
    that counts something the backgrounds draw."""
    found = []
    background: dict[str, str] = {}
    for node in sorted((n for n in story["nodes"] if n.get("file", "").startswith("game/story/")),
                       key=lambda n: (n["file"], n["line"])):
        if node["kind"] == "scene" and node.get("tag") == "bg":
            background[node["file"]] = node["attributes"][0]
        elif node["kind"] == "say" and node.get("who") is None and node["file"] in background:
            for word, noun in COUNTED.findall(node["what"]):
                where = f"{node['file']}:{node['line']}"
                found.append((where, background[node["file"]], noun.lower(), NUMBERS[word.lower()]))
    return found


def test_every_counted_thing_is_drawn(story, root):
    counts = narrated_counts(story)
    # the places the story counts: Ray Bio-Dental and Kiran Clinic (twelve chairs), Preserve Dental
    # (three), Max's lab (three monitors), the drone bay (forty drones), the plaza's traditionalists
    # and the volunteers seen through the control room's window (three each)
    assert {(bg, noun) for _, bg, noun, _ in counts} >= {
        ("ray_biodental", "chairs"), ("kiran_clinic", "chairs"), ("preserve_dental", "chairs"),
        ("max_lab", "monitors"), ("drone_gantry", "drones"), ("meridian_plaza", "traditionalists"),
        ("expo_backstage", "volunteers")}
    backgrounds = load_art(root).backgrounds
    wrong = [(where, bg, noun, said, COUNTERS[noun](backgrounds[bg])) for where, bg, noun, said in counts
             if COUNTERS[noun](backgrounds[bg]) != said]
    assert not wrong, wrong


def test_the_props_the_narration_names_are_drawn(root):
    """Things the narration puts in a place, not counted: Max's taped dentist's chair and his
    whiteboard of clinics with red stopwatch times; the traditionalists' PAPER CHARTS sign; Leo
    and a box of gloves at the table seen from backstage; the woman in the amber pod room, with
    two drone arms, at the Tower."""
    bgs = load_art(root).backgrounds

    def has(name: str, kind: str, text: str = "") -> bool:
        return any(layer["type"] == kind and text in (layer.get("text") or layer["note"])
                   for layer in bgs[name]["layers"])
    assert has("max_lab", "dental_chair") and has("max_lab", "text", "SmarTeeth")
    assert has("meridian_plaza", "text", "PAPER CHARTS") and has("meridian_plaza", "table")
    backstage = [layer for layer in bgs["expo_backstage"]["layers"] if layer["type"] == "person"]
    assert [layer["character"] for layer in backstage].count("leo") == 1
    assert has("expo_backstage", "rect", "gloves") and has("expo_backstage", "text", "PAPER CHARTS")
    assert has("smarteeth_tower", "pod") and sum(layer["type"] == "robot_arm"
                                                  for layer in bgs["smarteeth_tower"]["layers"]) == 2

"""Loading and validating every spec under art/ before anything is drawn."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from vn.errors import VnError

from .gui_pieces import check_pieces
from .schema import (REQUIRED, Bool, Box, Color, Ctx, Enum, Int, List, Map, Num, Obj, Point, Str, Tagged,
                     load_json)

EXPRESSION_NAMES = ("neutral", "happy", "sad", "angry", "worried", "surprised")
POSES = ("down", "pocket", "hip", "hold", "clasp", "cross", "chin", "open", "palm", "chest")
# a stance is a whole-body pose the script names (`show calla gesture happy`), drawn in every expression
STANCE_NAME = r"^[a-z][a-z0-9_]*$"
HAIR_STYLES = ("bald", "buzz", "short", "side_part", "pixie", "messy", "undercut", "swept_back", "bob", "long",
               "wavy", "braids", "bun", "ponytail", "curly")
TOPS = ("crew", "tshirt", "sweater", "hoodie", "vneck", "scrubs", "shirt", "blouse", "turtleneck", "bodysuit")
OUTERS = ("lab_coat", "blazer", "cardigan", "jacket", "bomber", "denim", "vest", "apron", "hoodie_open")
ITEMS = ("none", "tablet", "phone", "clipboard", "notebook", "mug", "vial", "watering_can", "radio", "tray")
ACCESSORIES = ("glasses", "loupes", "earrings", "earpiece", "headset", "vr_headset", "goggles", "visor", "beanie",
               "headscarf", "cap", "pencil", "hair_clip", "flower", "head_mirror", "lanyard", "badge", "stethoscope",
               "necklace", "scarf", "tie", "bowtie", "pin", "pen", "headphones", "chain_glasses", "watch")

WHITE = (246, 244, 238, 255)

EXPRESSION = Obj({
    "brow_tilt": (Num(-1, 1), 0.0), "brow_raise": (Num(-1, 1.5), 0.0), "furrow": (Num(0, 1), 0.0),
    "eye_open": (Num(0, 1.5), 1.0), "eye_smile": (Num(0, 1), 0.0), "lid_tilt": (Num(-1, 1), 0.0),
    "pupil": (Num(0.4, 1.4), 1.0), "look": (Point(), (0.0, 0.0)), "smile_lines": (Num(0, 1), 0.0),
    "mouth_curve": (Num(-1, 1), 0.0), "mouth_open": (Num(0, 1), 0.0), "mouth_width": (Num(0.4, 1.6), 1.0),
    "mouth_shape": (Enum("line", "open", "o", "clench", "wobble"), "line"), "teeth": (Bool(), False),
    "blush": (Num(0, 1), 0.0), "sweat": (Num(0, 1), 0.0), "tear": (Num(0, 1), 0.0),
    "shock_lines": (Num(0, 1), 0.0),
    # the body: head turned (degrees, + = top of the head to the viewer's right), lifted (a fraction of
    # the head's height), brought forward (+) or drawn back (-); shoulders raised (+) or dropped (-);
    # the upper body leaning (+ = to the viewer's right). Robots, drones and mascots tilt instead.
    "head_tilt": (Num(-15, 15), 0.0), "head_lift": (Num(-0.2, 0.2), 0.0), "head_forward": (Num(-1, 1), 0.0),
    "shoulders": (Num(-1, 1), 0.0), "lean": (Num(-1, 1), 0.0),
}, "an object of expression parameters")

EXPRESSIONS_FILE = Obj({
    "expressions": (Obj({n: (EXPRESSION, REQUIRED) for n in EXPRESSION_NAMES}), REQUIRED),
})

HOLOGRAM = Obj({
    "color": (Color(), REQUIRED), "opacity": (Num(0.1, 1), 0.82), "scanlines": (Num(1, 12), 3),
    "glow": (Num(0, 40), 10), "projector": (Bool(), True),
}, nullable=True)

CHARACTER_FIELDS = {
    "id": (Str(r"^[a-z][a-z0-9_]*$", "a lower-case id like \"calla\""), REQUIRED),
    "name": (Str(), REQUIRED),
    "kind": (Enum("human", "robot", "drone", "mascot", "abstract"), REQUIRED),
    "seed": (Int(0), 0),
    "outputs": (Obj({"sprite": (Bool(), True), "side": (Bool(), False)}), lambda: {"sprite": True, "side": False}),
    "palette": (Map(Color(hex_only=True)), REQUIRED),
    "ink": (Color(), (30, 32, 52, 255)),
    "build": (Obj({
        "height": (Num(300, 640), 600), "head": (Num(0.8, 1.3), 1.0), "shoulders": (Num(0.6, 1.5), 1.0),
        "waist": (Num(0.6, 1.5), 1.0), "hips": (Num(0.6, 1.5), 1.0), "neck": (Num(0.6, 1.5), 1.0),
        "arms": (Num(0.6, 1.5), 1.0),
        "pose": (Obj({"left": (Enum(*POSES), "down"), "right": (Enum(*POSES), "down")}),
                 lambda: {"left": "down", "right": "down"}),
        # a different arm pose for some expressions, e.g. {"angry": {"left": "cross", "right": "cross"}}
        "poses": (Obj({n: (Obj({"left": (Enum(*POSES), None), "right": (Enum(*POSES), None)},
                               "an object with \"left\" and/or \"right\" arm poses"), None)
                       for n in EXPRESSION_NAMES}, "an object of expression names to arm poses"), dict),
        # named poses besides the default one, each drawn in all six expressions: the arms (a missing
        # side keeps build.pose), and a posture added to every expression's body movement: lean,
        # shoulders, head tilt (degrees) and lift; machines raise their arms ("raise") instead
        "stances": (Map(Obj({
            "left": (Enum(*POSES), None), "right": (Enum(*POSES), None),
            "lean": (Num(-1, 1), 0.0), "shoulders": (Num(-1, 1), 0.0), "tilt": (Num(-10, 10), 0.0),
            "lift": (Num(-0.1, 0.1), 0.0), "arms": (Enum("rest", "raise"), "rest"),
        }, "an object with the stance's arms (\"left\", \"right\") and posture"), STANCE_NAME), dict),
        "item": (Obj({"type": (Enum(*ITEMS), "none"), "color": (Color(), (60, 70, 90, 255)),
                      "accent": (Color(), (120, 230, 220, 255))}),
                 lambda: {"type": "none", "color": (60, 70, 90, 255), "accent": (120, 230, 220, 255)}),
    }), REQUIRED),
    "skin": (Obj({"tone": (Color(), REQUIRED), "shadow": (Color(nullable=True), None),
                  "blush": (Color(nullable=True), None)}), None),
    "hair": (Obj({"style": (Enum(*HAIR_STYLES), REQUIRED), "color": (Color(), REQUIRED),
                  "shine": (Color(nullable=True), None), "part": (Enum("left", "right", "center"), "left"),
                  "volume": (Num(0.6, 1.8), 1.0), "length": (Num(0.2, 2.0), 1.0),
                  "streak": (Color(nullable=True), None)}), None),
    "face": (Obj({
        "style": (Enum("human", "cartoon", "glyph", "lens"), "human"),
        "shape": (Enum("oval", "round", "square", "long", "heart"), "oval"),
        "width": (Num(0.8, 1.2), 1.0), "jaw": (Num(0.7, 1.3), 1.0),
        "eyes": (Obj({"color": (Color(), REQUIRED), "size": (Num(0.6, 1.5), 1.0),
                      "shape": (Enum("round", "almond", "narrow", "droopy"), "almond"),
                      "spacing": (Num(0.8, 1.3), 1.0), "lashes": (Bool(), False)}), REQUIRED),
        "brows": (Obj({"color": (Color(nullable=True), None), "thickness": (Num(0.4, 2.0), 1.0),
                       "arch": (Num(0, 2), 1.0)}), lambda: {"color": None, "thickness": 1.0, "arch": 1.0}),
        "nose": (Enum("small", "button", "long", "broad"), "small"),
        "mouth": (Obj({"color": (Color(), (196, 110, 110, 255)), "width": (Num(0.6, 1.6), 1.0),
                       "teeth": (Color(), WHITE)}),
                  lambda: {"color": (196, 110, 110, 255), "width": 1.0, "teeth": WHITE}),
        "age": (Num(0, 1), 0.0), "freckles": (Bool(), False), "blush": (Num(0, 1), 0.0),
        "facial_hair": (Enum("none", "stubble", "beard", "goatee", "mustache"), "none"),
        "facial_hair_color": (Color(nullable=True), None),
    }), REQUIRED),
    "clothing": (Obj({
        "top": (Obj({"type": (Enum(*TOPS), REQUIRED), "color": (Color(), REQUIRED),
                     "accent": (Color(nullable=True), None), "sleeves": (Enum("long", "short", "rolled", "none"), "long"),
                     "tucked": (Bool(), False), "pattern": (Enum("plain", "stripes"), "plain")}), REQUIRED),
        "outer": (Obj({"type": (Enum(*OUTERS), REQUIRED), "color": (Color(), REQUIRED),
                       "trim": (Color(nullable=True), None), "open": (Bool(), True),
                       "sleeves": (Enum("long", "short", "rolled"), "long")}, nullable=True), None),
        "bottom": (Obj({"type": (Enum("trousers", "skirt", "leggings"), "trousers"), "color": (Color(), REQUIRED),
                        "belt": (Color(nullable=True), None)}), REQUIRED),
    }), None),
    "accessories": (List(Obj({"type": (Enum(*ACCESSORIES), REQUIRED), "color": (Color(), (40, 40, 50, 255)),
                              "accent": (Color(), (120, 230, 220, 255)),
                              "side": (Enum("left", "right"), "right"),
                              "shape": (Enum("round", "rect", "soft", "stud", "hoop"), "soft")})), list),
    "machine": (Obj({
        "body": (Color(), REQUIRED), "trim": (Color(), REQUIRED), "screen": (Color(), (20, 28, 44, 255)),
        "glow": (Color(), (120, 240, 255, 255)), "width": (Num(40, 360), 180), "height": (Num(40, 600), 300),
        "hover": (Num(0, 200), 0), "antenna": (Bool(), False), "grille": (Bool(), False), "tray": (Bool(), False),
        "rings": (Int(0, 5), 0), "bowtie": (Color(nullable=True), None), "head_mirror": (Bool(), False),
    }), None),
    "effects": (Obj({"hologram": (HOLOGRAM, None)}), lambda: {"hologram": None}),
}


def _required_parts(c: dict, rel: str) -> None:
    need = ("skin", "hair", "clothing") if c["kind"] == "human" else ("machine",)
    for k in need:
        if c.get(k) is None:
            raise VnError(f"{rel}: {k}: missing required part for kind \"{c['kind']}\"")


def validate_character(raw, rel: str, stem: str) -> dict:
    if not isinstance(raw, dict):
        raise VnError(f"{rel}: expected a JSON object")
    ctx = Ctx(rel)
    if "palette" in raw:
        ctx.palette = Map(Color(hex_only=True))(raw["palette"], "palette", ctx)
    c = Obj(CHARACTER_FIELDS)(raw, "", ctx)
    if c["id"] != stem:
        raise VnError(f"{rel}: id: expected \"{stem}\" (the file name), got \"{c['id']}\"")
    _required_parts(c, rel)
    for name in c["build"]["stances"]:
        if name in EXPRESSION_NAMES:
            raise VnError(f"{rel}: build.stances.{name}: expected a pose name that is not an expression name")
    return c


# --- backgrounds, CGs, title ----------------------------------------------------

C = Color()
NUM = Num()
POS = Num(0)

ELEMENTS = {
    "gradient": {"top": (C, REQUIRED), "bottom": (C, REQUIRED), "mid": (Color(nullable=True), None),
                 "box": (Box(), None)},
    "glow": {"at": (Point(), REQUIRED), "radius": (Num(1), REQUIRED), "color": (C, REQUIRED),
             "strength": (Num(0, 2), 0.6), "squash": (Num(0.1, 4), 1.0)},
    "rect": {"box": (Box(), REQUIRED), "color": (C, REQUIRED), "bottom": (Color(nullable=True), None),
             "radius": (POS, 0), "outline": (Bool(), False), "shade": (Num(0, 2), 0.0)},
    "poly": {"points": (List(Point(), 3), REQUIRED), "color": (C, REQUIRED), "bottom": (Color(nullable=True), None),
             "outline": (Bool(), False), "smooth": (Bool(), False)},
    "floor": {"horizon": (NUM, REQUIRED), "color": (C, REQUIRED), "far": (Color(nullable=True), None),
              "lines": (Enum("none", "planks", "tiles", "grid"), "none"), "line_color": (C, (0, 0, 0, 40)),
              "vanish": (NUM, 640), "spacing": (Num(4), 60), "reflect": (Color(nullable=True), None)},
    "skyline": {"base": (NUM, REQUIRED), "height": (Point(), REQUIRED), "color": (C, REQUIRED),
                "window": (Color(nullable=True), None), "count": (Int(1, 200), 20), "width": (Point(), (40, 110)),
                "density": (Num(0, 1), 0.25), "x": (Point(), (-40, 1320)), "spires": (Num(0, 1), 0.2)},
    "window": {"box": (Box(), REQUIRED), "frame": (C, REQUIRED), "sky": (List(C, 2, 3), REQUIRED),
               "panes": (Point(), (2, 2)), "city": (Color(nullable=True), None), "city_window": (Color(nullable=True), None),
               "sill": (Bool(), True), "light": (Num(0, 1), 0.0), "rain": (Bool(), False), "blinds": (Bool(), False)},
    "neon": {"text": (Str(), REQUIRED), "at": (Point(), REQUIRED), "size": (Num(4), 40), "color": (C, REQUIRED),
             "font": (Enum("title", "ui", "body"), "title"), "glow": (Num(0, 60), 14), "tracking": (NUM, 0),
             "sign": (Color(nullable=True), None), "anchor": (Enum("left", "center", "right"), "center"),
             "rotate": (Num(-90, 90), 0)},
    "rain": {"count": (Int(1, 3000), 400), "color": (C, (200, 220, 255, 90)), "angle": (Num(-45, 45), 8),
             "length": (Point(), (14, 30)), "box": (Box(), None)},
    "dental_chair": {"at": (Point(), REQUIRED), "scale": (Num(0.1, 4), 1.0), "color": (C, REQUIRED),
                     "frame": (C, (200, 205, 215, 255)), "lamp": (Bool(), True), "flip": (Bool(), False),
                     "crack": (Bool(), False)},
    "cabinet": {"box": (Box(), REQUIRED), "color": (C, REQUIRED), "drawers": (Point(), (2, 4)),
                "handle": (C, (214, 178, 92, 255)), "papers": (Bool(), False)},
    "plant": {"at": (Point(), REQUIRED), "scale": (Num(0.1, 4), 1.0), "kind": (Enum("geranium", "fern", "palm", "dead"), "fern"),
              "leaf": (C, (92, 150, 86, 255)), "flower": (C, (226, 70, 80, 255)), "pot": (C, (180, 96, 64, 255)),
              "count": (Int(1, 12), 1), "spacing": (NUM, 60)},
    "screen": {"box": (Box(), REQUIRED), "color": (C, (20, 30, 48, 255)), "glow": (C, REQUIRED),
               "content": (Enum("chart", "dash", "face", "scan", "text", "dots", "tooth", "smile", "code", "map", "blank"), "dash"),
               "frame": (Color(nullable=True), None), "holo": (Bool(), False), "seed": (Int(0), 0),
               "label": (Str(), "")},
    "shelf": {"box": (Box(), REQUIRED), "color": (C, REQUIRED), "rows": (Int(1, 8), 3),
              "items": (List(C, 1), REQUIRED), "seed": (Int(0), 0)},
    "lamp": {"at": (Point(), REQUIRED), "length": (Num(0), 80), "color": (C, REQUIRED), "light": (C, REQUIRED),
             "size": (Num(4), 30), "cone": (Num(0, 1), 0.25), "style": (Enum("dome", "tube", "globe"), "dome")},
    "drone": {"at": (Point(), REQUIRED), "scale": (Num(0.1, 4), 1.0), "color": (C, REQUIRED), "light": (C, REQUIRED),
              "beam": (Num(0, 1), 0.0)},
    "crowd": {"y": (NUM, REQUIRED), "x": (Point(), (0, 1280)), "count": (Int(1, 200), 30), "color": (C, REQUIRED),
              "scale": (Point(), (0.8, 1.2)), "glow": (Color(nullable=True), None)},
    "truss": {"box": (Box(), REQUIRED), "color": (C, REQUIRED), "width": (Num(1), 6)},
    "pod": {"box": (Box(), REQUIRED), "color": (C, REQUIRED), "glass": (C, (160, 220, 255, 90)),
            "light": (C, (120, 230, 255, 255))},
    "bed": {"box": (Box(), REQUIRED), "color": (C, REQUIRED), "sheet": (C, REQUIRED), "frame": (C, (60, 60, 70, 255))},
    "railing": {"y": (NUM, REQUIRED), "x": (Point(), (0, 1280)), "height": (Num(4), 60), "color": (C, REQUIRED),
                "posts": (Int(1, 60), 10), "glass": (Color(nullable=True), None)},
    "cables": {"count": (Int(1, 40), 6), "color": (C, REQUIRED), "box": (Box(), (0, 0, 1280, 200)), "width": (Num(0.5), 4)},
    "pegboard": {"box": (Box(), REQUIRED), "color": (C, REQUIRED), "tools": (C, REQUIRED), "count": (Int(0, 60), 14)},
    "chairs": {"at": (Point(), REQUIRED), "count": (Int(1, 12), 4), "spacing": (Num(10), 80), "color": (C, REQUIRED),
               "scale": (Num(0.1, 4), 1.0), "frame": (C, (60, 64, 74, 255))},
    "table": {"box": (Box(), REQUIRED), "color": (C, REQUIRED), "legs": (C, (60, 60, 70, 255))},
    "umbrella": {"at": (Point(), REQUIRED), "scale": (Num(0.1, 4), 1.0), "color": (C, REQUIRED),
                 "person": (C, (30, 34, 48, 255))},
    "stone": {"at": (Point(), REQUIRED), "scale": (Num(0.1, 4), 1.0), "color": (C, REQUIRED)},
    "arches": {"box": (Box(), REQUIRED), "count": (Int(1, 12), 4), "color": (C, REQUIRED), "inner": (C, REQUIRED),
               "light": (Color(nullable=True), None)},
    "holo": {"at": (Point(), REQUIRED), "radius": (Num(1), 60), "color": (C, REQUIRED),
             "kind": (Enum("rings", "tooth", "globe", "helix", "face"), "rings")},
    "glass_wall": {"box": (Box(), REQUIRED), "cols": (Int(1, 40), 8), "rows": (Int(1, 40), 6), "color": (C, REQUIRED),
                   "frame": (C, REQUIRED), "reflect": (Num(0, 1), 0.3)},
    "banner": {"box": (Box(), REQUIRED), "color": (C, REQUIRED), "text": (Str(), ""), "text_color": (C, (255, 255, 255, 255)),
               "size": (Num(4), 28)},
    "stars": {"count": (Int(1, 1000), 80), "box": (Box(), (0, 0, 1280, 300)), "color": (C, (255, 255, 255, 160))},
    "light_rays": {"at": (Point(), REQUIRED), "angle": (NUM, 60), "spread": (Num(1, 180), 30), "length": (Num(10), 900),
                   "color": (C, REQUIRED), "count": (Int(1, 20), 4)},
    "haze": {"y": (Point(), REQUIRED), "color": (C, REQUIRED)},
    "vignette": {"strength": (Num(0, 1), 0.45), "color": (C, (6, 8, 20, 255))},
    "figure": {"character": (Str(r"^[a-z][a-z0-9_]*$", "a character id"), REQUIRED), "expression": (Enum(*EXPRESSION_NAMES), "neutral"),
               "at": (Point(), REQUIRED), "scale": (Num(0.1, 4), 1.0), "silhouette": (Color(nullable=True), None),
               "flip": (Bool(), False), "alpha": (Num(0, 1), 1.0)},
    # a posed person of an illustration: joints in canvas coordinates; colours from the character's
    # palette unless given; rim/tint/blur light it for its depth in the picture
    "person": {"hip": (Point(), REQUIRED), "size": (Num(4, 400), 40), "character": (Str(r"^[a-z][a-z0-9_]*$", "a character id"), ""),
               "facing": (Enum("left", "right", "front", "back"), "front"), "torso": (Num(-90, 90), 0),
               "head_tilt": (Num(-60, 60), 0), "build": (Num(0.5, 2), 1.0),
               "near_arm": (List(Point(), 2, 2), None), "far_arm": (List(Point(), 2, 2), None),
               "near_leg": (List(Point(), 2, 2), None), "far_leg": (List(Point(), 2, 2), None),
               "hair_style": (Enum("short", "long", "bun", "bald"), "short"), "coat": (Num(0, 4), 0),
               "inner": (Color(nullable=True), None), "smile": (Bool(), False),
               "skin": (Color(nullable=True), None), "hair": (Color(nullable=True), None), "top": (Color(nullable=True), None),
               "bottom": (Color(nullable=True), None), "shoes": (Color(nullable=True), None),
               "rim": (Color(nullable=True), None), "rim_from": (Enum("left", "right"), "right"),
               "rim_strength": (Num(0, 1), 0.8), "tint": (Color(nullable=True), None), "tint_strength": (Num(0, 1), 0.0),
               "blur": (Num(0, 20), 0)},
    "robot_arm": {"base": (Point(), REQUIRED), "joints": (List(Point(), 1, 8), REQUIRED), "width": (Num(2, 120), 22),
                  "color": (C, REQUIRED), "light": (C, (120, 240, 255, 255)), "beam": (Num(0, 1), 0.0)},
    "dots": {"box": (Box(), REQUIRED), "cols": (Int(1, 400), 60), "rows": (Int(1, 200), 24), "color": (C, REQUIRED),
             "odd": (Color(nullable=True), None), "odd_at": (Point(), None), "radius": (Num(0.2), 3)},
    "pipes": {"box": (Box(), REQUIRED), "count": (Int(1, 20), 4), "color": (C, REQUIRED), "vertical": (Bool(), False)},
    "boat": {"at": (Point(), REQUIRED), "scale": (Num(0.1, 4), 1.0), "color": (C, REQUIRED), "light": (C, (255, 210, 140, 255))},
    "logo": {"at": (Point(), REQUIRED), "radius": (Num(2), 60), "color": (C, REQUIRED), "accent": (C, REQUIRED)},
    "stripes": {"box": (Box(), REQUIRED), "colors": (List(C, 2, 2), ((255, 196, 60, 255), (30, 30, 36, 255))),
                "width": (Num(1), 14), "angle": (Num(-60, 60), 35), "outline": (Bool(), False)},
    "cradles": {"at": (Point(), REQUIRED), "count": (Int(1, 40), 6), "spacing": (Num(10), 80), "scale": (Num(0.1, 4), 1.0),
                "color": (C, REQUIRED), "light": (C, (90, 230, 140, 255)), "drone": (Color(nullable=True), None),
                "empty": (Num(0, 1), 0.15), "lit": (Num(0, 1), 0.8)},
    "crates": {"at": (Point(), REQUIRED), "count": (Int(1, 12), 3), "size": (Num(8), 70), "color": (C, REQUIRED),
               "kind": (Enum("wood", "case", "radio"), "wood"), "accent": (C, (220, 220, 220, 255)), "label": (Str(), "")},
    "tree": {"at": (Point(), REQUIRED), "scale": (Num(0.1, 4), 1.0), "kind": (Enum("bare", "round", "cypress"), "bare"),
             "trunk": (C, (70, 56, 48, 255)), "leaf": (C, (70, 110, 80, 255)), "leaves": (Num(0, 1), 0.0)},
    "text": {"text": (Str(), REQUIRED), "at": (Point(), REQUIRED), "size": (Num(4), 24), "color": (C, REQUIRED),
             "font": (Enum("title", "ui", "body"), "ui"), "anchor": (Enum("left", "center", "right"), "left"),
             "tracking": (NUM, 0), "shadow": (Color(nullable=True), None)},
}
COMMON = {"alpha": (Num(0, 1), 1.0), "seed": (Int(0), 0), "note": (Str(), "")}

SCENE_FIELDS = {
    "name": (Str(r"^[a-z][a-z0-9_]*$", "a lower-case name"), REQUIRED),
    "title": (Str(), ""),
    "seed": (Int(0), 0),
    "palette": (Map(Color(hex_only=True)), dict),
    "layers": (List(Tagged(ELEMENTS, COMMON), 1), REQUIRED),
}


def validate_scene(raw, rel: str, stem: str) -> dict:
    if not isinstance(raw, dict):
        raise VnError(f"{rel}: expected a JSON object")
    ctx = Ctx(rel)
    if "palette" in raw:
        ctx.palette = Map(Color(hex_only=True))(raw["palette"], "palette", ctx)
    s = Obj(SCENE_FIELDS)(raw, "", ctx)
    if s["name"] != stem:
        raise VnError(f"{rel}: name: expected \"{stem}\" (the file name), got \"{s['name']}\"")
    return s


GUI_FIELDS = {
    "palette": (Map(Color(hex_only=True)), REQUIRED),
    "panel": (C, REQUIRED), "panel_light": (C, REQUIRED), "accent": (C, REQUIRED), "hover": (C, REQUIRED),
    "text": (C, REQUIRED), "muted": (C, REQUIRED), "line": (C, REQUIRED),
    "radius": (Num(0, 40), 14), "opacity": (Num(0.1, 1), 0.86),
    "icon": (Obj({"color": (C, REQUIRED), "accent": (C, REQUIRED), "background": (C, REQUIRED)}), REQUIRED),
    "game_menu": (Obj({"scene": (Str(r"^[a-z][a-z0-9_]*$", "a background name"), REQUIRED),
                       "blur": (Num(0, 40), 8), "darken": (Num(0, 1), 0.55)}), REQUIRED),
}


def validate_gui(raw, rel: str) -> dict:
    if not isinstance(raw, dict):
        raise VnError(f"{rel}: expected a JSON object")
    ctx = Ctx(rel)
    if "palette" in raw:
        ctx.palette = Map(Color(hex_only=True))(raw["palette"], "palette", ctx)
    fields = {k: v for k, v in raw.items() if k != "pieces"}
    gui = Obj(GUI_FIELDS)(fields, "", ctx)
    # what each GUI file shows: checked against the roles above, every expression resolved
    if "pieces" not in raw:
        raise VnError(f"{rel}: pieces: missing required field (what each GUI file draws)")
    gui["pieces"] = check_pieces(raw["pieces"], gui, ctx)
    return gui


# --- the whole art folder -----------------------------------------------------

class Art:
    """Every validated spec plus a digest of each file's normalised content."""

    def __init__(self, base: Path):
        self.base = Path(base)
        self.characters: dict[str, dict] = {}
        self.backgrounds: dict[str, dict] = {}
        self.cgs: dict[str, dict] = {}
        self.title: dict | None = None
        self.gui: dict | None = None
        self.expressions: dict = {}
        self.digest: dict[str, str] = {}


def _digest(raw) -> str:
    return hashlib.sha256(json.dumps(raw, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def load_art(base: Path) -> Art:
    base = Path(base)
    art_dir = base / "art"
    if not art_dir.is_dir():
        raise VnError(f"{art_dir}: no art/ folder (give the project's base directory)")
    art = Art(base)

    def rel(p: Path) -> str:
        return p.relative_to(base).as_posix()

    p = art_dir / "expressions.json"
    raw = load_json(p, rel(p))
    art.expressions = Obj({"expressions": (Obj({n: (EXPRESSION, REQUIRED) for n in EXPRESSION_NAMES}), REQUIRED)})(
        raw, "", Ctx(rel(p)))["expressions"]
    art.digest["expressions"] = _digest(raw)

    for p in sorted((art_dir / "characters").glob("*.json")):
        raw = load_json(p, rel(p))
        art.characters[p.stem] = validate_character(raw, rel(p), p.stem)
        art.digest["character:" + p.stem] = _digest(raw)
    for p in sorted((art_dir / "backgrounds").glob("*.json")):
        raw = load_json(p, rel(p))
        art.backgrounds[p.stem] = validate_scene(raw, rel(p), p.stem)
        art.digest["bg:" + p.stem] = _digest(raw)
    for p in sorted((art_dir / "cg").glob("*.json")):
        raw = load_json(p, rel(p))
        art.cgs[p.stem] = validate_scene(raw, rel(p), p.stem)
        art.digest["cg:" + p.stem] = _digest(raw)
    p = art_dir / "title.json"
    if p.exists():
        raw = load_json(p, rel(p))
        art.title = validate_scene(raw, rel(p), "title")
        art.digest["title"] = _digest(raw)
    p = art_dir / "gui.json"
    if p.exists():
        raw = load_json(p, rel(p))
        art.gui = validate_gui(raw, rel(p))
        art.digest["gui"] = _digest(raw)
        if art.gui["game_menu"]["scene"] not in art.backgrounds:
            raise VnError(f"{rel(p)}: game_menu.scene: expected a background name, got "
                          f"\"{art.gui['game_menu']['scene']}\"")
    # figures in scenes must name a known character
    for kind, group in (("art/cg", art.cgs), ("art/backgrounds", art.backgrounds)):
        for name, s in group.items():
            for i, layer in enumerate(s["layers"]):
                if (layer["type"] == "figure" or layer["type"] == "person" and layer["character"]) \
                        and layer["character"] not in art.characters:
                    raise VnError(f"{kind}/{name}.json: layers[{i}].character: expected a character id, got "
                                  f"\"{layer['character']}\"")
    if art.title is not None:
        for i, layer in enumerate(art.title["layers"]):
            if layer["type"] == "figure" and layer["character"] not in art.characters:
                raise VnError(f"art/title.json: layers[{i}].character: expected a character id, got "
                              f"\"{layer['character']}\"")
    return art

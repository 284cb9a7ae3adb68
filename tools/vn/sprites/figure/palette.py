"""The colours derived from a character's spec, shared by every part and by the face styles."""

from __future__ import annotations

from ..kit import mix, shadow_of
from .geometry import Spec


def derive_palette(c: Spec) -> None:
    """Derived colours shared by every part."""
    pal = {}
    if c["kind"] == "human":
        skin = c["skin"]["tone"]
        pal["skin"] = skin
        pal["skin_shadow"] = c["skin"]["shadow"] or mix(shadow_of(skin, 0.42), (160, 70, 80, 255), 0.12)
        pal["blush"] = c["skin"]["blush"] or mix(skin, (232, 96, 110, 255), 0.55)
    else:
        m = c["machine"]
        pal.update(skin=m["body"], skin_shadow=shadow_of(m["body"]), blush=(255, 140, 160, 255),
                   glyph=m["glow"],
                   trim=m["trim"], body=m["body"])
    c["_pal"] = pal
    c["_ink"] = c["ink"]


def face_palette(c: Spec) -> Spec:
    pal = c["_pal"]
    fc = c["face"]
    return {"skin": pal["skin"], "lash": mix(fc["brows"]["color"] or c["hair"]["color"], c["_ink"], 0.55),
            "iris": fc["eyes"]["color"], "brow": fc["brows"]["color"] or shadow_of(c["hair"]["color"], 0.25),
            "lips": fc["mouth"]["color"], "teeth": fc["mouth"]["teeth"], "blush": pal["blush"],
            "glyph": pal.get("glyph", (120, 240, 255, 255)), "lid": pal["skin"],
            "trim": pal.get("trim", pal["skin"]),
            "body": pal.get("body", pal["skin"])}


def machine_face_palette(c: Spec) -> Spec:
    m = c["machine"]
    fc = c["face"]
    return {"skin": m["body"], "lash": c["ink"], "iris": fc["eyes"]["color"],
            "brow": fc["brows"]["color"] or c["ink"],
            "lips": fc["mouth"]["color"], "teeth": fc["mouth"]["teeth"], "blush": (255, 130, 160, 255),
            "glyph": m["glow"], "lid": m["body"], "trim": m["trim"], "body": m["body"]}

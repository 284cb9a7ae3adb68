"""Characters from their spec: parts + parameters, no character-specific code.

Layer order for people (person.py): hair (back), neck and chest, trousers, top, outer
garment, body accessories (clothing.py), arms with sleeves, hands and held item (arms.py,
hands.py, items.py), head (ears, skin, shading: head.py), face (per expression, face.py),
hair (front: hair.py), head accessories. Machines (robot, drone, mascot, abstract) are
built from their own part sets (machines.py); any figure can be turned into a hologram
(effects.py).
"""

from __future__ import annotations

from PIL import Image

from .arms import arm_joints
from .geometry import SIDE_H, SIDE_W, SPRITE_H, SPRITE_W, BodyGeometry, Spec
from .machines import render_machine
from .motion import expression_pose, stance_expression
from .palette import derive_palette
from .person import render_person

__all__ = ["SIDE_H", "SIDE_W", "SPRITE_H", "SPRITE_W", "BodyGeometry", "arm_joints", "derive_palette",
           "expression_pose", "render", "stance_expression"]


def render(c: Spec, expressions: dict[str, Spec], target: str = "sprite",
           stance: str | None = None) -> dict[str, Image.Image]:
    """{expression: RGBA image} for one character, in its default pose or a named stance."""
    if c["kind"] == "human":
        return render_person(c, expressions, target, stance)
    c["_arms"] = c["build"]["stances"][stance]["arms"] if stance else "rest"
    return {name: render_machine(c, stance_expression(c, expr, stance), target) for name,
            expr in expressions.items()}

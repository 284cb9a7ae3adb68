"""A person, layer by layer: back hair, the body (drawn once per arm pose, then warped per
expression), arms that reach the face, the head and the face."""

from __future__ import annotations

from PIL import Image

from ..kit import warp_image
from .arms import arm_joints, arm_order, draw_arm
from .clothing import draw_torso
from .effects import finish_image
from .geometry import BodyGeometry, Spec, new_canvas
from .hair import draw_back_hair
from .hands import hand_size
from .head import draw_head, draw_head_front
from .items import item_anchor
from .motion import ExpressionMotion, expression_pose, stance_expression
from .palette import derive_palette


def render_person(c: Spec, expressions: dict[str, Spec], target: str,
                  stance: str | None = None) -> dict[str, Image.Image]:
    """{expression: image}: the body is drawn once per arm pose and moved per expression (a smooth
    warp of the supersampled layer); the hair, head and face are drawn per expression in vectors."""
    derive_palette(c)
    g = BodyGeometry(c)
    bodies = {}
    out = {}
    for name, expr in expressions.items():
        pose = expression_pose(c, name, stance)
        expr = stance_expression(c, expr, stance)
        order = arm_order(pose)
        chin = [sd for sd in order if pose["left" if sd < 0 else "right"] == "chin"]
        key = (pose["left"], pose["right"])
        if key not in bodies:
            bcv = new_canvas(c, target)
            draw_torso(bcv, c, g)
            if not chin:
                both = pose["left"] == pose["right"] == "hold" and c["build"]["item"]["type"] != "none"
                shared = None
                if both:        # one item held in both hands, half way between them
                    hs = hand_size(g)
                    kind = c["build"]["item"]["type"]
                    a = [item_anchor(kind, arm_joints(g, sd, "hold")[2], sd, hs, g) for sd in (-1, 1)]
                    shared = ((a[0][0] + a[1][0]) / 2, (a[0][1] + a[1][1]) / 2)
                for k, sd in enumerate(order):
                    ps = pose["left" if sd < 0 else "right"]
                    other = pose["right" if sd < 0 else "left"]
                    draw_arm(bcv, c, g, sd, ps, arm_joints(g, sd, ps, other), front=(sd == order[-1]),
                             item_at=(shared if k == 0 else False) if both else None)
            bodies[key] = bcv
        bcv = bodies[key]
        m = ExpressionMotion(g, expr)
        cv = new_canvas(c, target)
        cv.warp = m.hair if m.moves else None
        draw_back_hair(cv, c, g)
        cv.warp = None
        cv.img.alpha_composite(warp_image(bcv, bcv.img, m.body_inv) if m.body_moves else bcv.img)
        chin_joints = {}
        if chin:
            # arms that reach the face follow the head; the other arm is drawn after, on top
            for sd in chin:
                shoulder, elbow, wrist = arm_joints(g, sd, "chin")
                chin_joints[sd] = (m.body(shoulder), m.body(elbow), m.head(wrist)) if m.moves else (shoulder,
                                                                                                    elbow,
                                                                                                    wrist)
                draw_arm(cv, c, g, sd, "chin", chin_joints[sd], layers=("arm",))
            cv.warp = m.body if m.body_moves else None
            for o in order:
                ps = pose["left" if o < 0 else "right"]
                if ps != "chin":
                    other = pose["right" if o < 0 else "left"]
                    draw_arm(cv, c, g, o, ps, arm_joints(g, o, ps, other), front=True)
        cv.warp = m.hair if m.moves else None
        draw_head(cv, c, g)
        draw_head_front(cv, c, g, expr)
        cv.warp = None
        for sd, joints in chin_joints.items():
            draw_arm(cv, c, g, sd, "chin", joints, layers=("hand",))
        out[name] = finish_image(cv.img, cv, c)
    return out

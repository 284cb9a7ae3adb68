"""Arms: the joints of each pose, the arm with its sleeve, cuff and watch, hands in pockets."""

from __future__ import annotations

import math
from typing import Literal

from ..kit import Canvas, catmull, light_of, limb_shapes, part, shadow_of, stroke, taper
from .geometry import SPRITE_W, BodyGeometry, Color, Point, Spec
from .hands import HandFrame, draw_posed_hand, draw_thumb, hand_size, thumb_side_toward
from .items import draw_item, item_anchor

Joints = tuple[Point, Point, Point]     # shoulder, elbow, wrist

def arm_joints(g: BodyGeometry, side: int, pose: str, other: str | None = None) -> Joints:
    """Shoulder, elbow, wrist for one arm (side -1 = viewer's left); `other` is the other arm's pose."""
    cx, s = g.cx, side
    shoulder = (cx + s * (g.shoulder_half - g.arm_w * 0.45), g.shoulder_y + g.head_h * 0.2)
    if pose == "down":
        elbow = (cx + s * (g.shoulder_half + g.arm_w * 0.12), g.waist - g.head_h * 0.12)
        wrist = (cx + s * (g.shoulder_half + g.arm_w * 0.02), g.hip + g.head_h * 0.22)
    elif pose == "pocket":
        elbow = (cx + s * (g.shoulder_half + g.arm_w * 0.35), g.waist - g.head_h * 0.05)
        wrist = (cx + s * (g.hip_half - g.arm_w * 0.6), g.hip - g.head_h * 0.02)
    elif pose == "hip":
        elbow = (cx + s * (g.shoulder_half + g.arm_w * 1.3), g.waist - g.head_h * 0.25)
        wrist = (cx + s * (g.waist_half + g.arm_w * 0.45), g.waist + g.head_h * 0.04)
    elif pose == "hold":
        elbow = (cx + s * (g.shoulder_half + g.arm_w * 0.1), g.waist - g.head_h * 0.05)
        wrist = (cx + s * g.shoulder_half * 0.3, g.chest + g.head_h * 0.55)
    elif pose == "clasp":
        elbow = (cx + s * (g.shoulder_half + g.arm_w * 0.05), g.waist - g.head_h * 0.1)
        wrist = (cx + s * g.arm_w * 0.55, g.hip - g.head_h * 0.12)
    elif pose == "cross":
        # the arm on top (the left one, or the only crossing one) runs a little downhill to grip the
        # other arm; the one beneath rises and tucks its hand under the other upper arm
        top = s < 0 or other != "cross"
        if top:
            elbow = (cx + s * (g.shoulder_half + g.arm_w * 0.15), g.chest + g.head_h * 0.46)
            wrist = (cx - s * (g.shoulder_half * 0.7), g.chest + g.head_h * 0.7)
        else:
            elbow = (cx + s * (g.shoulder_half + g.arm_w * 0.15), g.chest + g.head_h * 0.84)
            wrist = (cx - s * (g.shoulder_half * 0.74), g.chest + g.head_h * 0.32)
        if other == "chin":     # the crossing hand holds the other arm's elbow
            other_elbow = arm_joints(g, -side, "chin")[1]
            elbow = (cx + s * (g.shoulder_half + g.arm_w * 0.1), g.waist - g.head_h * 0.02)
            wrist = (other_elbow[0] + s * g.arm_w * 0.3, other_elbow[1] + g.arm_w * 0.25)
    elif pose == "open":
        # explaining, presenting: the elbow kept near the waist, the forearm out to the side and a
        # little up, the palm turned up (kept inside the sprite for the broadest shoulders)
        elbow = (cx + s * (g.shoulder_half + g.arm_w * 0.5), g.waist - g.head_h * 0.04)
        reach = min(g.shoulder_half + g.arm_w * 1.9, SPRITE_W / 2 - hand_size(g) * 1.1 - 4)
        wrist = (cx + s * reach, g.waist - g.head_h * 0.34)
    elif pose == "palm":
        # a raised palm (wait; listen; that is my point): the forearm up in front of the shoulder
        elbow = (cx + s * (g.shoulder_half + g.arm_w * 0.7), g.waist - g.head_h * 0.12)
        wrist = (cx + s * g.shoulder_half * 0.62, g.chest - g.head_h * 0.02)
    elif pose == "chest":
        # a hand laid flat on the breastbone: sincere, or holding oneself together
        elbow = (cx + s * (g.shoulder_half + g.arm_w * 0.15), g.waist - g.head_h * 0.18)
        wrist = (cx + s * g.shoulder_half * 0.42, g.chest + g.head_h * 0.22)
    else:  # "chin": hand raised to the chin, thinking
        elbow = (cx + s * g.shoulder_half * 0.92, g.chest + g.head_h * 0.35)
        wrist = (cx + s * g.head_w * 0.2, g.chin + g.head_h * 0.2)
    return shoulder, elbow, wrist


def sleeve_style(c: Spec) -> tuple[Color, str]:
    """(colour, length) of the sleeves: the outer garment's unless it has none."""
    top, outer = c["clothing"]["top"], c["clothing"]["outer"]
    if outer is not None and outer["type"] not in ("vest", "apron"):
        return outer["color"], outer["sleeves"] or "long"
    return top["color"], top["sleeves"]


def arm_order(pose: Spec) -> tuple[int, int]:
    """Which arm is drawn first: a crossing arm goes under the other one."""
    return (-1, 1) if pose["left"] != "cross" else (1, -1)


def across(p: Point, wrist: Point, elbow: Point, w: float) -> list[Point]:
    """A segment of length `w` through `p`, square to the forearm elbow -> wrist."""
    ang = math.atan2(wrist[1] - elbow[1], wrist[0] - elbow[0])
    nx, ny = -math.sin(ang) * w / 2, math.cos(ang) * w / 2
    return [(p[0] - nx, p[1] - ny), (p[0] + nx, p[1] + ny)]


def pocket_color(c: Spec) -> Color:
    """The colour of the garment a hand in a pocket disappears into."""
    clo = c["clothing"]
    if clo["outer"] is not None:
        garment = clo["outer"]
    elif not clo["top"]["tucked"]:
        garment = clo["top"]
    else:
        garment = clo["bottom"]
    color: Color = garment["color"]
    return color


def draw_arm(cv: Canvas, c: Spec, g: BodyGeometry, side: int, pose: str, joints: Joints | None = None,
             front: bool = True, layers: tuple[str, ...] = ("arm", "hand"),
             item_at: Point | None | Literal[False] = None) -> None:
    """One arm: skin, held item, hand, sleeve with its cuff, and a watch on that wrist.
    layers: ("arm",) or ("hand",) to draw the arm and its hand at different depths.
    item_at: where the held item goes when both hands hold it (False: the other arm drew it)."""
    pal = c["_pal"]
    skin, skin_sh = pal["skin"], pal["skin_shadow"]
    shoulder, elbow, wrist = joints or arm_joints(g, side, pose)
    sleeve_col, sleeve_len = sleeve_style(c)
    hs = hand_size(g)
    if "arm" in layers:
        if pose == "pocket":        # the forearm goes into the pocket: a square end at its lip
            draw_pocket_opening(cv, c, side, wrist, hs)
        arm = limb_shapes([shoulder, elbow, wrist], [g.arm_w * 1.05, g.arm_w * 0.82, g.arm_w * 0.62],
                          cap=pose != "pocket")
        part(cv, arm, skin, shade_color=skin_sh, depth=g.arm_w * 0.3)
        item = c["build"]["item"]
        if pose == "hold" and item["type"] != "none" and item_at is not False:
            draw_item(cv, item, item_at or item_anchor(item["type"], wrist, side, hs, g), g.head_h / 124)
    if "hand" in layers:
        if pose == "pocket":
            draw_pocket_hand(cv, c, side, wrist, hs)
        else:
            draw_posed_hand(cv, pose, side, elbow, wrist, hs, skin, skin_sh, front=front)
    if "arm" not in layers:
        return
    if sleeve_len != "none":
        def along(t: float) -> Point:
            return (elbow[0] + (wrist[0] - elbow[0]) * t, elbow[1] + (wrist[1] - elbow[1]) * t)
        if sleeve_len == "long":
            end = 0.9 if pose != "pocket" else 0.82
            pts, ws = [shoulder, elbow, along(end)], [g.arm_w * 1.2, g.arm_w * 1.02, g.arm_w * 0.9]
        elif sleeve_len == "rolled":
            pts, ws = [shoulder, elbow, along(0.3)], [g.arm_w * 1.2, g.arm_w * 1.05, g.arm_w * 0.98]
        else:
            pts, ws = [shoulder, (shoulder[0] + (elbow[0] - shoulder[0]) * 0.5,
                                  shoulder[1] + (elbow[1] - shoulder[1]) * 0.5)], [g.arm_w * 1.22,
                                                                                   g.arm_w * 1.12]
        part(cv, limb_shapes(pts, ws, cap=False), sleeve_col, depth=g.arm_w * 0.35)     # squared-off end
        if sleeve_len == "long":
            # the cuff: a band a little wider than the sleeve, its opening in shadow
            a, b = along(end - 0.09), along(end)
            part(cv, ("poly", taper([a, b], g.arm_w * 0.96, g.arm_w * 0.98)), light_of(sleeve_col, 0.06),
                 depth=g.arm_w * 0.2, line=1.6)
            stroke(cv, across(along(end - 0.03), wrist, elbow, g.arm_w * 0.8), 1.2,
                   shadow_of(sleeve_col, 0.45), alpha=0.7)
        elif sleeve_len == "rolled":
            part(cv, ("poly", taper([elbow, pts[-1]], g.arm_w * 1.1, g.arm_w * 1.05)),
                 light_of(sleeve_col, 0.1), depth=3)
    for a in c["accessories"]:
        if a["type"] == "watch" and (-1 if a["side"] == "left" else 1) == side and pose != "pocket":
            fl = math.hypot(wrist[0] - elbow[0], wrist[1] - elbow[1]) or 1.0
            t = 1 - hs * 0.2 / fl
            wx, wy = elbow[0] + (wrist[0] - elbow[0]) * t, elbow[1] + (wrist[1] - elbow[1]) * t
            stroke(cv, across((wx, wy), wrist, elbow, g.arm_w * 0.66), 4.2, cv.style.ink)
            stroke(cv, across((wx, wy), wrist, elbow, g.arm_w * 0.6), 2.6, a["color"])
            part(cv, ("ellipse", wx, wy, g.arm_w * 0.23, g.arm_w * 0.23), a["color"], line=1.3)
            part(cv, ("ellipse", wx, wy, g.arm_w * 0.14, g.arm_w * 0.14), a["accent"], line=1.0, shade=0)


def pocket_frame(side: int, wrist: Point, hs: float) -> HandFrame:
    ang = math.pi / 2 + side * math.radians(16)
    return HandFrame(wrist, ang, hs, thumb_side_toward(ang, (-side, 0.0)))


def draw_pocket_opening(cv: Canvas, c: Spec, side: int, wrist: Point, hs: float) -> None:
    """The pocket's opening, in shadow behind the wrist (drawn before the arm)."""
    fr = pocket_frame(side, wrist, hs)
    part(cv, ("smooth", fr.pts([(-0.06, -0.3), (-0.1, 0.0), (-0.06, 0.3), (0.02, 0.28), (0.02, -0.28)])),
         shadow_of(pocket_color(c), 0.6), outline=False, shade=0, rim=0)


def draw_pocket_hand(cv: Canvas, c: Spec, side: int, wrist: Point, hs: float) -> None:
    """A hand pushed into a pocket: the wrist ends at the pocket's lip, the knuckles press through
    the cloth below it and the thumb stays hooked outside."""
    pal = c["_pal"]
    skin, skin_sh = pal["skin"], pal["skin_shadow"]
    col = pocket_color(c)
    fr = pocket_frame(side, wrist, hs)
    stroke(cv, catmull(fr.pts([(0.1, -0.22), (0.24, -0.17), (0.3, 0.0), (0.25, 0.16)]), closed=False), 1.3,
           shadow_of(col, 0.4), alpha=0.7)
    stroke(cv, catmull(fr.pts([(0.0, -0.32), (0.015, 0.0), (0.0, 0.32)]), closed=False), 2.0, cv.style.ink)
    stroke(cv, catmull(fr.pts([(0.05, -0.28), (0.065, 0.0), (0.05, 0.28)]), closed=False), 1.0,
           light_of(col, 0.3), alpha=0.6)
    draw_thumb(cv, fr, skin, skin_sh, (0.3, 0.2, -0.12, (-0.08, 0.14)), cv.style.outline * 0.82)

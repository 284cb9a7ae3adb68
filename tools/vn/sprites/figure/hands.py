"""Hands: one hand drawn in its own frame, and the hand each arm pose ends in.

A hand is drawn in its own frame: x runs from the wrist (0) towards the finger
tips (about 1.0 for a flat hand), y across the hand with +y on the thumb side;
one unit is the hand's length. Fingers are capsules merged with the palm into
one outlined silhouette (so the tips scallop), with a line between each pair;
the thumb is its own outlined part, in front of or behind the palm.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from ..kit import Canvas, catmull, limb, mix, part, shadow_of, stroke
from .geometry import BodyGeometry, Color, Point


class HandFrame:
    """Local hand coordinates -> world: origin at the wrist, `ang` the hand's direction."""

    def __init__(self, wrist: Point, ang: float, size: float, thumb_side: int) -> None:
        self.wrist, self.s = wrist, size
        self.ux, self.uy = math.cos(ang), math.sin(ang)
        self.vx, self.vy = -self.uy * thumb_side, self.ux * thumb_side

    def __call__(self, x: float, y: float) -> Point:
        s = self.s
        return (self.wrist[0] + (self.ux * x + self.vx * y) * s,
                self.wrist[1] + (self.uy * x + self.vy * y) * s)

    def pts(self, seq: Iterable[Point]) -> list[Point]:
        return [self(x, y) for x, y in seq]


def _finger_line(fr: HandFrame, base: Point, length: float, ang: float, bend: float, width: float,
                 taper_: float = 0.82) -> tuple[list[Point], list[float]]:
    """Centre line (world) and widths of a finger: two segments from `base`, the second bent by `bend`."""
    bx, by = base
    l1, l2 = length * 0.55, length * 0.45
    mx, my = bx + math.cos(ang) * l1, by + math.sin(ang) * l1
    tx, ty = mx + math.cos(ang + bend) * l2, my + math.sin(ang + bend) * l2
    return [fr(bx, by), fr(mx, my), fr(tx, ty)], [width * fr.s, width * 0.94 * fr.s, width * taper_ * fr.s]


# finger table: (base y, base x, relative length, relative width) from the little finger to the index
FINGERS = ((-0.165, 0.36, 0.74, 0.095), (-0.058, 0.42, 0.92, 0.112), (0.052, 0.43, 1.0, 0.118),
           (0.158, 0.41, 0.9, 0.112))


def draw_hand(cv: Canvas, fr: HandFrame, skin: Color, skin_sh: Color, *, length: float = 0.5,
              spread: float = 0.04, curl: float = 0.0, fan: float = 0.0,
              thumb: tuple[Any, ...] | None = (0.45, 0.55, 0.25),
              thumb_over: bool = True, palm_w: float = 1.0, wrist: float = 0.36, fingers: int = 4,
              knuckles: float = 0.0, index: float | None = None) -> None:
    """One hand. length: finger length (0.5 = straight, ~0.22 = curled seen from behind); spread: angle
    between neighbouring fingers; curl: bend of the finger tips (+ towards the thumb side); fan: tilt of
    the whole finger group; thumb: (length, angle, bend[, base]) or None, in front of the palm or behind
    it; palm_w: width of the palm (narrower seen from the side); wrist: its width where it leaves the
    sleeve; fingers: how many show (from the index); knuckles: strength of the knuckle line;
    index: length of an index finger pointing out of a curled hand (None = like the others)."""
    line_col = mix(shadow_of(skin, 0.55), cv.style.ink, 0.35)
    ow = cv.style.outline * 0.82
    shapes = []
    # palm: wrist (narrow) widening to the knuckles
    pw = palm_w
    ww = wrist / 2
    palm = [(-0.3, -ww), (-0.05, -ww), (0.16, -0.205 * pw), (0.36, -0.22 * pw), (0.46, -0.14 * pw),
            (0.48, 0.02),
            (0.45, 0.19 * pw), (0.3, 0.215 * pw), (0.1, 0.2 * pw), (-0.05, ww), (-0.3, ww)]
    shapes.append(("smooth", fr.pts(palm)))
    digits = []
    for i, (by, bx, rl, w) in enumerate(FINGERS):
        if i < 4 - fingers:
            continue
        k = i - 1.5
        ang = fan + k * spread
        ln = length * rl
        if index is not None and i == 3:
            ln, bend = index, curl * 0.2
        else:
            bend = curl
        cl, ws = _finger_line(fr, (bx, by * pw), ln, ang, bend, w * pw)
        digits.append((cl, ws))
        shapes.append(("poly", limb(cl, ws, steps=4)))
    if thumb is not None and not thumb_over:
        draw_thumb(cv, fr, skin, skin_sh, thumb, ow)
    part(cv, shapes, skin, shade_color=skin_sh, depth=fr.s * 0.1, line=ow)
    # lines between the fingers, from the notch at the tips back towards the knuckles
    for (c0, _), (c1, _) in zip(digits, digits[1:], strict=False):
        mid = [((p[0] + q[0]) / 2, (p[1] + q[1]) / 2) for p, q in zip(c0, c1, strict=True)]
        pts = catmull(mid, closed=False, steps=6)
        stroke(cv, pts[len(pts) // 4:], max(0.8, fr.s * 0.026), line_col, alpha=0.85)
    if knuckles > 0 and digits:
        ks = [cl[1] for cl, _ in digits]
        stroke(cv, catmull(ks, closed=False, steps=4), max(0.8, fr.s * 0.024), line_col, alpha=0.5 * knuckles)
    if thumb is not None and thumb_over:
        draw_thumb(cv, fr, skin, skin_sh, thumb, ow)


def draw_thumb(cv: Canvas, fr: HandFrame, skin: Color, skin_sh: Color, thumb: tuple[Any, ...],
               ow: float) -> None:
    ln, ang, bend = thumb[:3]
    base = thumb[3] if len(thumb) > 3 else (0.13, 0.1)
    cl, ws = _finger_line(fr, base, ln, ang, bend, 0.14, taper_=0.8)
    ws[0] = 0.17 * fr.s
    # a rounded base (the ball of the thumb) instead of the flat start of a limb
    (x0, y0), (x1, y1) = cl[0], cl[1]
    back = (x0 - (x1 - x0) * 0.25, y0 - (y1 - y0) * 0.25)
    poly = limb([back] + cl, [ws[0] * 0.7] + ws, steps=4)
    part(cv, [("poly", poly), ("ellipse", x0, y0, ws[0] * 0.5, ws[0] * 0.5)], skin, shade_color=skin_sh,
         depth=fr.s * 0.08, line=ow)


def thumb_side_toward(ang: float, d: Point) -> int:
    """The thumb side (+1/-1) that puts a hand's +y towards the screen direction `d`."""
    return 1 if (-math.sin(ang) * d[0] + math.cos(ang) * d[1]) >= 0 else -1


def hand_size(g: BodyGeometry) -> float:
    return g.arm_w * 1.5


def draw_posed_hand(cv: Canvas, pose: str, side: int, elbow: Point, wrist: Point, size: float, skin: Color,
                    skin_sh: Color,
                    front: bool = True) -> None:
    """The hand for one arm pose: its direction, which way the thumb points and how the fingers bend.
    front: for "cross", whether this forearm lies on top (its fingers grip the other arm)."""
    fa = math.atan2(wrist[1] - elbow[1], wrist[0] - elbow[0])
    s = side
    up, centre = (0.0, -1.0), (-s, 0.0)
    if pose == "down":
        ang = math.pi / 2 - s * math.radians(9)
        fr = HandFrame(wrist, ang, size, thumb_side_toward(ang, centre))
        draw_hand(cv, fr, skin, skin_sh, length=0.45, curl=0.32, spread=0.015, palm_w=0.84,
                  thumb=(0.36, 0.32, -0.28, (0.11, 0.14)), knuckles=0.4)
    elif pose == "hip":
        ang = math.pi / 2 - s * math.radians(38)
        fr = HandFrame(wrist, ang, size, thumb_side_toward(ang, up))
        draw_hand(cv, fr, skin, skin_sh, length=0.44, spread=0.07, fan=-0.05, curl=-0.1,
                  thumb=(0.34, 1.25, 0.25), thumb_over=False, knuckles=0.6)
    elif pose == "hold":
        ang = math.atan2(-0.18, -s)
        fr = HandFrame(wrist, ang, size, thumb_side_toward(ang, up))
        draw_hand(cv, fr, skin, skin_sh, length=0.27, curl=0.55, spread=0.0, thumb=(0.33, 0.62, -0.32),
                  knuckles=1.0)
    elif pose == "clasp":
        ang = fa + s * math.radians(20)
        fr = HandFrame(wrist, ang, size, thumb_side_toward(ang, up))
        draw_hand(cv, fr, skin, skin_sh, length=0.36, curl=0.45, spread=0.02, palm_w=0.95,
                  thumb=(0.38, 0.55, -0.2), knuckles=0.8)
    elif pose == "cross":
        ang = fa - s * math.radians(10)
        fr = HandFrame(wrist, ang, size, thumb_side_toward(ang, up))
        if front:
            draw_hand(cv, fr, skin, skin_sh, length=0.3, curl=0.7, spread=0.03, thumb=(0.34, 0.8, -0.2),
                      thumb_over=False, knuckles=1.0)
        else:
            draw_hand(cv, fr, skin, skin_sh, length=0.22, curl=0.6, spread=0.0, thumb=None, knuckles=1.0)
    elif pose == "chin":
        ang = -math.pi / 2 - s * math.radians(12)
        fr = HandFrame(wrist, ang, size, thumb_side_toward(ang, centre))
        draw_hand(cv, fr, skin, skin_sh, length=0.2, curl=0.9, spread=0.0, thumb=(0.34, 0.55, -0.45),
                  knuckles=1.0, index=0.46)
    elif pose == "open":
        # the forearm's direction turned up a little: four spread fingers, the thumb up and out
        ang = fa - s * math.radians(18)
        fr = HandFrame(wrist, ang, size, thumb_side_toward(ang, up))
        draw_hand(cv, fr, skin, skin_sh, length=0.5, spread=0.09, fan=-0.04, curl=-0.1, palm_w=1.0,
                  thumb=(0.4, 0.95, 0.15), knuckles=0.3)
    elif pose == "palm":
        ang = -math.pi / 2 + s * math.radians(10)
        fr = HandFrame(wrist, ang, size, thumb_side_toward(ang, centre))
        draw_hand(cv, fr, skin, skin_sh, length=0.5, spread=0.06, curl=0.0, palm_w=1.0,
                  thumb=(0.4, 0.9, 0.12), knuckles=0.3)
    elif pose == "chest":
        ang = math.atan2(-0.45, -s)
        fr = HandFrame(wrist, ang, size, thumb_side_toward(ang, up))
        draw_hand(cv, fr, skin, skin_sh, length=0.47, spread=0.025, curl=0.08, palm_w=0.98,
                  thumb=(0.38, 0.7, 0.05), knuckles=0.5)

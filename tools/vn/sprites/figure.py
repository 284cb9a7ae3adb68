"""Characters from their spec: parts + parameters, no character-specific code.

Layer order for people: hair (back), neck and chest, trousers, top, outer
garment, body accessories, arms with sleeves, hands and held item, head (ears,
skin, shading), face (per expression), hair (front), head accessories.
Machines (robot, drone, mascot, abstract) are built from their own part sets;
any figure can be turned into a hologram by ``effects.hologram``.
"""

from __future__ import annotations

import math
import random

from PIL import Image, ImageChops, ImageFilter, ImageOps

from . import face as facemod
from .kit import (Canvas, Style, bezier, catmull, ellipse_pts, glow, light_of, limb, limb_shapes, mirror, mix, part, rgba,
                  rrect_pts, shadow_of, stroke, taper, warp_image, with_alpha)

SPRITE_W, SPRITE_H = 400, 640
SIDE_W, SIDE_H = 240, 260
SS = 3


class G:
    """Body geometry (world units) from the build section."""

    def __init__(self, c: dict):
        b = c["build"]
        fc = c.get("face") or {}
        self.cx = SPRITE_W / 2
        self.height = b["height"]
        self.top = SPRITE_H - self.height
        self.hh = 136 * b["head"] * (1.06 if fc.get("shape") == "long" else 1.0)
        self.hw = self.hh * 0.80 * fc.get("width", 1.0) * (1.05 if fc.get("shape") in ("round", "square") else 1.0)
        self.chin = self.top + self.hh
        self.neck_w = self.hw * 0.36 * b["neck"]
        self.sy = self.chin + self.hh * 0.24                       # shoulder line
        self.sh = self.hw * 0.92 * b["shoulders"]                  # half shoulder width
        self.chest = self.sy + self.hh * 0.55
        self.waist = self.sy + self.hh * 1.6
        self.hip = self.waist + self.hh * 0.6
        self.ww = self.sh * 0.70 * b["waist"]
        self.hpw = self.sh * 0.80 * b["hips"]
        self.aw = self.sh * 0.27 * b["arms"]                       # upper arm width
        self.eye_y = self.top + self.hh * 0.56


# --- people ------------------------------------------------------------------

def head_pts(g: G, shape: str, jaw: float) -> list:
    cx, t, hw, hh = g.cx, g.top, g.hw, g.hh
    cheek = {"oval": 0.49, "round": 0.5, "square": 0.5, "long": 0.46, "heart": 0.49}[shape]
    jw = {"oval": 0.33, "round": 0.38, "square": 0.41, "long": 0.31, "heart": 0.26}[shape] * jaw
    chin = {"oval": 0.13, "round": 0.17, "square": 0.2, "long": 0.12, "heart": 0.08}[shape]
    right = [(cx + hw * 0.3, t + hh * 0.02), (cx + hw * 0.47, t + hh * 0.17), (cx + hw * 0.505, t + hh * 0.4),
             (cx + hw * cheek, t + hh * 0.62), (cx + hw * jw * 1.2, t + hh * 0.8), (cx + hw * chin, t + hh * 0.97)]
    left = mirror(right[::-1], cx)
    return [(cx, t - hh * 0.01)] + right + [(cx, t + hh * 1.0)] + left


def torso_pts(g: G, widen: float = 0.0, bottom: float = SPRITE_H + 30, hem: float | None = None) -> list:
    cx = g.cx
    w = widen
    right = [(cx + g.neck_w * 0.55 + w * 0.3, g.sy - g.hh * 0.08),
             (cx + g.sh * 0.62 + w, g.sy - g.hh * 0.01),
             (cx + g.sh + w, g.sy + g.hh * 0.14),
             (cx + g.sh * 0.96 + w, g.chest + g.hh * 0.1),
             (cx + g.ww + w, g.waist),
             (cx + g.hpw + w, g.hip),
             (cx + g.hpw * 1.03 + w, bottom if hem is None else hem)]
    if hem is not None and hem <= g.hip:  # ends above the hips (a tucked top): no hip point,
        right[-2:] = [(cx + g.ww * 0.96 + w, hem)]  # or the outline loops back up into two bulges
    return right + mirror(right[::-1], cx)


def arm_joints(g: G, side: int, pose: str, other: str | None = None) -> tuple:
    """Shoulder, elbow, wrist for one arm (side -1 = viewer's left); `other` is the other arm's pose."""
    cx, s = g.cx, side
    S = (cx + s * (g.sh - g.aw * 0.45), g.sy + g.hh * 0.2)
    if pose == "down":
        E = (cx + s * (g.sh + g.aw * 0.12), g.waist - g.hh * 0.12)
        W = (cx + s * (g.sh + g.aw * 0.02), g.hip + g.hh * 0.22)
    elif pose == "pocket":
        E = (cx + s * (g.sh + g.aw * 0.35), g.waist - g.hh * 0.05)
        W = (cx + s * (g.hpw - g.aw * 0.6), g.hip - g.hh * 0.02)
    elif pose == "hip":
        E = (cx + s * (g.sh + g.aw * 1.3), g.waist - g.hh * 0.25)
        W = (cx + s * (g.ww + g.aw * 0.45), g.waist + g.hh * 0.04)
    elif pose == "hold":
        E = (cx + s * (g.sh + g.aw * 0.1), g.waist - g.hh * 0.05)
        W = (cx + s * g.sh * 0.3, g.chest + g.hh * 0.55)
    elif pose == "clasp":
        E = (cx + s * (g.sh + g.aw * 0.05), g.waist - g.hh * 0.1)
        W = (cx + s * g.aw * 0.55, g.hip - g.hh * 0.12)
    elif pose == "cross":
        # the arm on top (the left one, or the only crossing one) runs a little downhill to grip the
        # other arm; the one beneath rises and tucks its hand under the other upper arm
        top = s < 0 or other != "cross"
        if top:
            E = (cx + s * (g.sh + g.aw * 0.15), g.chest + g.hh * 0.46)
            W = (cx - s * (g.sh * 0.7), g.chest + g.hh * 0.7)
        else:
            E = (cx + s * (g.sh + g.aw * 0.15), g.chest + g.hh * 0.84)
            W = (cx - s * (g.sh * 0.74), g.chest + g.hh * 0.32)
        if other == "chin":     # the crossing hand holds the other arm's elbow
            OE = arm_joints(g, -side, "chin")[1]
            E = (cx + s * (g.sh + g.aw * 0.1), g.waist - g.hh * 0.02)
            W = (OE[0] + s * g.aw * 0.3, OE[1] + g.aw * 0.25)
    elif pose == "open":
        # explaining, presenting: the elbow kept near the waist, the forearm out to the side and a
        # little up, the palm turned up (kept inside the sprite for the broadest shoulders)
        E = (cx + s * (g.sh + g.aw * 0.5), g.waist - g.hh * 0.04)
        reach = min(g.sh + g.aw * 1.9, SPRITE_W / 2 - hand_size(g) * 1.1 - 4)
        W = (cx + s * reach, g.waist - g.hh * 0.34)
    elif pose == "palm":
        # a raised palm (wait; listen; that is my point): the forearm up in front of the shoulder
        E = (cx + s * (g.sh + g.aw * 0.7), g.waist - g.hh * 0.12)
        W = (cx + s * g.sh * 0.62, g.chest - g.hh * 0.02)
    elif pose == "chest":
        # a hand laid flat on the breastbone: sincere, or holding oneself together
        E = (cx + s * (g.sh + g.aw * 0.15), g.waist - g.hh * 0.18)
        W = (cx + s * g.sh * 0.42, g.chest + g.hh * 0.22)
    else:  # "chin": hand raised to the chin, thinking
        E = (cx + s * g.sh * 0.92, g.chest + g.hh * 0.35)
        W = (cx + s * g.hw * 0.2, g.chin + g.hh * 0.2)
    return S, E, W


# --- hands -------------------------------------------------------------------
#
# A hand is drawn in its own frame: x runs from the wrist (0) towards the finger
# tips (about 1.0 for a flat hand), y across the hand with +y on the thumb side;
# one unit is the hand's length. Fingers are capsules merged with the palm into
# one outlined silhouette (so the tips scallop), with a line between each pair;
# the thumb is its own outlined part, in front of or behind the palm.

class HandFrame:
    """Local hand coordinates -> world: origin at the wrist, `ang` the hand's direction."""

    def __init__(self, W, ang: float, size: float, thumb_side: int):
        self.W, self.s = W, size
        self.ux, self.uy = math.cos(ang), math.sin(ang)
        self.vx, self.vy = -self.uy * thumb_side, self.ux * thumb_side

    def __call__(self, x: float, y: float) -> tuple:
        s = self.s
        return (self.W[0] + (self.ux * x + self.vx * y) * s, self.W[1] + (self.uy * x + self.vy * y) * s)

    def pts(self, seq) -> list:
        return [self(x, y) for x, y in seq]


def _digit(fr: HandFrame, base, length: float, ang: float, bend: float, width: float, taper_: float = 0.82) -> tuple:
    """Centre line (world) and widths of a finger: two segments from `base`, the second bent by `bend`."""
    bx, by = base
    l1, l2 = length * 0.55, length * 0.45
    mx, my = bx + math.cos(ang) * l1, by + math.sin(ang) * l1
    tx, ty = mx + math.cos(ang + bend) * l2, my + math.sin(ang + bend) * l2
    return [fr(bx, by), fr(mx, my), fr(tx, ty)], [width * fr.s, width * 0.94 * fr.s, width * taper_ * fr.s]


# finger table: (base y, base x, relative length, relative width) from the little finger to the index
FINGERS = ((-0.165, 0.36, 0.74, 0.095), (-0.058, 0.42, 0.92, 0.112), (0.052, 0.43, 1.0, 0.118),
           (0.158, 0.41, 0.9, 0.112))


def draw_hand(cv: Canvas, fr: HandFrame, skin, skin_sh, *, length: float = 0.5, spread: float = 0.04,
              curl: float = 0.0, fan: float = 0.0, thumb: tuple | None = (0.45, 0.55, 0.25),
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
    palm = [(-0.3, -ww), (-0.05, -ww), (0.16, -0.205 * pw), (0.36, -0.22 * pw), (0.46, -0.14 * pw), (0.48, 0.02),
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
        cl, ws = _digit(fr, (bx, by * pw), ln, ang, bend, w * pw)
        digits.append((cl, ws))
        shapes.append(("poly", limb(cl, ws, steps=4)))
    if thumb is not None and not thumb_over:
        _thumb(cv, fr, skin, skin_sh, thumb, ow)
    part(cv, shapes, skin, shade_color=skin_sh, depth=fr.s * 0.1, line=ow)
    # lines between the fingers, from the notch at the tips back towards the knuckles
    for (c0, _), (c1, _) in zip(digits, digits[1:]):
        pts = catmull([((p[0] + q[0]) / 2, (p[1] + q[1]) / 2) for p, q in zip(c0, c1)], closed=False, steps=6)
        stroke(cv, pts[len(pts) // 4:], max(0.8, fr.s * 0.026), line_col, alpha=0.85)
    if knuckles > 0 and digits:
        ks = [cl[1] for cl, _ in digits]
        stroke(cv, catmull(ks, closed=False, steps=4), max(0.8, fr.s * 0.024), line_col, alpha=0.5 * knuckles)
    if thumb is not None and thumb_over:
        _thumb(cv, fr, skin, skin_sh, thumb, ow)


def _thumb(cv: Canvas, fr: HandFrame, skin, skin_sh, thumb: tuple, ow: float) -> None:
    ln, ang, bend = thumb[:3]
    base = thumb[3] if len(thumb) > 3 else (0.13, 0.1)
    cl, ws = _digit(fr, base, ln, ang, bend, 0.14, taper_=0.8)
    ws[0] = 0.17 * fr.s
    # a rounded base (the ball of the thumb) instead of the flat start of a limb
    (x0, y0), (x1, y1) = cl[0], cl[1]
    back = (x0 - (x1 - x0) * 0.25, y0 - (y1 - y0) * 0.25)
    poly = limb([back] + cl, [ws[0] * 0.7] + ws, steps=4)
    part(cv, [("poly", poly), ("ellipse", x0, y0, ws[0] * 0.5, ws[0] * 0.5)], skin, shade_color=skin_sh,
         depth=fr.s * 0.08, line=ow)


def _toward(ang: float, d: tuple) -> int:
    """The thumb side (+1/-1) that puts a hand's +y towards the screen direction `d`."""
    return 1 if (-math.sin(ang) * d[0] + math.cos(ang) * d[1]) >= 0 else -1


def hand_size(g: G) -> float:
    return g.aw * 1.5


def pose_hand(cv: Canvas, pose: str, side: int, E, W, size: float, skin, skin_sh, front: bool = True) -> None:
    """The hand for one arm pose: its direction, which way the thumb points and how the fingers bend.
    front: for "cross", whether this forearm lies on top (its fingers grip the other arm)."""
    fa = math.atan2(W[1] - E[1], W[0] - E[0])
    s = side
    up, centre = (0.0, -1.0), (-s, 0.0)
    if pose == "down":
        ang = math.pi / 2 - s * math.radians(9)
        fr = HandFrame(W, ang, size, _toward(ang, centre))
        draw_hand(cv, fr, skin, skin_sh, length=0.45, curl=0.32, spread=0.015, palm_w=0.84,
                  thumb=(0.36, 0.32, -0.28, (0.11, 0.14)), knuckles=0.4)
    elif pose == "hip":
        ang = math.pi / 2 - s * math.radians(38)
        fr = HandFrame(W, ang, size, _toward(ang, up))
        draw_hand(cv, fr, skin, skin_sh, length=0.44, spread=0.07, fan=-0.05, curl=-0.1,
                  thumb=(0.34, 1.25, 0.25), thumb_over=False, knuckles=0.6)
    elif pose == "hold":
        ang = math.atan2(-0.18, -s)
        fr = HandFrame(W, ang, size, _toward(ang, up))
        draw_hand(cv, fr, skin, skin_sh, length=0.27, curl=0.55, spread=0.0, thumb=(0.33, 0.62, -0.32),
                  knuckles=1.0)
    elif pose == "clasp":
        ang = fa + s * math.radians(20)
        fr = HandFrame(W, ang, size, _toward(ang, up))
        draw_hand(cv, fr, skin, skin_sh, length=0.36, curl=0.45, spread=0.02, palm_w=0.95,
                  thumb=(0.38, 0.55, -0.2), knuckles=0.8)
    elif pose == "cross":
        ang = fa - s * math.radians(10)
        fr = HandFrame(W, ang, size, _toward(ang, up))
        if front:
            draw_hand(cv, fr, skin, skin_sh, length=0.3, curl=0.7, spread=0.03, thumb=(0.34, 0.8, -0.2),
                      thumb_over=False, knuckles=1.0)
        else:
            draw_hand(cv, fr, skin, skin_sh, length=0.22, curl=0.6, spread=0.0, thumb=None, knuckles=1.0)
    elif pose == "chin":
        ang = -math.pi / 2 - s * math.radians(12)
        fr = HandFrame(W, ang, size, _toward(ang, centre))
        draw_hand(cv, fr, skin, skin_sh, length=0.2, curl=0.9, spread=0.0, thumb=(0.34, 0.55, -0.45),
                  knuckles=1.0, index=0.46)
    elif pose == "open":
        # the forearm's direction turned up a little: four spread fingers, the thumb up and out
        ang = fa - s * math.radians(18)
        fr = HandFrame(W, ang, size, _toward(ang, up))
        draw_hand(cv, fr, skin, skin_sh, length=0.5, spread=0.09, fan=-0.04, curl=-0.1, palm_w=1.0,
                  thumb=(0.4, 0.95, 0.15), knuckles=0.3)
    elif pose == "palm":
        ang = -math.pi / 2 + s * math.radians(10)
        fr = HandFrame(W, ang, size, _toward(ang, centre))
        draw_hand(cv, fr, skin, skin_sh, length=0.5, spread=0.06, curl=0.0, palm_w=1.0,
                  thumb=(0.4, 0.9, 0.12), knuckles=0.3)
    elif pose == "chest":
        ang = math.atan2(-0.45, -s)
        fr = HandFrame(W, ang, size, _toward(ang, up))
        draw_hand(cv, fr, skin, skin_sh, length=0.47, spread=0.025, curl=0.08, palm_w=0.98,
                  thumb=(0.38, 0.7, 0.05), knuckles=0.5)


def draw_item(cv: Canvas, item: dict, at, g: G) -> None:
    t = item["type"]
    if t == "none":
        return
    x, y = at
    col, acc = item["color"], item["accent"]
    u = g.hh / 124
    if t in ("tablet", "phone"):
        w, h = (58 * u, 78 * u) if t == "tablet" else (24 * u, 44 * u)
        pts = [(x - w / 2, y - h * 0.62), (x + w / 2, y - h * 0.7), (x + w / 2 + 4 * u, y + h * 0.3), (x - w / 2 + 4 * u, y + h * 0.38)]
        part(cv, ("smooth", pts) if False else ("poly", pts), col, shade=0.6)
        inner = [(px + (x - px) * 0.16, py + (y - h * 0.16 - py) * 0.12) for px, py in pts]
        part(cv, ("poly", inner), acc, outline=False, shade=0, rim=0, name="screen")
        glow(cv, ("poly", inner), acc, radius=8 * u, strength=0.25)
        for k in range(3):
            yy = y - h * 0.35 + k * h * 0.17
            stroke(cv, [(x - w * 0.25, yy), (x + w * (0.1 + 0.1 * k), yy - 2 * u)], 2.5 * u, light_of(acc, 0.7),
                   alpha=0.8, clip="screen")
    elif t in ("clipboard", "notebook"):
        w, h = 62 * u, 82 * u
        pts = [(x - w / 2, y - h * 0.6), (x + w / 2, y - h * 0.66), (x + w / 2 + 3 * u, y + h * 0.36), (x - w / 2 + 3 * u, y + h * 0.42)]
        part(cv, ("poly", pts), col)
        if t == "clipboard":
            inner = [(px + (x - px) * 0.14, py + (y - h * 0.12 - py) * 0.1 + 6 * u) for px, py in pts]
            part(cv, ("poly", inner), (246, 243, 234, 255), outline=False, shade=0.4)
            part(cv, ("rrect", x - 10 * u, y - h * 0.7, x + 10 * u, y - h * 0.56, 3 * u), acc)
        else:
            stroke(cv, [(x - w / 2 + 9 * u, y - h * 0.6), (x - w / 2 + 11 * u, y + h * 0.41)], 4 * u,
                   shadow_of(col, 0.4))
            part(cv, ("rrect", x - 4 * u, y - h * 0.3, x + 20 * u, y - h * 0.14, 2 * u), acc, line=1.2)
    elif t == "mug":
        part(cv, ("ellipse", x + 22 * u, y - 4 * u, 10 * u, 12 * u), col)
        part(cv, ("ellipse", x + 22 * u, y - 4 * u, 5 * u, 7 * u), (0, 0, 0, 0), outline=False, shade=0, rim=0)
        part(cv, ("rrect", x - 18 * u, y - 26 * u, x + 20 * u, y + 20 * u, 6 * u), col)
        part(cv, ("ellipse", x + 1 * u, y - 24 * u, 17 * u, 5 * u), acc, outline=False, shade=0)
    elif t == "vial":
        part(cv, ("rrect", x - 7 * u, y - 46 * u, x + 7 * u, y + 6 * u, 7 * u), (220, 240, 250, 170), shade=0.3)
        glow(cv, ("rrect", x - 6 * u, y - 26 * u, x + 6 * u, y + 4 * u, 6 * u), acc, radius=10 * u, strength=0.5)
        part(cv, ("rrect", x - 6 * u, y - 26 * u, x + 6 * u, y + 5 * u, 6 * u), acc, outline=False, shade=0.5)
        part(cv, ("rrect", x - 8 * u, y - 54 * u, x + 8 * u, y - 44 * u, 2 * u), col)
    elif t == "watering_can":
        part(cv, ("poly", [(x + 16 * u, y - 8 * u), (x + 58 * u, y - 40 * u), (x + 62 * u, y - 34 * u), (x + 22 * u, y + 6 * u)]), col)
        part(cv, ("rrect", x - 24 * u, y - 20 * u, x + 24 * u, y + 34 * u, 8 * u), col)
        stroke(cv, bezier((x - 18 * u, y - 18 * u), (x, y - 48 * u), (x + 18 * u, y - 18 * u)), 5 * u, shadow_of(col, 0.5))
        stroke(cv, [(x - 24 * u, y + 2 * u), (x + 24 * u, y + 2 * u)], 3 * u, acc, alpha=0.9)
    elif t == "radio":
        part(cv, ("rrect", x - 34 * u, y - 24 * u, x + 34 * u, y + 22 * u, 6 * u), col)
        stroke(cv, [(x + 20 * u, y - 24 * u), (x + 42 * u, y - 70 * u)], 2.5 * u, cv.style.ink)
        part(cv, ("ellipse", x - 14 * u, y, 13 * u, 13 * u), shadow_of(col, 0.5), shade=0.2)
        for k in range(4):
            stroke(cv, [(x - 24 * u, y - 8 * u + k * 6 * u), (x - 4 * u, y - 8 * u + k * 6 * u)], 1.6 * u, light_of(col, 0.3))
        part(cv, ("rrect", x + 6 * u, y - 14 * u, x + 28 * u, y - 2 * u, 2 * u), acc, line=1.0)
        part(cv, ("ellipse", x + 18 * u, y + 10 * u, 5 * u, 5 * u), acc, line=1.0)
    elif t == "tray":
        part(cv, ("rrect", x - 60 * u, y - 6 * u, x + 60 * u, y + 6 * u, 3 * u), col)
        part(cv, ("rrect", x - 40 * u, y - 30 * u, x - 16 * u, y - 6 * u, 4 * u), (236, 246, 250, 220), shade=0.4)
        part(cv, ("ellipse", x - 28 * u, y - 30 * u, 12 * u, 3 * u), acc, outline=False)
        for k in range(3):
            xx = x + 2 * u + k * 12 * u
            stroke(cv, [(xx, y - 7 * u), (xx + 4 * u, y - 40 * u)], 3 * u, (200, 210, 222, 255))
            stroke(cv, [(xx + 4 * u, y - 40 * u), (xx + 5 * u, y - 44 * u)], 4 * u, acc)


def hair_shapes(g: G, h: dict) -> tuple:
    """(back shapes, front shapes, strand lines) for the hair style."""
    cx, t, hw, hh = g.cx, g.top, g.hw, g.hh
    v, L, p = h["volume"], h["length"], {"left": -1, "right": 1, "center": 0}[h["part"]]
    st = h["style"]
    back, front, strands = [], [], []
    # skull cap that sits just outside the head outline
    cap = [(cx - hw * 0.56 * v, t + hh * 0.5), (cx - hw * 0.58 * v, t + hh * 0.22), (cx - hw * 0.4 * v, t - hh * 0.06 * v),
           (cx, t - hh * 0.12 * v), (cx + hw * 0.4 * v, t - hh * 0.06 * v), (cx + hw * 0.58 * v, t + hh * 0.22),
           (cx + hw * 0.56 * v, t + hh * 0.5)]
    # hairline (inner edge of the front hair), from the right temple to the left temple
    temple_r, temple_l = (cx + hw * 0.5, t + hh * 0.5), (cx - hw * 0.5, t + hh * 0.5)

    def front_from(hairline):
        return [("poly", catmull(cap, closed=False, steps=8) + catmull(hairline, closed=False, steps=8))]

    if st == "bald":
        return [], [], []
    if st in ("long", "wavy", "bob", "braids"):
        drop = {"long": hh * (0.55 + 1.1 * L), "wavy": hh * (0.55 + 1.0 * L), "bob": hh * 0.15 * L,
                "braids": hh * (0.6 + 1.2 * L)}[st]
        bottom = g.chin + drop
        wide = hw * (0.66 if st != "bob" else 0.62) * v
        shape = [(cx - hw * 0.5 * v, t + hh * 0.05), (cx - wide, t + hh * 0.4), (cx - wide * 1.05, g.chin - hh * 0.1),
                 (cx - wide * (1.15 if st != "bob" else 1.0), bottom - hh * 0.15), (cx - wide * 0.7, bottom),
                 (cx, bottom - hh * 0.12), (cx + wide * 0.7, bottom), (cx + wide * (1.15 if st != "bob" else 1.0), bottom - hh * 0.15),
                 (cx + wide * 1.05, g.chin - hh * 0.1), (cx + wide, t + hh * 0.4), (cx + hw * 0.5 * v, t + hh * 0.05)]
        if st == "wavy":
            shape = [(x + (math.sin(y * 0.09) * hw * 0.05 if y > g.chin else 0), y) for x, y in shape]
        back.append(("smooth", shape))
        if st == "braids":
            for s in (-1, 1):
                for k in range(3):
                    x = cx + s * (hw * 0.42 + k * hw * 0.1)
                    pts = [(x, g.chin - hh * 0.2), (x + s * hw * 0.05, g.chin + hh * 0.5), (x + s * hw * 0.1, bottom)]
                    strands.append(("braid", pts))
        # fringe / face-framing pieces
        if p == 0:
            hl = [temple_r, (cx + hw * 0.4, t + hh * 0.32), (cx + hw * 0.12, t + hh * 0.08), (cx, t + hh * 0.04),
                  (cx - hw * 0.12, t + hh * 0.08), (cx - hw * 0.4, t + hh * 0.32), temple_l]
        else:
            hl = [temple_r, (cx + hw * 0.42 * p, t + hh * 0.38), (cx - hw * 0.05 * p, t + hh * 0.3),
                  (cx - hw * 0.25 * p, t + hh * 0.1), (cx - hw * 0.36 * p, t + hh * 0.16), temple_l]
            if p < 0:
                hl = [temple_r, (cx + hw * 0.36, t + hh * 0.16), (cx + hw * 0.25, t + hh * 0.1),
                      (cx + hw * 0.05, t + hh * 0.3), (cx - hw * 0.42, t + hh * 0.38), temple_l]
        front += front_from(hl)
        # side locks over the ears
        for s in (-1, 1):
            lock = [(cx + s * hw * 0.46, t + hh * 0.3), (cx + s * hw * 0.6 * v, t + hh * 0.45),
                    (cx + s * hw * 0.62 * v, g.chin - hh * 0.05 + (0 if st != "bob" else hh * 0.12)),
                    (cx + s * hw * 0.5, g.chin + (hh * 0.1 if st == "bob" else hh * 0.2)),
                    (cx + s * hw * 0.44, t + hh * 0.7)]
            front.append(("smooth", lock))
    elif st in ("bun", "ponytail"):
        if st == "bun":
            back.append(("ellipse", cx + p * hw * 0.05, t - hh * 0.08, hw * 0.3 * v, hh * 0.2 * v))
        else:
            back.append(("smooth", [(cx + hw * 0.2, t + hh * 0.05), (cx + hw * 0.75 * v, t + hh * 0.2),
                                    (cx + hw * 0.78 * v, g.chin + hh * 0.5 * L), (cx + hw * 0.62, g.chin + hh * 0.9 * L),
                                    (cx + hw * 0.5, g.chin + hh * 0.2)]))
        hl = [temple_r, (cx + hw * 0.42, t + hh * 0.2), (cx + hw * 0.15, t + hh * 0.1), (cx - hw * 0.05 * (p or 1), t + hh * 0.14),
              (cx - hw * 0.3, t + hh * 0.12), (cx - hw * 0.46, t + hh * 0.25), temple_l]
        cap2 = [(x, y + hh * 0.04) if y > t + hh * 0.3 else (x * 0.97 + cx * 0.03, y + hh * 0.03) for x, y in cap]
        front.append(("poly", catmull(cap2, closed=False, steps=8) + catmull(hl, closed=False, steps=8)))
        if st == "ponytail" and p != 0:
            front.append(("smooth", [(cx - p * hw * 0.05, t + hh * 0.05), (cx - p * hw * 0.45, t + hh * 0.22),
                                     (cx - p * hw * 0.5, t + hh * 0.42), (cx - p * hw * 0.3, t + hh * 0.2)]))
    elif st == "curly":
        r = hw * 0.68 * v
        cyc = t + hh * 0.28
        bumps = []
        n = 16
        for i in range(n):
            a = math.pi * (0.95 + 1.1 * i / (n - 1))
            rr = r * (1.0 + 0.06 * math.sin(i * 2.7))
            bumps.append((cx + math.cos(a) * rr, cyc + math.sin(a) * rr * 0.92))
        shape = [(cx - r * 0.98, cyc + r * 0.9 * L)] + bumps + [(cx + r * 0.98, cyc + r * 0.9 * L),
                                                                 (cx, cyc + r * 0.6)]
        back.append(("smooth", shape))
        hl = [temple_r, (cx + hw * 0.38, t + hh * 0.24), (cx + hw * 0.2, t + hh * 0.2), (cx, t + hh * 0.16),
              (cx - hw * 0.2, t + hh * 0.2), (cx - hw * 0.38, t + hh * 0.24), temple_l]
        capc = [(cx - hw * 0.6 * v, t + hh * 0.5), (cx - hw * 0.64 * v, t + hh * 0.15), (cx - hw * 0.35 * v, t - hh * 0.12 * v),
                (cx, t - hh * 0.16 * v), (cx + hw * 0.35 * v, t - hh * 0.12 * v), (cx + hw * 0.64 * v, t + hh * 0.15),
                (cx + hw * 0.6 * v, t + hh * 0.5)]
        front.append(("poly", catmull(capc, closed=False, steps=8) + catmull(hl, closed=False, steps=8)))
        for i in range(7):
            x = cx + (i - 3) * hw * 0.14
            strands.append(("curl", (x, t + hh * 0.02 + abs(i - 3) * hh * 0.03, hw * 0.07)))
    elif st in ("short", "side_part", "pixie", "undercut", "swept_back", "buzz", "messy"):
        lift = {"short": 0.1, "side_part": 0.14, "pixie": 0.1, "undercut": 0.26, "swept_back": 0.16, "buzz": 0.02,
                "messy": 0.16}[st] * v
        cap3 = [(cx - hw * 0.53, t + hh * 0.5), (cx - hw * (0.56 if st != "undercut" else 0.5), t + hh * 0.2),
                (cx - hw * 0.4, t - hh * lift * 0.6), (cx + hw * 0.05 * p, t - hh * lift),
                (cx + hw * 0.42, t - hh * lift * 0.7), (cx + hw * (0.56 if st != "undercut" else 0.5), t + hh * 0.2),
                (cx + hw * 0.53, t + hh * 0.5)]
        if st == "buzz":
            hl = [temple_r, (cx + hw * 0.42, t + hh * 0.2), (cx, t + hh * 0.12), (cx - hw * 0.42, t + hh * 0.2), temple_l]
        elif st in ("swept_back", "undercut"):
            hl = [(cx + hw * 0.5, t + hh * 0.38), (cx + hw * 0.4, t + hh * 0.12), (cx + hw * 0.12, t + hh * 0.08),
                  (cx, t + hh * 0.12), (cx - hw * 0.12, t + hh * 0.08), (cx - hw * 0.4, t + hh * 0.12), (cx - hw * 0.5, t + hh * 0.38)]
        elif st == "pixie" or st == "messy":
            hl = [temple_r, (cx + hw * 0.38, t + hh * 0.3), (cx + hw * 0.22, t + hh * 0.22), (cx + hw * 0.1, t + hh * 0.3),
                  (cx - hw * 0.05, t + hh * 0.2), (cx - hw * 0.2, t + hh * 0.3), (cx - hw * 0.34, t + hh * 0.22),
                  (cx - hw * 0.46, t + hh * 0.34), temple_l]
        else:  # short, side_part
            pp = p or 1
            hl = [temple_r, (cx + hw * 0.44 * pp, t + hh * 0.22), (cx + hw * 0.15 * pp, t + hh * 0.14),
                  (cx - hw * 0.2 * pp, t + hh * (0.2 if st == "side_part" else 0.15)),
                  (cx - hw * 0.4 * pp, t + hh * (0.3 if st == "side_part" else 0.2)), temple_l]
            if pp < 0:
                hl = [temple_r] + [(2 * cx - x, y) for x, y in hl[1:-1]][::-1] + [temple_l]
        front.append(("poly", catmull(cap3, closed=False, steps=8) + catmull(hl, closed=False, steps=8)))
        if st in ("short", "side_part", "messy", "pixie"):
            back.append(("smooth", [(cx - hw * 0.55, t + hh * 0.3), (cx - hw * 0.56, t + hh * 0.62),
                                    (cx + hw * 0.56, t + hh * 0.62), (cx + hw * 0.55, t + hh * 0.3), (cx, t)]))
        if st == "messy":
            for k in range(5):
                a = math.pi * (1.1 + 0.2 * k)
                x0, y0 = cx + math.cos(a) * hw * 0.45, t + hh * 0.1 + math.sin(a) * hh * 0.15
                front.append(("poly", [(x0 - hw * 0.06, y0), (x0 + math.cos(a) * hw * 0.2, y0 + math.sin(a) * hh * 0.12 - hh * 0.02),
                                       (x0 + hw * 0.06, y0)]))
    return back, front, strands


def draw_back_hair(cv: Canvas, c: dict, g: G) -> None:
    """The hair behind the body (moves with the head)."""
    h = c["hair"]
    back, front, strands = hair_shapes(g, h)
    c["_hair"] = (front, strands)
    if back:
        part(cv, back, h["color"], depth=g.hw * 0.18)
        for kind, pts in strands:
            if kind == "braid":
                for k in range(7):
                    t = k / 6
                    x = pts[0][0] + (pts[2][0] - pts[0][0]) * t
                    y = pts[0][1] + (pts[2][1] - pts[0][1]) * t
                    part(cv, ("ellipse", x, y, g.hw * 0.07, g.hh * 0.07), h["color"], line=1.4, depth=3)


def draw_torso(cv: Canvas, c: dict, g: G) -> None:
    """Neck, trousers, top, outer garment and body accessories (the arms come separately)."""
    pal = c["_pal"]
    skin, skin_sh = pal["skin"], pal["skin_shadow"]
    cx = g.cx
    clo = c["clothing"]
    top, outer = clo["top"], clo["outer"]
    # neck and upper chest skin
    nw = g.neck_w
    neck = [(cx - nw / 2, g.chin - g.hh * 0.25), (cx + nw / 2, g.chin - g.hh * 0.25), (cx + nw * 0.55, g.sy - g.hh * 0.06),
            (cx + g.sh * 0.7, g.sy + g.hh * 0.05), (cx + g.sh * 0.5, g.chest + g.hh * 0.2),
            (cx - g.sh * 0.5, g.chest + g.hh * 0.2), (cx - g.sh * 0.7, g.sy + g.hh * 0.05), (cx - nw * 0.55, g.sy - g.hh * 0.06)]
    part(cv, ("poly", neck), skin, shade_color=skin_sh, name="neck", depth=nw * 0.25)
    part(cv, ("poly", [(cx - nw, g.chin - g.hh * 0.3), (cx + nw, g.chin - g.hh * 0.3), (cx + nw, g.chin + g.hh * 0.1),
                       (cx, g.chin + g.hh * 0.18), (cx - nw, g.chin + g.hh * 0.1)]),
         skin_sh, outline=False, shade=0, rim=0, clip="neck", alpha=0.8)
    # trousers / skirt
    bottom = clo["bottom"]
    pants = [(cx - g.ww * 1.02, g.waist), (cx + g.ww * 1.02, g.waist), (cx + g.hpw * 1.02, g.hip),
             (cx + g.hpw * 1.05, SPRITE_H + 30), (cx + 4, SPRITE_H + 30), (cx, g.hip + g.hh * 0.55),
             (cx - 4, SPRITE_H + 30), (cx - g.hpw * 1.05, SPRITE_H + 30), (cx - g.hpw * 1.02, g.hip)]
    if bottom["type"] == "skirt":
        pants = [(cx - g.ww * 1.02, g.waist), (cx + g.ww * 1.02, g.waist), (cx + g.hpw * 1.1, g.hip),
                 (cx + g.hpw * 1.25, SPRITE_H + 30), (cx - g.hpw * 1.25, SPRITE_H + 30), (cx - g.hpw * 1.1, g.hip)]
    part(cv, ("poly", pants), bottom["color"], depth=g.hpw * 0.3, name="pants")
    if bottom["type"] == "trousers":
        stroke(cv, [(cx + g.hpw * 0.45, g.hip + g.hh * 0.15), (cx + g.hpw * 0.5, SPRITE_H)], 1.3,
               shadow_of(bottom["color"], 0.4), alpha=0.6)
        stroke(cv, [(cx - g.hpw * 0.45, g.hip + g.hh * 0.15), (cx - g.hpw * 0.5, SPRITE_H)], 1.3,
               shadow_of(bottom["color"], 0.4), alpha=0.6)
    if bottom["belt"] is not None:
        part(cv, ("poly", [(cx - g.ww * 1.04, g.waist - 2), (cx + g.ww * 1.04, g.waist - 2), (cx + g.ww * 1.08, g.waist + 9),
                           (cx - g.ww * 1.08, g.waist + 9)]), bottom["belt"], line=1.4)
        part(cv, ("rrect", cx - 9, g.waist - 3, cx + 9, g.waist + 10, 2), (214, 178, 92, 255), line=1.2)
    # top garment
    tt = top["type"]
    hem = g.waist + 6 if top["tucked"] else g.hip + g.hh * 0.18
    body = torso_pts(g, 0, hem=hem)
    shapes = [("poly", catmull(body, closed=True, steps=6))]
    neckline = {
        "crew": ("ellipse", cx, g.sy - g.hh * 0.07, nw * 0.75, g.hh * 0.12),
        "tshirt": ("ellipse", cx, g.sy - g.hh * 0.07, nw * 0.8, g.hh * 0.13),
        "sweater": ("ellipse", cx, g.sy - g.hh * 0.08, nw * 0.72, g.hh * 0.1),
        "hoodie": ("ellipse", cx, g.sy - g.hh * 0.07, nw * 0.8, g.hh * 0.12),
        "vneck": ("poly", [(cx - nw * 0.7, g.sy - g.hh * 0.2), (cx + nw * 0.7, g.sy - g.hh * 0.2), (cx, g.sy + g.hh * 0.42)]),
        "scrubs": ("poly", [(cx - nw * 0.75, g.sy - g.hh * 0.2), (cx + nw * 0.75, g.sy - g.hh * 0.2), (cx, g.sy + g.hh * 0.5)]),
        "shirt": ("poly", [(cx - nw * 0.6, g.sy - g.hh * 0.2), (cx + nw * 0.6, g.sy - g.hh * 0.2), (cx, g.sy + g.hh * 0.3)]),
        "blouse": ("ellipse", cx, g.sy - g.hh * 0.04, nw * 0.9, g.hh * 0.15),
        "turtleneck": None,
        "bodysuit": ("ellipse", cx, g.sy - g.hh * 0.1, nw * 0.6, g.hh * 0.08),
    }[tt]
    if neckline is not None:
        shapes.append(("cut", neckline))
    if tt == "hoodie":
        part(cv, ("smooth", [(cx - g.sh * 0.62, g.sy + g.hh * 0.02), (cx - nw * 1.1, g.sy - g.hh * 0.25), (cx, g.sy - g.hh * 0.2),
                             (cx + nw * 1.1, g.sy - g.hh * 0.25), (cx + g.sh * 0.62, g.sy + g.hh * 0.02), (cx, g.sy + g.hh * 0.2)]),
             shadow_of(top["color"], 0.25))
    part(cv, shapes, top["color"], depth=g.sh * 0.28, name="top")
    acc = top["accent"]
    if tt == "turtleneck":
        part(cv, ("rrect", cx - nw * 0.68, g.chin - g.hh * 0.12, cx + nw * 0.68, g.sy + g.hh * 0.02, nw * 0.25),
             top["color"], depth=nw * 0.3)
        for k in range(-2, 3):
            stroke(cv, [(cx + k * nw * 0.22, g.chin - g.hh * 0.06), (cx + k * nw * 0.24, g.sy - g.hh * 0.04)], 1.0,
                   shadow_of(top["color"], 0.35), alpha=0.6)
    if tt == "shirt":
        for s in (-1, 1):
            part(cv, ("poly", [(cx + s * nw * 0.15, g.sy + g.hh * 0.16), (cx + s * nw * 0.75, g.sy - g.hh * 0.16),
                               (cx + s * nw * 1.25, g.sy + g.hh * 0.02), (cx + s * nw * 0.5, g.sy + g.hh * 0.24)]),
                 acc if acc else light_of(top["color"], 0.15), depth=4)
        for k in range(4):
            part(cv, ("ellipse", cx, g.sy + g.hh * (0.42 + 0.38 * k), 2.2, 2.2), shadow_of(top["color"], 0.4),
                 outline=False, shade=0)
    if tt in ("sweater", "hoodie", "tshirt", "crew"):
        stroke(cv, catmull([(cx - nw * 0.85, g.sy - g.hh * 0.05), (cx, g.sy + g.hh * 0.1), (cx + nw * 0.85, g.sy - g.hh * 0.05)],
                           closed=False), 2.4 if tt == "sweater" else 1.6, acc or shadow_of(top["color"], 0.3))
    if tt == "hoodie":
        for s in (-1, 1):
            stroke(cv, [(cx + s * nw * 0.45, g.sy + g.hh * 0.05), (cx + s * nw * 0.5, g.sy + g.hh * 0.6)], 2.2,
                   acc or light_of(top["color"], 0.5))
        part(cv, ("rrect", cx - g.ww * 0.75, g.waist + 4, cx + g.ww * 0.75, g.hip + g.hh * 0.1, 10),
             top["color"], line=1.4, depth=5)
    if tt == "scrubs":
        part(cv, ("rrect", cx + g.sh * 0.28, g.chest + 6, cx + g.sh * 0.62, g.chest + g.hh * 0.34, 3),
             top["color"], line=1.3, depth=4)
    if top["pattern"] == "stripes":
        for k in range(8):
            y = g.sy + g.hh * 0.2 + k * g.hh * 0.2
            stroke(cv, [(cx - g.sh * 1.2, y), (cx + g.sh * 1.2, y)], g.hh * 0.05, acc or light_of(top["color"], 0.3),
                   alpha=0.85, clip="top")
    # outer garment
    if outer is not None:
        draw_outer(cv, outer, g)
    # body accessories
    for a in c["accessories"]:
        draw_body_accessory(cv, a, g, c)


def sleeve_style(c: dict) -> tuple:
    """(colour, length) of the sleeves: the outer garment's unless it has none."""
    top, outer = c["clothing"]["top"], c["clothing"]["outer"]
    if outer is not None and outer["type"] not in ("vest", "apron"):
        return outer["color"], outer["sleeves"] or "long"
    return top["color"], top["sleeves"]


def arm_order(pose: dict) -> tuple:
    """Which arm is drawn first: a crossing arm goes under the other one."""
    return (-1, 1) if pose["left"] != "cross" else (1, -1)


def across(p, W, E, w: float) -> list:
    """A segment of length `w` through `p`, square to the forearm E -> W."""
    ang = math.atan2(W[1] - E[1], W[0] - E[0])
    nx, ny = -math.sin(ang) * w / 2, math.cos(ang) * w / 2
    return [(p[0] - nx, p[1] - ny), (p[0] + nx, p[1] + ny)]


def pocket_color(c: dict, g: G):
    """The colour of the garment a hand in a pocket disappears into."""
    clo = c["clothing"]
    if clo["outer"] is not None:
        return clo["outer"]["color"]
    if not clo["top"]["tucked"]:
        return clo["top"]["color"]
    return clo["bottom"]["color"]


# where a held item sits so that the fingers wrap over it: (distance of its centre from the wrist
# towards the body in hand lengths, plus in item units; height above the wrist in hand lengths plus
# item units). Flat things are held by their outer edge, small ones round the middle.
ITEM_GRIP = {"tablet": (0.4, 29, 0.1, 15), "phone": (0.52, 0, 0.1, 6), "clipboard": (0.4, 31, 0.1, 14),
             "notebook": (0.4, 31, 0.1, 14), "mug": (0.55, 0, 0.1, 2), "vial": (0.5, 0, 0.1, -16),
             "watering_can": (0.3, 24, 0.1, 6), "radio": (0.4, 34, 0.1, 2), "tray": (0.5, 0, 0.1, 0)}


def item_anchor(kind: str, W, side: int, hs: float, g: G) -> tuple:
    u = g.hh / 124
    ax, bx, ay, by = ITEM_GRIP[kind]
    return (W[0] - side * (ax * hs + bx * u), W[1] - ay * hs - by * u)


def draw_arm(cv: Canvas, c: dict, g: G, side: int, pose: str, joints: tuple | None = None,
             front: bool = True, layers: tuple = ("arm", "hand"), item_at=None) -> None:
    """One arm: skin, held item, hand, sleeve with its cuff, and a watch on that wrist.
    layers: ("arm",) or ("hand",) to draw the arm and its hand at different depths.
    item_at: where the held item goes when both hands hold it (False: the other arm drew it)."""
    pal = c["_pal"]
    skin, skin_sh = pal["skin"], pal["skin_shadow"]
    S, E, W = joints or arm_joints(g, side, pose)
    sleeve_col, sleeve_len = sleeve_style(c)
    hs = hand_size(g)
    if "arm" in layers:
        if pose == "pocket":        # the forearm goes into the pocket: a square end at its lip
            draw_pocket_opening(cv, c, g, side, W, hs)
        arm = limb_shapes([S, E, W], [g.aw * 1.05, g.aw * 0.82, g.aw * 0.62], cap=pose != "pocket")
        part(cv, arm, skin, shade_color=skin_sh, depth=g.aw * 0.3)
        item = c["build"]["item"]
        if pose == "hold" and item["type"] != "none" and item_at is not False:
            draw_item(cv, item, item_at or item_anchor(item["type"], W, side, hs, g), g)
    if "hand" in layers:
        if pose == "pocket":
            draw_pocket_hand(cv, c, g, side, E, W, hs)
        else:
            pose_hand(cv, pose, side, E, W, hs, skin, skin_sh, front=front)
    if "arm" not in layers:
        return
    if sleeve_len != "none":
        def along(t):
            return (E[0] + (W[0] - E[0]) * t, E[1] + (W[1] - E[1]) * t)
        if sleeve_len == "long":
            end = 0.9 if pose != "pocket" else 0.82
            pts, ws = [S, E, along(end)], [g.aw * 1.2, g.aw * 1.02, g.aw * 0.9]
        elif sleeve_len == "rolled":
            pts, ws = [S, E, along(0.3)], [g.aw * 1.2, g.aw * 1.05, g.aw * 0.98]
        else:
            pts, ws = [S, (S[0] + (E[0] - S[0]) * 0.5, S[1] + (E[1] - S[1]) * 0.5)], [g.aw * 1.22, g.aw * 1.12]
        part(cv, limb_shapes(pts, ws, cap=False), sleeve_col, depth=g.aw * 0.35)     # squared-off end
        if sleeve_len == "long":
            # the cuff: a band a little wider than the sleeve, its opening in shadow
            a, b = along(end - 0.09), along(end)
            part(cv, ("poly", taper([a, b], g.aw * 0.96, g.aw * 0.98)), light_of(sleeve_col, 0.06),
                 depth=g.aw * 0.2, line=1.6)
            stroke(cv, across(along(end - 0.03), W, E, g.aw * 0.8), 1.2, shadow_of(sleeve_col, 0.45), alpha=0.7)
        elif sleeve_len == "rolled":
            part(cv, ("poly", taper([E, pts[-1]], g.aw * 1.1, g.aw * 1.05)), light_of(sleeve_col, 0.1), depth=3)
    for a in c["accessories"]:
        if a["type"] == "watch" and (-1 if a["side"] == "left" else 1) == side and pose != "pocket":
            fl = math.hypot(W[0] - E[0], W[1] - E[1]) or 1.0
            t = 1 - hs * 0.2 / fl
            wx, wy = E[0] + (W[0] - E[0]) * t, E[1] + (W[1] - E[1]) * t
            stroke(cv, across((wx, wy), W, E, g.aw * 0.66), 4.2, cv.style.ink)
            stroke(cv, across((wx, wy), W, E, g.aw * 0.6), 2.6, a["color"])
            part(cv, ("ellipse", wx, wy, g.aw * 0.23, g.aw * 0.23), a["color"], line=1.3)
            part(cv, ("ellipse", wx, wy, g.aw * 0.14, g.aw * 0.14), a["accent"], line=1.0, shade=0)


def pocket_frame(side: int, W, hs: float) -> HandFrame:
    ang = math.pi / 2 + side * math.radians(16)
    return HandFrame(W, ang, hs, _toward(ang, (-side, 0.0)))


def draw_pocket_opening(cv: Canvas, c: dict, g: G, side: int, W, hs: float) -> None:
    """The pocket's opening, in shadow behind the wrist (drawn before the arm)."""
    fr = pocket_frame(side, W, hs)
    part(cv, ("smooth", fr.pts([(-0.06, -0.3), (-0.1, 0.0), (-0.06, 0.3), (0.02, 0.28), (0.02, -0.28)])),
         shadow_of(pocket_color(c, g), 0.6), outline=False, shade=0, rim=0)


def draw_pocket_hand(cv: Canvas, c: dict, g: G, side: int, E, W, hs: float) -> None:
    """A hand pushed into a pocket: the wrist ends at the pocket's lip, the knuckles press through
    the cloth below it and the thumb stays hooked outside."""
    pal = c["_pal"]
    skin, skin_sh = pal["skin"], pal["skin_shadow"]
    col = pocket_color(c, g)
    fr = pocket_frame(side, W, hs)
    stroke(cv, catmull(fr.pts([(0.1, -0.22), (0.24, -0.17), (0.3, 0.0), (0.25, 0.16)]), closed=False), 1.3,
           shadow_of(col, 0.4), alpha=0.7)
    stroke(cv, catmull(fr.pts([(0.0, -0.32), (0.015, 0.0), (0.0, 0.32)]), closed=False), 2.0, cv.style.ink)
    stroke(cv, catmull(fr.pts([(0.05, -0.28), (0.065, 0.0), (0.05, 0.28)]), closed=False), 1.0,
           light_of(col, 0.3), alpha=0.6)
    _thumb(cv, fr, skin, skin_sh, (0.3, 0.2, -0.12, (-0.08, 0.14)), cv.style.outline * 0.82)


def draw_head(cv: Canvas, c: dict, g: G) -> None:
    """Ears, the head, its shading, nose, lines, freckles and facial hair (the face comes per expression)."""
    pal = c["_pal"]
    skin, skin_sh = pal["skin"], pal["skin_shadow"]
    h = c["hair"]
    cx = g.cx
    fc = c["face"]
    for s in (-1, 1):
        ex = cx + s * g.hw * 0.49
        part(cv, ("ellipse", ex, g.eye_y + g.hh * 0.06, g.hw * 0.085, g.hh * 0.105), skin, shade_color=skin_sh, depth=4)
        stroke(cv, [(ex - s * 1, g.eye_y), (ex + s * 2.5, g.eye_y + g.hh * 0.08)], 1.4, skin_sh, alpha=0.8)
    hp = head_pts(g, fc["shape"], fc["jaw"])
    part(cv, ("smooth", hp), skin, shade_color=skin_sh, name="head", depth=g.hw * 0.11, shade=0.6)
    # soft shadow under the fringe and the cheek blush
    part(cv, ("ellipse", cx + g.hw * 0.05, g.top + g.hh * 0.12, g.hw * 0.6, g.hh * 0.2), skin_sh, outline=False, shade=0,
         rim=0, clip="head", alpha=0.3)
    for s in (-1, 1):
        glow(cv, ("ellipse", cx + s * g.hw * 0.27, g.eye_y + g.hh * 0.16, g.hw * 0.1, g.hh * 0.04), pal["blush"],
             radius=g.hw * 0.07, strength=0.22 + 0.3 * fc["blush"])
    # nose: a shadow on the side away from the light
    ny = g.top + g.hh * 0.73
    nose = fc["nose"]
    nl = {"small": 0.09, "button": 0.07, "long": 0.14, "broad": 0.11}[nose]
    nwid = {"small": 0.07, "button": 0.08, "long": 0.07, "broad": 0.11}[nose]
    stroke(cv, catmull([(cx + g.hw * 0.03, ny - g.hh * nl), (cx + g.hw * 0.05, ny - g.hh * 0.02),
                        (cx + g.hw * 0.01, ny + g.hh * 0.01)], closed=False), 1.5, skin_sh, alpha=0.85)
    stroke(cv, catmull([(cx - g.hw * nwid, ny - g.hh * 0.005), (cx - g.hw * nwid * 0.4, ny + g.hh * 0.018),
                        (cx + g.hw * nwid * 0.4, ny + g.hh * 0.018), (cx + g.hw * nwid, ny - g.hh * 0.005)],
                       closed=False), 1.3, skin_sh, alpha=0.7)
    if fc["age"] > 0:
        a = fc["age"]
        for s in (-1, 1):
            stroke(cv, catmull([(cx + s * g.hw * 0.12, ny - g.hh * 0.01), (cx + s * g.hw * 0.17, ny + g.hh * 0.05),
                                (cx + s * g.hw * 0.16, ny + g.hh * 0.11)], closed=False), 1.3, skin_sh, alpha=0.6 * a)
            ex = cx + s * (g.hw * 0.2 + g.hw * 0.16 * fc["eyes"]["size"] * 0.5 + g.hw * 0.05)
            for k in range(2):
                stroke(cv, [(ex, g.eye_y + (k - 0.5) * g.hh * 0.04), (ex + s * g.hw * 0.06, g.eye_y + (k - 0.5) * g.hh * 0.07)],
                       1.0, skin_sh, alpha=0.55 * a)
        stroke(cv, catmull([(cx - g.hw * 0.18, g.top + g.hh * 0.3), (cx, g.top + g.hh * 0.285),
                            (cx + g.hw * 0.18, g.top + g.hh * 0.3)], closed=False), 1.0, skin_sh, alpha=0.4 * a)
    if fc["freckles"]:
        rnd = random.Random(c["seed"])
        for s in (-1, 1):
            for _ in range(9):
                fx = cx + s * g.hw * rnd.uniform(0.12, 0.33)
                fy = g.eye_y + g.hh * rnd.uniform(0.1, 0.2)
                part(cv, ("ellipse", fx, fy, 1.1, 1.1), skin_sh, outline=False, shade=0, rim=0, alpha=0.8)
    fh = fc["facial_hair"]
    if fh != "none":
        fhc = fc["facial_hair_color"] or h["color"]
        my = g.top + g.hh * 0.845
        if fh == "stubble":
            part(cv, ("smooth", [(cx - g.hw * 0.42, g.eye_y + g.hh * 0.2), (cx - g.hw * 0.3, g.chin - g.hh * 0.1),
                                 (cx, g.chin + 2), (cx + g.hw * 0.3, g.chin - g.hh * 0.1), (cx + g.hw * 0.42, g.eye_y + g.hh * 0.2),
                                 (cx + g.hw * 0.2, my - g.hh * 0.02), (cx, my - g.hh * 0.06), (cx - g.hw * 0.2, my - g.hh * 0.02)]),
                 fhc, outline=False, shade=0, rim=0, clip="head", alpha=0.22)
        if fh in ("beard", "goatee", "mustache"):
            if fh == "beard":
                beard = [(cx - g.hw * 0.49, g.eye_y + g.hh * 0.1), (cx - g.hw * 0.42, g.chin - g.hh * 0.1),
                         (cx - g.hw * 0.2, g.chin + g.hh * 0.08), (cx, g.chin + g.hh * 0.12), (cx + g.hw * 0.2, g.chin + g.hh * 0.08),
                         (cx + g.hw * 0.42, g.chin - g.hh * 0.1), (cx + g.hw * 0.49, g.eye_y + g.hh * 0.1),
                         (cx + g.hw * 0.38, g.eye_y + g.hh * 0.22), (cx + g.hw * 0.26, my + g.hh * 0.02),
                         (cx, my + g.hh * 0.1), (cx - g.hw * 0.26, my + g.hh * 0.02), (cx - g.hw * 0.38, g.eye_y + g.hh * 0.22)]
                part(cv, ("smooth", beard), fhc, depth=5)
            if fh == "goatee":
                part(cv, ("smooth", [(cx - g.hw * 0.12, my + g.hh * 0.05), (cx + g.hw * 0.12, my + g.hh * 0.05),
                                     (cx + g.hw * 0.09, g.chin + g.hh * 0.02), (cx, g.chin + g.hh * 0.06),
                                     (cx - g.hw * 0.09, g.chin + g.hh * 0.02)]), fhc, depth=3)
            c["_mustache"] = [("smooth", [(cx - g.hw * 0.2, my - g.hh * 0.005), (cx - g.hw * 0.1, my - g.hh * 0.07),
                                          (cx, my - g.hh * 0.06), (cx + g.hw * 0.1, my - g.hh * 0.07),
                                          (cx + g.hw * 0.2, my - g.hh * 0.005), (cx, my - g.hh * 0.03)])]


def draw_outer(cv: Canvas, o: dict, g: G) -> None:
    cx = g.cx
    t = o["type"]
    col = o["color"]
    long_ = t in ("lab_coat",)
    hem = SPRITE_H + 30 if long_ or t in ("cardigan", "apron") else g.hip + g.hh * 0.22
    body = torso_pts(g, 5 if t != "vest" else 2, hem=hem)
    if t in ("vest",):
        body[1] = (cx + g.sh * 0.45, g.sy)
        body[2] = (cx + g.sh * 0.72, g.sy + g.hh * 0.35)
        body[-2] = (cx - g.sh * 0.45, g.sy)
        body[-3] = (cx - g.sh * 0.72, g.sy + g.hh * 0.35)
    shapes = [("poly", catmull(body, closed=True, steps=6))]
    nw = g.neck_w
    if t == "apron":
        shapes = [("poly", [(cx - g.sh * 0.45, g.sy + g.hh * 0.2), (cx + g.sh * 0.45, g.sy + g.hh * 0.2),
                            (cx + g.hpw * 0.95, g.waist), (cx + g.hpw * 1.0, SPRITE_H + 30),
                            (cx - g.hpw * 1.0, SPRITE_H + 30), (cx - g.hpw * 0.95, g.waist)])]
        for s in (-1, 1):
            stroke(cv, [(cx + s * g.sh * 0.4, g.sy + g.hh * 0.22), (cx + s * nw * 0.6, g.sy - g.hh * 0.1)], 3.0, col)
        part(cv, shapes, col, depth=g.sh * 0.25)
        return
    gap = {"lab_coat": 0.36, "blazer": 0.05, "cardigan": 0.22, "jacket": 0.12, "denim": 0.18, "vest": 0.3,
           "bomber": 0.1, "hoodie_open": 0.18}.get(t, 0.2)
    vdepth = {"lab_coat": 0.95, "blazer": 1.25, "cardigan": 1.1, "jacket": 0.35, "denim": 0.4, "vest": 1.0,
              "bomber": 0.25, "hoodie_open": 0.3}.get(t, 0.8)
    vy = g.sy + g.hh * vdepth
    if o["open"]:
        opening = [(cx - nw * 0.9, g.sy - g.hh * 0.3), (cx + nw * 0.9, g.sy - g.hh * 0.3), (cx + g.ww * gap, vy),
                   (cx + g.ww * gap * 1.1, SPRITE_H + 40), (cx - g.ww * gap * 1.1, SPRITE_H + 40), (cx - g.ww * gap, vy)]
        if t == "blazer":
            opening = [(cx - nw * 0.9, g.sy - g.hh * 0.3), (cx + nw * 0.9, g.sy - g.hh * 0.3), (cx, vy)]
            opening2 = [(cx, g.hip - g.hh * 0.1), (cx + g.hpw * 0.45, g.hip + g.hh * 0.3), (cx - g.hpw * 0.45, g.hip + g.hh * 0.3)]
            shapes.append(("cut", ("poly", opening2)))
        shapes.append(("cut", ("poly", opening)))
    else:
        shapes.append(("cut", ("ellipse", cx, g.sy - g.hh * 0.07, nw * 0.78, g.hh * 0.12)))
    part(cv, shapes, col, depth=g.sh * 0.3, name="outer")
    trim = o["trim"] or shadow_of(col, 0.2)
    if t in ("lab_coat", "blazer") and o["open"]:
        for s in (-1, 1):
            lap = [(cx + s * nw * 0.85, g.sy - g.hh * 0.18), (cx + s * nw * 1.5, g.sy + g.hh * 0.05),
                   (cx + s * g.sh * 0.5, g.sy + g.hh * 0.32), (cx + s * g.ww * 0.7, vy - g.hh * 0.35),
                   (cx + s * (g.ww * gap + 2), vy)]
            part(cv, ("poly", lap), light_of(col, 0.08) if t == "lab_coat" else trim, depth=5)
            stroke(cv, [(cx + s * g.sh * 0.5, g.sy + g.hh * 0.32), (cx + s * g.sh * 0.58, g.sy + g.hh * 0.26)], 1.3,
                   cv.style.ink)
    if t in ("cardigan", "hoodie_open", "jacket", "bomber", "denim"):
        for s in (-1, 1):
            stroke(cv, [(cx + s * nw * 0.8, g.sy - g.hh * 0.12), (cx + s * g.ww * gap, vy), (cx + s * g.ww * gap * 1.1, hem)],
                   3.2, trim, alpha=0.95)
    if t in ("jacket", "bomber"):
        part(cv, ("poly", catmull([(cx - nw * 1.05, g.sy - g.hh * 0.2), (cx - nw * 1.2, g.sy + g.hh * 0.05),
                                   (cx - nw * 0.7, g.sy + g.hh * 0.08), (cx - nw * 0.62, g.sy - g.hh * 0.1)], closed=True) ),
             trim, depth=3)
        part(cv, ("poly", catmull([(cx + nw * 1.05, g.sy - g.hh * 0.2), (cx + nw * 1.2, g.sy + g.hh * 0.05),
                                   (cx + nw * 0.7, g.sy + g.hh * 0.08), (cx + nw * 0.62, g.sy - g.hh * 0.1)], closed=True)),
             trim, depth=3)
        part(cv, ("poly", [(cx - g.hpw * 1.08, hem - g.hh * 0.14), (cx - g.ww * gap * 1.1, hem - g.hh * 0.14),
                           (cx - g.ww * gap * 1.1, hem + 1), (cx - g.hpw * 1.1, hem + 1)]), trim, depth=3)
        part(cv, ("poly", [(cx + g.hpw * 1.08, hem - g.hh * 0.14), (cx + g.ww * gap * 1.1, hem - g.hh * 0.14),
                           (cx + g.ww * gap * 1.1, hem + 1), (cx + g.hpw * 1.1, hem + 1)]), trim, depth=3)
    if t == "denim":
        for s in (-1, 1):
            part(cv, ("poly", [(cx + s * nw * 0.8, g.sy - g.hh * 0.16), (cx + s * nw * 1.6, g.sy + g.hh * 0.05),
                               (cx + s * nw * 1.0, g.sy + g.hh * 0.3), (cx + s * nw * 0.7, g.sy + g.hh * 0.05)]), trim, depth=3)
            part(cv, ("rrect", cx + s * g.sh * 0.35 - g.sh * 0.15, g.chest - 4, cx + s * g.sh * 0.35 + g.sh * 0.15,
                      g.chest + g.hh * 0.12, 3), trim, depth=3)
    if t == "lab_coat":
        for s in (-1, 1):
            part(cv, ("rrect", cx + s * g.hpw * 0.62 - g.hpw * 0.2, g.hip, cx + s * g.hpw * 0.62 + g.hpw * 0.2,
                      g.hip + g.hh * 0.4, 4), col, line=1.4, depth=4)
        part(cv, ("rrect", cx - g.sh * 0.72, g.chest, cx - g.sh * 0.38, g.chest + g.hh * 0.3, 3), col, line=1.4, depth=4)
        part(cv, ("rrect", cx - g.sh * 0.66, g.chest - g.hh * 0.1, cx - g.sh * 0.62, g.chest + g.hh * 0.06, 1.5),
             o["trim"] or (60, 90, 160, 255), line=1.0, shade=0)
    if t in ("blazer",):
        part(cv, ("ellipse", cx, vy + g.hh * 0.08, 3.6, 3.6), trim, line=1.2)
        stroke(cv, [(cx - g.sh * 0.78, g.chest + g.hh * 0.05), (cx - g.sh * 0.42, g.chest + g.hh * 0.03)], 1.6,
               shadow_of(col, 0.5))


def draw_body_accessory(cv: Canvas, a: dict, g: G, c: dict) -> None:
    cx, t, col, acc = g.cx, a["type"], a["color"], a["accent"]
    nw = g.neck_w
    if t in ("lanyard", "badge"):
        by = g.chest + g.hh * 0.45
        bx = cx + (g.sh * 0.45 if t == "badge" else 0) * (-1 if a["side"] == "left" else 1)
        if t == "lanyard":
            stroke(cv, [(cx - nw * 0.7, g.sy - g.hh * 0.05), (cx - 6, by - g.hh * 0.2), (bx, by - g.hh * 0.08)], 3.0, col)
            stroke(cv, [(cx + nw * 0.7, g.sy - g.hh * 0.05), (cx + 6, by - g.hh * 0.2), (bx, by - g.hh * 0.08)], 3.0, col)
        else:
            by = g.chest + g.hh * 0.05
        part(cv, ("rrect", bx - 13, by - g.hh * 0.08, bx + 13, by + g.hh * 0.18, 3), (246, 246, 242, 255), line=1.4, shade=0.5)
        part(cv, ("rrect", bx - 13, by - g.hh * 0.08, bx + 13, by - g.hh * 0.01, 3), acc, outline=False, shade=0)
        stroke(cv, [(bx - 8, by + g.hh * 0.06), (bx + 8, by + g.hh * 0.06)], 1.4, (120, 130, 150, 255))
        stroke(cv, [(bx - 8, by + g.hh * 0.11), (bx + 4, by + g.hh * 0.11)], 1.4, (120, 130, 150, 255))
    elif t == "stethoscope":
        pts = catmull([(cx - nw * 0.9, g.sy - g.hh * 0.1), (cx - nw * 1.3, g.sy + g.hh * 0.4), (cx - nw * 0.9, g.chest + g.hh * 0.5)],
                      closed=False)
        stroke(cv, pts, 3.6, cv.style.ink)
        stroke(cv, pts, 2.2, col)
        pts2 = catmull([(cx + nw * 0.9, g.sy - g.hh * 0.1), (cx + nw * 1.3, g.sy + g.hh * 0.5), (cx + nw * 1.0, g.chest + g.hh * 0.7)],
                       closed=False)
        stroke(cv, pts2, 3.6, cv.style.ink)
        stroke(cv, pts2, 2.2, col)
        part(cv, ("ellipse", cx + nw * 1.0, g.chest + g.hh * 0.75, 8, 8), acc, line=1.4)
    elif t == "necklace":
        pts = catmull([(cx - nw * 0.72, g.sy - g.hh * 0.08), (cx, g.sy + g.hh * 0.28), (cx + nw * 0.72, g.sy - g.hh * 0.08)],
                      closed=False)
        stroke(cv, pts, 1.6, col)
        part(cv, ("ellipse", cx, g.sy + g.hh * 0.31, 4.5, 5.5), acc, line=1.2)
    elif t == "scarf":
        part(cv, ("smooth", [(cx - nw * 1.4, g.sy - g.hh * 0.12), (cx, g.sy + g.hh * 0.06), (cx + nw * 1.4, g.sy - g.hh * 0.12),
                             (cx + nw * 1.3, g.sy + g.hh * 0.16), (cx, g.sy + g.hh * 0.3), (cx - nw * 1.3, g.sy + g.hh * 0.16)]),
             col, depth=6)
        part(cv, ("poly", [(cx + nw * 0.3, g.sy + g.hh * 0.15), (cx + nw * 1.1, g.sy + g.hh * 0.18),
                           (cx + nw * 1.0, g.chest + g.hh * 0.7), (cx + nw * 0.4, g.chest + g.hh * 0.75)]), col, depth=6)
        for k in range(3):
            y = g.chest + g.hh * (0.15 + k * 0.18)
            stroke(cv, [(cx + nw * 0.38, y), (cx + nw * 1.05, y - 2)], 2.0, acc, alpha=0.9)
    elif t == "tie":
        part(cv, ("poly", [(cx - 6, g.sy + g.hh * 0.12), (cx + 6, g.sy + g.hh * 0.12), (cx + 10, g.chest + g.hh * 0.7),
                           (cx, g.chest + g.hh * 0.85), (cx - 10, g.chest + g.hh * 0.7)]), col, depth=4)
        part(cv, ("poly", [(cx - 7, g.sy + g.hh * 0.02), (cx + 7, g.sy + g.hh * 0.02), (cx + 5, g.sy + g.hh * 0.14),
                           (cx - 5, g.sy + g.hh * 0.14)]), col, depth=2)
        if acc:
            stroke(cv, [(cx - 5, g.chest), (cx + 6, g.chest - 6)], 1.5, acc)
            stroke(cv, [(cx - 7, g.chest + 16), (cx + 8, g.chest + 10)], 1.5, acc)
    elif t == "bowtie":
        y = g.sy + g.hh * 0.0
        part(cv, ("poly", [(cx, y), (cx - 16, y - 9), (cx - 16, y + 9)]), col, depth=3)
        part(cv, ("poly", [(cx, y), (cx + 16, y - 9), (cx + 16, y + 9)]), col, depth=3)
        part(cv, ("ellipse", cx, y, 5, 5), acc or col, depth=2)
    elif t == "pin":
        x = cx + (-1 if a["side"] == "left" else 1) * g.sh * 0.5
        part(cv, ("ellipse", x, g.chest - g.hh * 0.02, 7, 7), col, line=1.3)
        part(cv, ("ellipse", x, g.chest - g.hh * 0.02, 3.2, 3.2), acc, outline=False, shade=0)
    elif t == "pen":
        x = cx - g.sh * 0.55
        stroke(cv, [(x, g.chest - g.hh * 0.12), (x, g.chest + g.hh * 0.05)], 4.2, cv.style.ink)
        stroke(cv, [(x, g.chest - g.hh * 0.12), (x, g.chest + g.hh * 0.05)], 2.6, col)
    elif t == "headphones":
        pts = catmull([(cx - nw * 1.3, g.sy - g.hh * 0.1), (cx, g.sy + g.hh * 0.18), (cx + nw * 1.3, g.sy - g.hh * 0.1)],
                      closed=False)
        stroke(cv, pts, 6, cv.style.ink)
        stroke(cv, pts, 4, col)
        for s in (-1, 1):
            part(cv, ("ellipse", cx + s * nw * 1.25, g.sy - g.hh * 0.08, 15, 19, s * 0.4), col, depth=6)
            part(cv, ("ellipse", cx + s * nw * 1.25, g.sy - g.hh * 0.08, 8, 11, s * 0.4), acc, outline=False, shade=0.3)
    elif t == "chain_glasses":
        pts = catmull([(cx - nw * 0.8, g.sy - g.hh * 0.1), (cx, g.chest + g.hh * 0.15), (cx + nw * 0.8, g.sy - g.hh * 0.1)],
                      closed=False)
        stroke(cv, pts, 1.3, acc)
        for s in (-1, 1):
            part(cv, ("ellipse", cx + s * 11, g.chest + g.hh * 0.12, 10, 7), (220, 235, 245, 90), line=1.4, ink=col, shade=0)


def draw_head_accessory(cv: Canvas, a: dict, g: G, f: dict) -> None:
    cx, t, col, acc = g.cx, a["type"], a["color"], a["accent"]
    ey, dx, ew = f["eye_y"], f["eye_dx"], f["eye_w"]
    if t in ("glasses", "loupes"):
        shape = a["shape"]
        for s in (-1, 1):
            ex = cx + s * dx
            w, h = ew * 0.78, ew * (0.55 if shape != "round" else 0.7)
            if shape == "round":
                sh = ("ellipse", ex, ey + 1, w, h)
            else:
                sh = ("rrect", ex - w, ey - h + 1, ex + w, ey + h + 1, h * (0.5 if shape == "soft" else 0.25))
            part(cv, sh, (220, 240, 255, 40), outline=True, line=2.0, ink=col, shade=0, rim=0)
            stroke(cv, [(ex - w * 0.5, ey - h * 0.4), (ex - w * 0.1, ey - h * 0.7)], 1.6, (255, 255, 255, 255), alpha=0.55)
            stroke(cv, [(ex + s * w, ey - h * 0.4), (cx + s * g.hw * 0.5, ey - h * 0.2)], 2.0, col)
            if t == "loupes":
                part(cv, ("ellipse", ex, ey + h * 0.35, w * 0.45, w * 0.45), acc, line=1.6)
                part(cv, ("ellipse", ex, ey + h * 0.35, w * 0.28, w * 0.28), (40, 70, 90, 255), outline=False, shade=0)
        stroke(cv, catmull([(cx - dx + ew * 0.75, ey - 1), (cx, ey - ew * 0.2), (cx + dx - ew * 0.75, ey - 1)], closed=False),
               2.0, col)
    elif t == "earrings":
        for s in (-1, 1):
            x, y = cx + s * g.hw * 0.5, ey + g.hh * 0.17
            if a["shape"] == "hoop":
                stroke(cv, ellipse_pts(x, y + 6, 5, 7, 20), 1.8, col, closed=True)
            else:
                part(cv, ("ellipse", x, y + 3, 3.6, 3.6), col, line=1.1)
    elif t in ("earpiece", "headset"):
        x, y = cx + g.hw * 0.5, ey + g.hh * 0.05
        part(cv, ("rrect", x - 5, y - 10, x + 7, y + 12, 5), col, line=1.5)
        glow(cv, ("ellipse", x + 1, y - 2, 2.5, 2.5), acc, radius=4, strength=0.9)
        part(cv, ("ellipse", x + 1, y - 2, 2.2, 2.2), acc, outline=False, shade=0)
        if t == "headset":
            stroke(cv, catmull([(x, y + 10), (x - g.hw * 0.1, g.top + g.hh * 0.9), (cx + g.hw * 0.12, g.top + g.hh * 0.86)],
                               closed=False), 2.2, col)
    elif t in ("vr_headset", "goggles"):
        y = g.top + g.hh * 0.04
        if t == "vr_headset":
            stroke(cv, [(cx - g.hw * 0.56, y + g.hh * 0.12), (cx + g.hw * 0.56, y + g.hh * 0.12)], 5, shadow_of(col, 0.4))
            part(cv, ("rrect", cx - g.hw * 0.42, y - g.hh * 0.07, cx + g.hw * 0.42, y + g.hh * 0.18, g.hh * 0.08), col, depth=5)
            part(cv, ("rrect", cx - g.hw * 0.36, y - g.hh * 0.03, cx + g.hw * 0.36, y + g.hh * 0.12, g.hh * 0.05), acc,
                 outline=False, shade=0.4, name="visor")
            stroke(cv, [(cx - g.hw * 0.3, y), (cx - g.hw * 0.1, y)], 2.0, (255, 255, 255, 255), alpha=0.6, clip="visor")
        else:
            stroke(cv, [(cx - g.hw * 0.56, y + g.hh * 0.12), (cx + g.hw * 0.56, y + g.hh * 0.12)], 4, shadow_of(col, 0.4))
            for s in (-1, 1):
                part(cv, ("ellipse", cx + s * g.hw * 0.2, y + g.hh * 0.08, g.hw * 0.16, g.hh * 0.11), col, depth=4)
                part(cv, ("ellipse", cx + s * g.hw * 0.2, y + g.hh * 0.08, g.hw * 0.11, g.hh * 0.075), acc,
                     outline=False, shade=0.3)
    elif t == "visor":
        y = ey
        part(cv, ("rrect", cx - g.hw * 0.55, y - g.hh * 0.09, cx + g.hw * 0.55, y + g.hh * 0.08, g.hh * 0.06),
             with_alpha(acc, 0.45), outline=True, line=1.6, ink=col, shade=0, rim=0)
        stroke(cv, [(cx - g.hw * 0.4, y - g.hh * 0.04), (cx - g.hw * 0.15, y - g.hh * 0.04)], 1.6, (255, 255, 255, 255),
               alpha=0.5)
    elif t in ("beanie", "headscarf", "cap"):
        top = g.top
        if t == "beanie":
            part(cv, ("smooth", [(cx - g.hw * 0.6, top + g.hh * 0.28), (cx - g.hw * 0.55, top - g.hh * 0.08),
                                 (cx, top - g.hh * 0.2), (cx + g.hw * 0.55, top - g.hh * 0.08), (cx + g.hw * 0.6, top + g.hh * 0.28)]),
                 col, depth=8)
            part(cv, ("rrect", cx - g.hw * 0.62, top + g.hh * 0.14, cx + g.hw * 0.62, top + g.hh * 0.3, 5), acc or shadow_of(col, 0.2),
                 depth=4)
        elif t == "headscarf":
            part(cv, ("smooth", [(cx - g.hw * 0.62, top + g.hh * 0.36), (cx - g.hw * 0.58, top - g.hh * 0.06),
                                 (cx, top - g.hh * 0.16), (cx + g.hw * 0.58, top - g.hh * 0.06), (cx + g.hw * 0.62, top + g.hh * 0.36),
                                 (cx + g.hw * 0.45, top + g.hh * 0.2), (cx, top + g.hh * 0.1), (cx - g.hw * 0.45, top + g.hh * 0.2)]),
                 col, depth=8, name="scarfhead")
            for k in range(5):
                part(cv, ("ellipse", cx - g.hw * 0.4 + k * g.hw * 0.2, top + g.hh * 0.02 + (k % 2) * g.hh * 0.08, 3.5, 3.5),
                     acc, outline=False, shade=0, clip="scarfhead")
            part(cv, ("smooth", [(cx + g.hw * 0.5, top + g.hh * 0.05), (cx + g.hw * 0.78, top - g.hh * 0.05),
                                 (cx + g.hw * 0.72, top + g.hh * 0.12)]), col, depth=3)
        else:
            part(cv, ("smooth", [(cx - g.hw * 0.6, top + g.hh * 0.2), (cx - g.hw * 0.5, top - g.hh * 0.12),
                                 (cx + g.hw * 0.5, top - g.hh * 0.12), (cx + g.hw * 0.6, top + g.hh * 0.2)]), col, depth=6)
            part(cv, ("smooth", [(cx - g.hw * 0.62, top + g.hh * 0.16), (cx + g.hw * 0.7, top + g.hh * 0.16),
                                 (cx + g.hw * 0.85, top + g.hh * 0.24), (cx - g.hw * 0.55, top + g.hh * 0.26)]), acc or col, depth=3)
    elif t == "pencil":
        x, y = cx + g.hw * 0.52, ey - g.hh * 0.02
        stroke(cv, [(x - 6, y - 16), (x + 14, y + 20)], 5.4, cv.style.ink)
        stroke(cv, [(x - 6, y - 16), (x + 14, y + 20)], 3.6, col)
        stroke(cv, [(x + 12, y + 16), (x + 14, y + 20)], 3.4, acc)
    elif t == "hair_clip":
        x, y = cx + g.hw * 0.3, g.top + g.hh * 0.12
        part(cv, ("rrect", x - 12, y - 4, x + 12, y + 4, 3, ), col, line=1.4)
    elif t == "flower":
        x, y = cx - g.hw * 0.42, g.top + g.hh * 0.12
        for k in range(5):
            a = k * math.tau / 5
            part(cv, ("ellipse", x + math.cos(a) * 6, y + math.sin(a) * 6, 5, 5), col, line=1.2, shade=0.4)
        part(cv, ("ellipse", x, y, 3.5, 3.5), acc, line=1.0)
    elif t == "head_mirror":
        x, y = cx + g.hw * 0.1, g.top + g.hh * 0.04
        stroke(cv, [(cx - g.hw * 0.5, y + g.hh * 0.08), (cx + g.hw * 0.5, y + g.hh * 0.08)], 5, shadow_of(col, 0.3))
        part(cv, ("ellipse", x, y, g.hw * 0.15, g.hw * 0.15), col, depth=4)
        part(cv, ("ellipse", x, y, g.hw * 0.06, g.hw * 0.06), acc, outline=False, shade=0)


def face_params(c: dict, g: G) -> dict:
    fc = c["face"]
    ew = g.hw * 0.215 * fc["eyes"]["size"]
    ratio = {"round": 0.78, "almond": 0.6, "narrow": 0.46, "droopy": 0.58}[fc["eyes"]["shape"]]
    tilt = {"round": 0.0, "almond": 0.12, "narrow": 0.1, "droopy": -0.14}[fc["eyes"]["shape"]]
    return {"cx": g.cx, "top": g.top, "hw": g.hw, "hh": g.hh, "eye_y": g.eye_y,
            "eye_dx": g.hw * 0.215 * fc["eyes"]["spacing"], "eye_w": ew, "eye_h": ew * ratio, "eye_tilt": tilt,
            "iris": 1.0, "lashes": fc["eyes"]["lashes"], "brow_y": g.eye_y - g.hh * 0.115,
            "brow_thick": fc["brows"]["thickness"], "brow_arch": fc["brows"]["arch"],
            "mouth_y": g.top + g.hh * 0.845, "mouth_w": g.hw * 0.135 * fc["mouth"]["width"]}


def face_palette(c: dict) -> dict:
    pal = c["_pal"]
    fc = c["face"]
    return {"skin": pal["skin"], "lash": mix(fc["brows"]["color"] or c["hair"]["color"], c["_ink"], 0.55),
            "iris": fc["eyes"]["color"], "brow": fc["brows"]["color"] or shadow_of(c["hair"]["color"], 0.25),
            "lips": fc["mouth"]["color"], "teeth": fc["mouth"]["teeth"], "blush": pal["blush"],
            "glyph": pal.get("glyph", (120, 240, 255, 255)), "lid": pal["skin"], "trim": pal.get("trim", pal["skin"]),
            "body": pal.get("body", pal["skin"])}


def draw_person_top(cv: Canvas, c: dict, g: G, expr: dict) -> None:
    f = face_params(c, g)
    fp = face_palette(c)
    facemod.FACE_STYLES[c["face"]["style"]](cv, f, expr, fp)
    if c.get("_mustache"):
        part(cv, c["_mustache"], c["face"]["facial_hair_color"] or c["hair"]["color"], depth=3, line=1.6)
    front, strands = c["_hair"]
    h = c["hair"]
    if front:
        part(cv, front, h["color"], name="hair_front", depth=g.hw * 0.14)
        # sheen: an arc of light on the side facing the light
        shine = h["shine"] or light_of(h["color"], 0.35)
        arc = [(g.cx - g.hw * 0.42, g.top + g.hh * 0.2), (g.cx - g.hw * 0.2, g.top + g.hh * 0.02),
               (g.cx + g.hw * 0.08, g.top - g.hh * 0.03)]
        stroke(cv, catmull(arc, closed=False), g.hh * 0.035, shine, alpha=0.45, clip="hair_front")
        if h["streak"] is not None:
            stroke(cv, catmull([(g.cx + g.hw * 0.25, g.top - g.hh * 0.05), (g.cx + g.hw * 0.38, g.top + g.hh * 0.2),
                                (g.cx + g.hw * 0.5, g.top + g.hh * 0.6)], closed=False), g.hh * 0.08, h["streak"],
                   clip="hair_front")
        dark = shadow_of(h["color"], 0.5)
        for k in range(4):
            x0 = g.cx - g.hw * 0.3 + k * g.hw * 0.2
            stroke(cv, catmull([(x0, g.top - g.hh * 0.02), (x0 + g.hw * 0.05, g.top + g.hh * 0.1),
                                (x0 + g.hw * 0.02, g.top + g.hh * 0.2)], closed=False), 1.2, dark, alpha=0.55,
                   clip="hair_front")
    for kind, data in strands:
        if kind == "curl":
            x, y, r = data
            stroke(cv, ellipse_pts(x, y, r, r * 0.8, 16)[3:14], 1.3, shadow_of(h["color"], 0.5), alpha=0.7)
    for a in c["accessories"]:
        if a["type"] in HEAD_ACC:
            draw_head_accessory(cv, a, g, f)


HEAD_ACC = {"glasses", "loupes", "earrings", "earpiece", "headset", "vr_headset", "goggles", "visor", "beanie",
            "headscarf", "cap", "pencil", "hair_clip", "flower", "head_mirror"}
BODY_ACC = {"lanyard", "badge", "stethoscope", "necklace", "scarf", "tie", "bowtie", "pin", "pen", "headphones",
            "chain_glasses", "watch"}


# --- machines ----------------------------------------------------------------

def machine_geom(c: dict) -> dict:
    m = c["machine"]
    cx = SPRITE_W / 2
    h = c["build"]["height"]
    top = SPRITE_H - h
    return {"cx": cx, "top": top, "w": m["width"], "h": m["height"], "hover": m["hover"]}


def draw_robot(cv: Canvas, c: dict, expr: dict | None = None) -> dict:
    m, pal = c["machine"], c["_pal"]
    cx, top = SPRITE_W / 2, SPRITE_H - c["build"]["height"]
    w, hh = m["width"], m["height"]
    body_c, trim, screen = m["body"], m["trim"], m["screen"]
    head_h = hh * 0.34
    hx0, hx1 = cx - w * 0.36, cx + w * 0.36
    hy0, hy1 = top + 18, top + 18 + head_h
    # the head turns on its neck with the expression
    head = machine_tilt(expr, (cx, hy1 + 6), 1.0, head_h)
    cv.warp = head
    # antenna
    if m["antenna"]:
        stroke(cv, [(cx + w * 0.18, hy0), (cx + w * 0.24, hy0 - 34)], 3.4, cv.style.ink)
        stroke(cv, [(cx + w * 0.18, hy0), (cx + w * 0.24, hy0 - 34)], 2.0, trim)
        glow(cv, ("ellipse", cx + w * 0.24, hy0 - 36, 5, 5), m["glow"], radius=6, strength=0.8)
        part(cv, ("ellipse", cx + w * 0.24, hy0 - 36, 5, 5), m["glow"], line=1.4, shade=0.3)
    cv.warp = None
    # torso
    ty0 = hy1 + 24
    torso = ("rrect", cx - w * 0.5, ty0, cx + w * 0.5, SPRITE_H + 30, 26)
    part(cv, torso, body_c, depth=w * 0.12, name="torso")
    part(cv, ("rrect", cx - w * 0.5, ty0 + hh * 0.42, cx + w * 0.5, ty0 + hh * 0.48, 2), trim, outline=False, shade=0.5,
         clip="torso")
    # neck
    part(cv, ("rrect", cx - w * 0.12, hy1 - 6, cx + w * 0.12, ty0 + 8, 4), shadow_of(trim, 0.2), depth=4)
    for k in range(3):
        stroke(cv, [(cx - w * 0.12, hy1 + 2 + k * 7), (cx + w * 0.12, hy1 + 2 + k * 7)], 1.4, cv.style.ink, alpha=0.6)
    # chest panel with speaker grille and status lights
    gx0, gx1 = cx - w * 0.3, cx + w * 0.3
    gy0 = ty0 + hh * 0.1
    part(cv, ("rrect", gx0, gy0, gx1, gy0 + hh * 0.24, 12), shadow_of(body_c, 0.25), depth=5)
    if m["grille"]:
        for k in range(6):
            y = gy0 + hh * 0.04 + k * hh * 0.032
            stroke(cv, [(gx0 + 16, y), (gx1 - 16, y)], 3.4, (40, 48, 64, 255))
    for k, col in enumerate((m["glow"], trim, screen)):
        part(cv, ("ellipse", gx1 - 14 - k * 14, gy0 + hh * 0.21, 4, 4), col, line=1.0, shade=0)
    # panel seams and rivets
    for s in (-1, 1):
        stroke(cv, [(cx + s * w * 0.42, ty0 + hh * 0.5), (cx + s * w * 0.42, SPRITE_H)], 1.4, shadow_of(body_c, 0.4))
        for k in range(3):
            part(cv, ("ellipse", cx + s * w * 0.44, ty0 + 18 + k * 24, 2.4, 2.4), shadow_of(body_c, 0.3), outline=False, shade=0)
    # logo plate
    part(cv, ("rrect", cx - 24, ty0 + hh * 0.52, cx + 24, ty0 + hh * 0.6, 5), trim, line=1.4)
    # arms: left a jointed arm ending in a gripper, right the tray arm
    for s in (-1, 1):
        S = (cx + s * w * 0.5, ty0 + 26)
        if s > 0 and m["tray"]:
            E = (cx + s * w * 0.66, ty0 + hh * 0.32)
            W = (cx + s * w * 0.42, ty0 + hh * 0.3)
        elif s < 0 and c.get("_arms") == "raise":     # the gripper lifted beside the head, making a point
            E = (cx + s * w * 0.74, ty0 + hh * 0.12)
            W = (cx + s * w * 0.68, ty0 - hh * 0.14)
        else:
            E = (cx + s * w * 0.64, ty0 + hh * 0.36)
            W = (cx + s * w * 0.6, ty0 + hh * 0.62)
        part(cv, ("ellipse", S[0], S[1], 17, 17), trim, depth=5)
        part(cv, ("poly", limb([S, E], [22, 20])), body_c, depth=6)
        part(cv, ("ellipse", E[0], E[1], 12, 12), trim, depth=4)
        part(cv, ("poly", limb([E, W], [19, 16])), body_c, depth=5)
        if s > 0 and m["tray"]:
            draw_item(cv, {"type": "tray", "color": trim, "accent": m["glow"]},
                      (W[0] - 10, W[1] - 4), type("g", (), {"hh": 124})())
            part(cv, ("ellipse", W[0], W[1], 10, 10), trim, depth=3)
        elif W[1] < E[1]:   # a raised gripper opens upwards
            part(cv, ("poly", [(W[0] - 12, W[1]), (W[0] + 12, W[1]), (W[0] + 9, W[1] - 22), (W[0] + 2, W[1] - 12),
                               (W[0] - 2, W[1] - 12), (W[0] - 9, W[1] - 22)]), trim, depth=3)
        else:
            part(cv, ("poly", [(W[0] - 12, W[1]), (W[0] + 12, W[1]), (W[0] + 9, W[1] + 22), (W[0] + 2, W[1] + 12),
                               (W[0] - 2, W[1] + 12), (W[0] - 9, W[1] + 22)]), trim, depth=3)
    # head box
    cv.warp = head
    part(cv, ("rrect", hx0, hy0, hx1, hy1, 22), body_c, depth=w * 0.08, name="head")
    part(cv, ("rrect", hx0 + 8, hy0 + 8, hx1 - 8, hy1 - 8, 16), shadow_of(body_c, 0.15), outline=False, shade=0.4,
         clip="head")
    for s in (-1, 1):
        part(cv, ("rrect", cx + s * (w * 0.36) - 8, hy0 + head_h * 0.3, cx + s * (w * 0.36) + 8, hy0 + head_h * 0.7, 4),
             trim, depth=3)
    return {"lens_x": cx, "lens_y": (hy0 + hy1) / 2 - 2, "lens_r": head_h * 0.3, "cx": cx, "top": hy0, "hw": w * 0.72,
            "hh": head_h, "eye_y": (hy0 + hy1) / 2, "eye_dx": 20, "eye_w": 20, "eye_h": 14,
            "mouth_y": hy1 - 12, "mouth_w": 20}


def draw_drone(cv: Canvas, c: dict, expr: dict | None = None) -> dict:
    m = c["machine"]
    cx = SPRITE_W / 2
    top = SPRITE_H - c["build"]["height"]
    w, h = m["width"], m["height"]
    cy = top + h / 2 + 20
    # light beam to the floor and the hover glow
    beam = [(cx - w * 0.28, cy + h * 0.4), (cx + w * 0.28, cy + h * 0.4), (cx + w * 0.5, SPRITE_H), (cx - w * 0.5, SPRITE_H)]
    part(cv, ("poly", beam), with_alpha(m["glow"], 0.16), outline=False, shade=0, rim=0)
    glow(cv, ("ellipse", cx, SPRITE_H - 8, w * 0.45, 10), m["glow"], radius=16, strength=0.5)
    glow(cv, ("ellipse", cx, cy + h * 0.46, w * 0.3, 8), m["glow"], radius=12, strength=0.9)
    # the whole puck tips and bobs with the expression, over its steady beam
    cv.warp = machine_tilt(expr, (cx, cy), 1.2, h)
    # side fins / rotors
    for s in (-1, 1):
        part(cv, ("smooth", [(cx + s * w * 0.42, cy - h * 0.1), (cx + s * w * 0.68, cy - h * 0.32),
                             (cx + s * w * 0.74, cy - h * 0.22), (cx + s * w * 0.5, cy + h * 0.12)]), m["trim"], depth=5)
        part(cv, ("ellipse", cx + s * w * 0.7, cy - h * 0.34, w * 0.16, 5), with_alpha(m["glow"], 0.6), line=1.3, shade=0)
    # puck body: top rim + body
    part(cv, ("ellipse", cx, cy + h * 0.26, w * 0.5, h * 0.26), shadow_of(m["body"], 0.2), depth=6)
    part(cv, ("rrect", cx - w * 0.5, cy - h * 0.3, cx + w * 0.5, cy + h * 0.28, h * 0.3), m["body"], depth=10, name="body")
    part(cv, ("ellipse", cx, cy - h * 0.3, w * 0.5, h * 0.16), light_of(m["body"], 0.2), depth=4)
    part(cv, ("rrect", cx - w * 0.5, cy + h * 0.12, cx + w * 0.5, cy + h * 0.2, 2), m["trim"], outline=False, shade=0.3,
         clip="body")
    # screen face
    sx0, sx1, sy0, sy1 = cx - w * 0.34, cx + w * 0.34, cy - h * 0.2, cy + h * 0.1
    part(cv, ("rrect", sx0, sy0, sx1, sy1, 12), m["screen"], depth=4, name="screen")
    glow(cv, ("rrect", sx0, sy0, sx1, sy1, 12), m["glow"], radius=8, strength=0.2)
    part(cv, ("poly", [(sx0, sy0), (sx0 + (sx1 - sx0) * 0.4, sy0), (sx0 + (sx1 - sx0) * 0.2, sy1), (sx0, sy1)]),
         (255, 255, 255, 18), outline=False, shade=0, rim=0, clip="screen")
    if m["antenna"]:
        stroke(cv, [(cx - w * 0.1, cy - h * 0.42), (cx - w * 0.16, cy - h * 0.75)], 3.2, cv.style.ink)
        stroke(cv, [(cx - w * 0.1, cy - h * 0.42), (cx - w * 0.16, cy - h * 0.75)], 1.8, m["trim"])
        glow(cv, ("ellipse", cx - w * 0.16, cy - h * 0.78, 4, 4), m["glow"], radius=6)
        part(cv, ("ellipse", cx - w * 0.16, cy - h * 0.78, 4, 4), m["glow"], line=1.2, shade=0)
    fw = (sx1 - sx0)
    return {"cx": cx, "top": sy0, "hw": fw, "hh": sy1 - sy0, "eye_y": (sy0 + sy1) / 2 - (sy1 - sy0) * 0.08,
            "eye_dx": fw * 0.2, "eye_w": fw * 0.22, "eye_h": (sy1 - sy0) * 0.36,
            "mouth_y": sy1 - (sy1 - sy0) * 0.26, "mouth_w": fw * 0.12}


def draw_mascot(cv: Canvas, c: dict, expr: dict | None = None) -> dict:
    """A rounded tooth with stubby roots, little arms, a face on the crown."""
    m = c["machine"]
    cx = SPRITE_W / 2
    top = SPRITE_H - c["build"]["height"]
    w, h = m["width"], m["height"]
    y0 = top + 20
    body = [(cx, y0 + h * 0.06), (cx + w * 0.25, y0), (cx + w * 0.47, y0 + h * 0.08), (cx + w * 0.52, y0 + h * 0.3),
            (cx + w * 0.45, y0 + h * 0.58), (cx + w * 0.36, y0 + h * 0.8), (cx + w * 0.3, y0 + h * 0.98),
            (cx + w * 0.18, y0 + h * 1.0), (cx + w * 0.1, y0 + h * 0.82), (cx, y0 + h * 0.74),
            (cx - w * 0.1, y0 + h * 0.82), (cx - w * 0.18, y0 + h * 1.0), (cx - w * 0.3, y0 + h * 0.98),
            (cx - w * 0.36, y0 + h * 0.8), (cx - w * 0.45, y0 + h * 0.58), (cx - w * 0.52, y0 + h * 0.3),
            (cx - w * 0.47, y0 + h * 0.08), (cx - w * 0.25, y0)]
    # the tooth rocks on its roots with the expression
    cv.warp = machine_tilt(expr, (cx, y0 + h), 0.8, h * 0.5)
    # arms (behind the body edge), white gloves
    for s in (-1, 1):
        S = (cx + s * w * 0.44, y0 + h * 0.5)
        E = (cx + s * w * 0.62, y0 + h * 0.6)
        W = (cx + s * w * (0.66 if s < 0 else 0.6), y0 + h * (0.76 if s < 0 else 0.42))
        if c.get("_arms") == "raise":       # both gloves up: presenting, or cheering
            E = (cx + s * w * 0.66, y0 + h * 0.42)
            W = (cx + s * w * 0.74, y0 + h * 0.16)
        part(cv, ("poly", limb([S, E, W], [16, 14, 12])), m["body"], depth=4)
        part(cv, ("ellipse", W[0], W[1], 15, 15), m["trim"], depth=4)
    part(cv, ("smooth", body), m["body"], depth=w * 0.14, name="tooth")
    # coat collar + bow tie
    if m["bowtie"] is not None:
        yb = y0 + h * 0.62
        part(cv, ("poly", [(cx, yb), (cx - 22, yb - 12), (cx - 22, yb + 12)]), m["bowtie"], depth=3)
        part(cv, ("poly", [(cx, yb), (cx + 22, yb - 12), (cx + 22, yb + 12)]), m["bowtie"], depth=3)
        part(cv, ("ellipse", cx, yb, 6, 7), shadow_of(m["bowtie"], 0.2), depth=2)
    if m["head_mirror"]:
        stroke(cv, catmull([(cx - w * 0.48, y0 + h * 0.16), (cx - w * 0.1, y0 + h * 0.05), (cx + w * 0.46, y0 + h * 0.14)],
                           closed=False), 6, shadow_of(m["trim"], 0.3), clip="tooth")
        part(cv, ("ellipse", cx - w * 0.2, y0 + h * 0.08, 20, 20), m["trim"], depth=5)
        part(cv, ("ellipse", cx - w * 0.2, y0 + h * 0.08, 7, 7), m["glow"], outline=False, shade=0)
    fw = w
    return {"cx": cx, "top": y0, "hw": fw * 0.8, "hh": h * 0.6, "eye_y": y0 + h * 0.28, "eye_dx": w * 0.17,
            "eye_w": w * 0.2, "eye_h": w * 0.17, "mouth_y": y0 + h * 0.44, "mouth_w": w * 0.12}


def draw_abstract(cv: Canvas, c: dict, expr: dict | None = None) -> dict:
    """Concentric rings and a mask-like oval: a face made of measurement."""
    m = c["machine"]
    cx = SPRITE_W / 2
    top = SPRITE_H - c["build"]["height"]
    w, h = m["width"], m["height"]
    cy = top + h / 2
    rnd = random.Random(c["seed"])
    cv.warp = machine_tilt(expr, (cx, cy), 1.0, h * 0.6)
    for k in range(m["rings"]):
        r = w * (0.5 + 0.11 * k)
        a0 = rnd.uniform(0, math.tau)
        for seg in range(3):
            a1 = a0 + seg * math.tau / 3
            pts = [(cx + math.cos(a1 + t / 20 * 1.6) * r, cy + math.sin(a1 + t / 20 * 1.6) * r * 0.96) for t in range(21)]
            stroke(cv, pts, 3.0 - k * 0.4, m["trim"], alpha=0.8 - k * 0.12)
        for t in range(24):
            a = t / 24 * math.tau
            if t % 2 == 0:
                stroke(cv, [(cx + math.cos(a) * (r - 5), cy + math.sin(a) * (r - 5)),
                            (cx + math.cos(a) * (r + 4), cy + math.sin(a) * (r + 4))], 1.6, m["trim"], alpha=0.6)
    # the mask
    mask_pts = [(cx, cy - h * 0.44), (cx + w * 0.32, cy - h * 0.34), (cx + w * 0.38, cy - h * 0.05),
                (cx + w * 0.3, cy + h * 0.26), (cx + w * 0.12, cy + h * 0.42), (cx, cy + h * 0.46),
                (cx - w * 0.12, cy + h * 0.42), (cx - w * 0.3, cy + h * 0.26), (cx - w * 0.38, cy - h * 0.05),
                (cx - w * 0.32, cy - h * 0.34)]
    part(cv, ("smooth", mask_pts), m["body"], depth=w * 0.12, name="mask", alpha=0.9)
    # wireframe
    for k in range(1, 6):
        y = cy - h * 0.44 + k * h * 0.15
        stroke(cv, [(cx - w * 0.45, y), (cx + w * 0.45, y + 2)], 1.0, m["trim"], alpha=0.45, clip="mask")
    for k in range(-3, 4):
        stroke(cv, catmull([(cx + k * w * 0.04, cy - h * 0.5), (cx + k * w * 0.1, cy), (cx + k * w * 0.05, cy + h * 0.5)],
                           closed=False), 1.0, m["trim"], alpha=0.4, clip="mask")
    # orbiting data points
    for k in range(14):
        a = rnd.uniform(0, math.tau)
        r = w * rnd.uniform(0.6, 0.95)
        x, y = cx + math.cos(a) * r, cy + math.sin(a) * r
        glow(cv, ("ellipse", x, y, 2.5, 2.5), m["glow"], radius=4, strength=0.8)
        part(cv, ("ellipse", x, y, 2.2, 2.2), m["glow"], outline=False, shade=0)
    return {"cx": cx, "top": cy - h * 0.44, "hw": w * 0.7, "hh": h * 0.8, "eye_y": cy - h * 0.06, "eye_dx": w * 0.15,
            "eye_w": w * 0.2, "eye_h": w * 0.12, "mouth_y": cy + h * 0.24, "mouth_w": w * 0.11}


def machine_tilt(expr: dict | None, pivot, k: float, size: float):
    """A machine's small equivalent of a head movement: turned about `pivot` by `k` times the
    expression's head_tilt and bobbed up or down by its head_lift (a fraction of `size`)."""
    if expr is None:
        return None
    a = math.radians(expr["head_tilt"] * k)
    dy = -expr["head_lift"] * size
    if abs(a) < 1e-9 and abs(dy) < 1e-9:
        return None
    ca, sa = math.cos(a), math.sin(a)
    px, py = pivot

    def warp(p):
        x, y = p[0] - px, p[1] - py
        return (px + x * ca - y * sa, py + x * sa + y * ca + dy)
    return warp


MACHINES = {"robot": draw_robot, "drone": draw_drone, "mascot": draw_mascot, "abstract": draw_abstract}


# --- hologram effect -----------------------------------------------------------

def hologram(img: Image.Image, fx: dict, ss: int) -> Image.Image:
    col = rgba(fx["color"])
    a = img.getchannel("A")
    lum = ImageOps.autocontrast(img.convert("L"), cutoff=1)
    dark = shadow_of(col, 0.85)[:3]
    tinted = ImageOps.colorize(lum, black=dark, mid=col[:3], white=(236, 255, 255), midpoint=110)
    tinted = tinted.convert("RGBA")
    # vertical fade towards the projector and scanlines
    w, h = img.size
    fade = Image.linear_gradient("L").resize((1, h)).point(
        lambda v: 255 if v < 150 else max(0, 255 - (v - 150) * 2)).resize((w, h))
    lines = Image.new("L", (1, h), 255)
    step = max(2, int(fx["scanlines"] * ss))
    px = lines.load()
    for y in range(0, h, step):
        for k in range(max(1, ss)):
            if y + k < h:
                px[0, y + k] = 150
    lines = lines.resize((w, h))
    alpha = ImageChops.multiply(ImageChops.multiply(a, fade), lines).point(lambda v: int(v * fx["opacity"]))
    tinted.putalpha(alpha)
    # glow behind
    g = a.resize((w // 4, h // 4)).filter(ImageFilter.GaussianBlur(fx["glow"] * ss / 4)).resize((w, h))
    glow_l = Image.new("RGBA", (w, h), col)
    glow_l.putalpha(ImageChops.multiply(g, fade).point(lambda v: int(v * 0.75)))
    out = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    out.alpha_composite(glow_l)
    out.alpha_composite(tinted)
    return out


def projector(cv: Canvas, fx: dict) -> None:
    col = fx["color"]
    cx = SPRITE_W / 2
    y = SPRITE_H - 22
    part(cv, ("poly", [(cx - 70, y), (cx + 70, y), (cx + 140, 0 + 80), (cx - 140, 80)]), with_alpha(col, 0.07),
         outline=False, shade=0, rim=0)
    glow(cv, ("ellipse", cx, y, 90, 14), col, radius=18, strength=0.8)
    part(cv, ("ellipse", cx, y + 6, 96, 18), (40, 52, 72, 255), depth=6)
    part(cv, ("ellipse", cx, y, 84, 12), col, outline=False, shade=0.3)
    part(cv, ("ellipse", cx, y, 62, 8), light_of(col, 0.6), outline=False, shade=0)


# --- entry points ------------------------------------------------------------

def prepare(c: dict) -> None:
    """Derived colours shared by every part."""
    pal = {}
    if c["kind"] == "human":
        skin = c["skin"]["tone"]
        pal["skin"] = skin
        pal["skin_shadow"] = c["skin"]["shadow"] or mix(shadow_of(skin, 0.42), (160, 70, 80, 255), 0.12)
        pal["blush"] = c["skin"]["blush"] or mix(skin, (232, 96, 110, 255), 0.55)
    else:
        m = c["machine"]
        pal.update(skin=m["body"], skin_shadow=shadow_of(m["body"]), blush=(255, 140, 160, 255), glyph=m["glow"],
                   trim=m["trim"], body=m["body"])
    c["_pal"] = pal
    c["_ink"] = c["ink"]


def render_machine(c: dict, expr: dict, target: str) -> Image.Image:
    """A machine in one expression: its body (turned a little with the expression) and its face,
    drawn under the same turn as the part that carries it."""
    cv = new_canvas(c, target)
    prepare(c)
    info = MACHINES[c["kind"]](cv, c, expr)
    facemod.FACE_STYLES[c["face"]["style"]](cv, info, expr, face_palette_machine(c))
    cv.warp = None
    return finish_image(cv.img, cv, c)


def face_palette_machine(c: dict) -> dict:
    m = c["machine"]
    fc = c["face"]
    return {"skin": m["body"], "lash": c["ink"], "iris": fc["eyes"]["color"], "brow": fc["brows"]["color"] or c["ink"],
            "lips": fc["mouth"]["color"], "teeth": fc["mouth"]["teeth"], "blush": (255, 130, 160, 255),
            "glyph": m["glow"], "lid": m["body"], "trim": m["trim"], "body": m["body"]}


class Motion:
    """How an expression carries into a person's body (expressions.json: head_tilt, head_lift,
    head_forward, shoulders, lean). Three maps from the figure as specified to the figure as drawn:
    body (shoulders raised or dropped, then the lean), head (turned about the top of the neck, lifted or
    brought forward, then the lean) and hair (like the head near it, less and less towards its ends)."""

    def __init__(self, g: G, expr: dict):
        self.g = g
        self.tilt = math.radians(expr["head_tilt"])
        fwd = expr["head_forward"]
        self.scale = 1 + 0.035 * fwd
        self.dy = -expr["head_lift"] * g.hh + 0.05 * fwd * g.hh
        self.rise = expr["shoulders"] * g.hh * 0.06
        self.lean = math.radians(expr["lean"] * 1.6)
        self.body_moves = abs(self.rise) > 1e-9 or abs(self.lean) > 1e-9
        self.moves = self.body_moves or any(abs(v) > 1e-9 for v in (self.tilt, fwd, self.dy))
        self.pivot = (g.cx, g.chin - g.hh * 0.1)
        self.foot = (g.cx, float(SPRITE_H))
        self.ya, self.yb = g.sy - g.hh * 0.3, g.chest + g.hh * 0.3
        self.hair_full, self.hair_far = g.chin + g.hh * 0.3, g.chin + g.hh * 1.8
        self._cl, self._sl = math.cos(self.lean), math.sin(self.lean)
        self._ct, self._st = math.cos(self.tilt) * self.scale, math.sin(self.tilt) * self.scale

    def _rot_lean(self, p, inv: bool = False) -> tuple:
        fx, fy = self.foot
        x, y = p[0] - fx, p[1] - fy
        sn = -self._sl if inv else self._sl
        return (fx + x * self._cl - y * sn, fy + x * sn + y * self._cl)

    def _head_local(self, p) -> tuple:
        px, py = self.pivot
        x, y = p[0] - px, p[1] - py
        return (px + x * self._ct - y * self._st, py + x * self._st + y * self._ct + self.dy)

    def body(self, p) -> tuple:
        x, y = p
        if y <= self.ya:
            y -= self.rise
        elif y < self.yb:
            y -= self.rise * (self.yb - y) / (self.yb - self.ya)
        return self._rot_lean((x, y))

    def body_inv(self, p) -> tuple:
        x, y = self._rot_lean(p, inv=True)
        ya, yb, r = self.ya, self.yb, self.rise
        if y <= ya - r:
            y += r
        elif y < yb:
            k = r / (yb - ya)
            y = (y + k * yb) / (1 + k)
        return (x, y)

    def head(self, p) -> tuple:
        return self._rot_lean(self._head_local(p))

    def hair(self, p) -> tuple:
        q = self._head_local(p)
        y = p[1]
        if y > self.hair_full:
            w = max(0.35, 1 - 0.65 * (y - self.hair_full) / (self.hair_far - self.hair_full))
            q = (p[0] + (q[0] - p[0]) * w, p[1] + (q[1] - p[1]) * w)
        return self._rot_lean(q)


def expression_pose(c: dict, name: str, stance: str | None = None) -> dict:
    """The arm pose for one expression: build.pose with build.poses[name] on top, or in a named
    stance that stance's arms (over build.pose; a stance keeps its arms in every expression)."""
    pose = dict(c["build"]["pose"])
    over = c["build"]["stances"][stance] if stance else (c["build"].get("poses") or {}).get(name)
    if over:
        pose.update({k: over[k] for k in ("left", "right") if over.get(k) is not None})
    return pose


def _clamp(v: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, v))


def stance_expression(c: dict, expr: dict, stance: str | None) -> dict:
    """An expression's body movement with the stance's posture added (the face is unchanged)."""
    if not stance:
        return expr
    st = c["build"]["stances"][stance]
    return dict(expr, lean=_clamp(expr["lean"] + st["lean"], -1, 1),
                shoulders=_clamp(expr["shoulders"] + st["shoulders"], -1, 1),
                head_tilt=_clamp(expr["head_tilt"] + st["tilt"], -15, 15),
                head_lift=_clamp(expr["head_lift"] + st["lift"], -0.2, 0.2))


def new_canvas(c: dict, target: str) -> Canvas:
    style = Style(ink=c["ink"])
    if target == "side":
        g = G(c)
        top = g.top - g.hh * 0.3
        bottom = g.sy + g.hh * 0.95
        scale = SIDE_H / (bottom - top)
        ox = g.cx - (SIDE_W / scale) / 2
        return Canvas(SIDE_W, SIDE_H, SS, style, scale=scale, ox=ox, oy=top)
    return Canvas(SPRITE_W, SPRITE_H, SS, style)


def render_person(c: dict, expressions: dict, target: str, stance: str | None = None) -> dict:
    """{expression: image}: the body is drawn once per arm pose and moved per expression (a smooth
    warp of the supersampled layer); the hair, head and face are drawn per expression in vectors."""
    prepare(c)
    g = G(c)
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
        m = Motion(g, expr)
        cv = new_canvas(c, target)
        cv.warp = m.hair if m.moves else None
        draw_back_hair(cv, c, g)
        cv.warp = None
        cv.img.alpha_composite(warp_image(bcv, bcv.img, m.body_inv) if m.body_moves else bcv.img)
        chin_joints = {}
        if chin:
            # arms that reach the face follow the head; the other arm is drawn after, on top
            for sd in chin:
                S, E, W = arm_joints(g, sd, "chin")
                chin_joints[sd] = (m.body(S), m.body(E), m.head(W)) if m.moves else (S, E, W)
                draw_arm(cv, c, g, sd, "chin", chin_joints[sd], layers=("arm",))
            cv.warp = m.body if m.body_moves else None
            for o in order:
                ps = pose["left" if o < 0 else "right"]
                if ps != "chin":
                    other = pose["right" if o < 0 else "left"]
                    draw_arm(cv, c, g, o, ps, arm_joints(g, o, ps, other), front=True)
        cv.warp = m.hair if m.moves else None
        draw_head(cv, c, g)
        draw_person_top(cv, c, g, expr)
        cv.warp = None
        for sd, joints in chin_joints.items():
            draw_arm(cv, c, g, sd, "chin", joints, layers=("hand",))
        out[name] = finish_image(cv.img, cv, c)
    return out


def finish_image(img: Image.Image, cv: Canvas, c: dict) -> Image.Image:
    fx = c["effects"]["hologram"]
    if fx is not None:
        img = hologram(img, fx, cv.ss)
        if fx["projector"]:
            base = Canvas(cv.w, cv.h, cv.ss, cv.style, cv.scale, cv.ox, cv.oy)
            projector(base, fx)
            base.img.alpha_composite(img)
            img = base.img
    return img.resize((cv.w, cv.h), Image.LANCZOS)


def render(c: dict, expressions: dict, target: str = "sprite", stance: str | None = None) -> dict:
    """{expression: RGBA image} for one character, in its default pose or a named stance."""
    if c["kind"] == "human":
        return render_person(c, expressions, target, stance)
    c["_arms"] = c["build"]["stances"][stance]["arms"] if stance else "rest"
    return {name: render_machine(c, stance_expression(c, expr, stance), target) for name, expr in expressions.items()}

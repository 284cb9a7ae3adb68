"""Where a person's body parts sit: sprite sizes, body proportions from the spec, outlines.

Everything is in world units: the sprite's own pixels before supersampling (400x640, the
floor at the bottom edge). A side image draws the same world through a scaled canvas.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..kit import Canvas, Style, mirror

Spec = dict[str, Any]               # a validated spec (or part of one) from art/characters/*.json
Point = tuple[float, float]
Color = tuple[int, ...]             # (r, g, b, a)
# a shape for kit.part: ("poly" | "smooth", points), ("ellipse", x, y, rx, ry), ("cut", shape), ...
Shape = tuple[Any, ...]
Warp = Callable[[Point], Point]      # a world -> world map (Canvas.warp)

SPRITE_W, SPRITE_H = 400, 640
SIDE_W, SIDE_H = 240, 260
# Drawn at three times the size and scaled down at the end: smooth outlines without
# anti-aliasing every primitive.
SUPERSAMPLE = 3


class BodyGeometry:
    """Body proportions (world units) from the build section.

    head_h, head_w: the head's height and width; shoulder_y: the shoulder line;
    shoulder_half, waist_half, hip_half: half widths; arm_w: the upper arm's width.
    """

    cx: float
    height: float
    top: float
    head_h: float
    head_w: float
    chin: float
    neck_w: float
    shoulder_y: float
    shoulder_half: float
    chest: float
    waist: float
    hip: float
    waist_half: float
    hip_half: float
    arm_w: float
    eye_y: float

    def __init__(self, c: Spec) -> None:
        b = c["build"]
        fc = c.get("face") or {}
        self.cx = SPRITE_W / 2
        self.height = b["height"]
        self.top = SPRITE_H - self.height
        self.head_h = 136 * b["head"] * (1.06 if fc.get("shape") == "long" else 1.0)
        self.head_w = self.head_h * 0.80 * fc.get("width",
                                                  1.0) * (1.05 if fc.get("shape") in ("round",
                                                                                      "square") else 1.0)
        self.chin = self.top + self.head_h
        self.neck_w = self.head_w * 0.36 * b["neck"]
        self.shoulder_y = self.chin + self.head_h * 0.24
        self.shoulder_half = self.head_w * 0.92 * b["shoulders"]
        self.chest = self.shoulder_y + self.head_h * 0.55
        self.waist = self.shoulder_y + self.head_h * 1.6
        self.hip = self.waist + self.head_h * 0.6
        self.waist_half = self.shoulder_half * 0.70 * b["waist"]
        self.hip_half = self.shoulder_half * 0.80 * b["hips"]
        self.arm_w = self.shoulder_half * 0.27 * b["arms"]
        self.eye_y = self.top + self.head_h * 0.56



def head_outline(g: BodyGeometry, shape: str, jaw: float) -> list[Point]:
    """The head's outline for a face shape (oval, round, square, long, heart); `jaw` widens the jaw."""
    cx, t, hw, hh = g.cx, g.top, g.head_w, g.head_h
    cheek = {"oval": 0.49, "round": 0.5, "square": 0.5, "long": 0.46, "heart": 0.49}[shape]
    jw = {"oval": 0.33, "round": 0.38, "square": 0.41, "long": 0.31, "heart": 0.26}[shape] * jaw
    chin = {"oval": 0.13, "round": 0.17, "square": 0.2, "long": 0.12, "heart": 0.08}[shape]
    right = [(cx + hw * 0.3, t + hh * 0.02), (cx + hw * 0.47, t + hh * 0.17), (cx + hw * 0.505, t + hh * 0.4),
             (cx + hw * cheek, t + hh * 0.62), (cx + hw * jw * 1.2, t + hh * 0.8),
             (cx + hw * chin, t + hh * 0.97)]
    left = mirror(right[::-1], cx)
    return [(cx, t - hh * 0.01)] + right + [(cx, t + hh * 1.0)] + left


def torso_outline(g: BodyGeometry, widen: float = 0.0, bottom: float = SPRITE_H + 30,
                  hem: float | None = None) -> list[Point]:
    """A garment's outline over the torso, `widen` units wider each side, down to `hem` (else off
    the bottom edge)."""
    cx = g.cx
    w = widen
    right = [(cx + g.neck_w * 0.55 + w * 0.3, g.shoulder_y - g.head_h * 0.08),
             (cx + g.shoulder_half * 0.62 + w, g.shoulder_y - g.head_h * 0.01),
             (cx + g.shoulder_half + w, g.shoulder_y + g.head_h * 0.14),
             (cx + g.shoulder_half * 0.96 + w, g.chest + g.head_h * 0.1),
             (cx + g.waist_half + w, g.waist),
             (cx + g.hip_half + w, g.hip),
             (cx + g.hip_half * 1.03 + w, bottom if hem is None else hem)]
    if hem is not None and hem <= g.hip:  # ends above the hips (a tucked top): no hip point,
        right[-2:] = [(cx + g.waist_half * 0.96 + w, hem)]  # or the outline loops back up into two bulges
    return right + mirror(right[::-1], cx)


def new_canvas(c: Spec, target: str) -> Canvas:
    """A blank canvas for a sprite, or for a side image framed on the head and shoulders."""
    style = Style(ink=c["ink"])
    if target == "side":
        g = BodyGeometry(c)
        top = g.top - g.head_h * 0.3
        bottom = g.shoulder_y + g.head_h * 0.95
        scale = SIDE_H / (bottom - top)
        ox = g.cx - (SIDE_W / scale) / 2
        return Canvas(SIDE_W, SIDE_H, SUPERSAMPLE, style, scale=scale, ox=ox, oy=top)
    return Canvas(SPRITE_W, SPRITE_H, SUPERSAMPLE, style)

"""Things a person holds (tablet, phone, clipboard, mug, vial, ...), and where the hand grips them."""

from __future__ import annotations

from ..kit import Canvas, bezier, glow, light_of, part, shadow_of, stroke
from .geometry import BodyGeometry, Point, Spec


def draw_item(cv: Canvas, item: Spec, at: Point, unit: float) -> None:
    """A held item centred at `at`; `unit` is one 124th of the holder's head height."""
    t = item["type"]
    if t == "none":
        return
    x, y = at
    col, acc = item["color"], item["accent"]
    u = unit
    if t in ("tablet", "phone"):
        w, h = (58 * u, 78 * u) if t == "tablet" else (24 * u, 44 * u)
        pts = [(x - w / 2, y - h * 0.62), (x + w / 2, y - h * 0.7), (x + w / 2 + 4 * u, y + h * 0.3),
               (x - w / 2 + 4 * u, y + h * 0.38)]
        part(cv, ("smooth", pts) if False else ("poly", pts), col, shade=0.6)
        inner = [(px + (x - px) * 0.16, py + (y - h * 0.16 - py) * 0.12) for px, py in pts]
        part(cv, ("poly", inner), acc, outline=False, shade=0, rim=0, name="screen")
        glow(cv, ("poly", inner), acc, radius=8 * u, strength=0.25)
        for k in range(3):
            yy = y - h * 0.35 + k * h * 0.17
            stroke(cv, [(x - w * 0.25, yy), (x + w * (0.1 + 0.1 * k), yy - 2 * u)], 2.5 * u,
                   light_of(acc, 0.7),
                   alpha=0.8, clip="screen")
    elif t in ("clipboard", "notebook"):
        w, h = 62 * u, 82 * u
        pts = [(x - w / 2, y - h * 0.6), (x + w / 2, y - h * 0.66), (x + w / 2 + 3 * u, y + h * 0.36),
               (x - w / 2 + 3 * u, y + h * 0.42)]
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
        part(cv, ("ellipse", x + 22 * u, y - 4 * u, 5 * u, 7 * u), (0, 0, 0, 0), outline=False, shade=0,
             rim=0)
        part(cv, ("rrect", x - 18 * u, y - 26 * u, x + 20 * u, y + 20 * u, 6 * u), col)
        part(cv, ("ellipse", x + 1 * u, y - 24 * u, 17 * u, 5 * u), acc, outline=False, shade=0)
    elif t == "vial":
        part(cv, ("rrect", x - 7 * u, y - 46 * u, x + 7 * u, y + 6 * u, 7 * u), (220, 240, 250, 170),
             shade=0.3)
        glow(cv, ("rrect", x - 6 * u, y - 26 * u, x + 6 * u, y + 4 * u, 6 * u), acc, radius=10 * u,
             strength=0.5)
        part(cv, ("rrect", x - 6 * u, y - 26 * u, x + 6 * u, y + 5 * u, 6 * u), acc, outline=False, shade=0.5)
        part(cv, ("rrect", x - 8 * u, y - 54 * u, x + 8 * u, y - 44 * u, 2 * u), col)
    elif t == "watering_can":
        part(cv, ("poly", [(x + 16 * u, y - 8 * u), (x + 58 * u, y - 40 * u), (x + 62 * u, y - 34 * u),
                           (x + 22 * u, y + 6 * u)]), col)
        part(cv, ("rrect", x - 24 * u, y - 20 * u, x + 24 * u, y + 34 * u, 8 * u), col)
        stroke(cv, bezier((x - 18 * u, y - 18 * u), (x, y - 48 * u), (x + 18 * u, y - 18 * u)), 5 * u,
               shadow_of(col, 0.5))
        stroke(cv, [(x - 24 * u, y + 2 * u), (x + 24 * u, y + 2 * u)], 3 * u, acc, alpha=0.9)
    elif t == "radio":
        part(cv, ("rrect", x - 34 * u, y - 24 * u, x + 34 * u, y + 22 * u, 6 * u), col)
        stroke(cv, [(x + 20 * u, y - 24 * u), (x + 42 * u, y - 70 * u)], 2.5 * u, cv.style.ink)
        part(cv, ("ellipse", x - 14 * u, y, 13 * u, 13 * u), shadow_of(col, 0.5), shade=0.2)
        for k in range(4):
            stroke(cv, [(x - 24 * u, y - 8 * u + k * 6 * u), (x - 4 * u, y - 8 * u + k * 6 * u)], 1.6 * u,
                   light_of(col, 0.3))
        part(cv, ("rrect", x + 6 * u, y - 14 * u, x + 28 * u, y - 2 * u, 2 * u), acc, line=1.0)
        part(cv, ("ellipse", x + 18 * u, y + 10 * u, 5 * u, 5 * u), acc, line=1.0)
    elif t == "tray":
        part(cv, ("rrect", x - 60 * u, y - 6 * u, x + 60 * u, y + 6 * u, 3 * u), col)
        part(cv, ("rrect", x - 40 * u, y - 30 * u, x - 16 * u, y - 6 * u, 4 * u), (236, 246, 250, 220),
             shade=0.4)
        part(cv, ("ellipse", x - 28 * u, y - 30 * u, 12 * u, 3 * u), acc, outline=False)
        for k in range(3):
            xx = x + 2 * u + k * 12 * u
            stroke(cv, [(xx, y - 7 * u), (xx + 4 * u, y - 40 * u)], 3 * u, (200, 210, 222, 255))
            stroke(cv, [(xx + 4 * u, y - 40 * u), (xx + 5 * u, y - 44 * u)], 4 * u, acc)


# where a held item sits so that the fingers wrap over it: (distance of its centre from the wrist
# towards the body in hand lengths, plus in item units; height above the wrist in hand lengths plus
# item units). Flat things are held by their outer edge, small ones round the middle.
ITEM_GRIP = {"tablet": (0.4, 29, 0.1, 15), "phone": (0.52, 0, 0.1, 6), "clipboard": (0.4, 31, 0.1, 14),
             "notebook": (0.4, 31, 0.1, 14), "mug": (0.55, 0, 0.1, 2), "vial": (0.5, 0, 0.1, -16),
             "watering_can": (0.3, 24, 0.1, 6), "radio": (0.4, 34, 0.1, 2), "tray": (0.5, 0, 0.1, 0)}


def item_anchor(kind: str, wrist: Point, side: int, hs: float, g: BodyGeometry) -> Point:
    u = g.head_h / 124
    ax, bx, ay, by = ITEM_GRIP[kind]
    return (wrist[0] - side * (ax * hs + bx * u), wrist[1] - ay * hs - by * u)

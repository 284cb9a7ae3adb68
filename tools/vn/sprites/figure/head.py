"""The head: ears, skin, shading, nose, age lines, freckles, facial hair; then, per expression,
the face (drawn by face.py), the front hair and the head accessories."""

from __future__ import annotations

import math
import random

from .. import face as facemod
from ..kit import Canvas, catmull, ellipse_pts, glow, part, shadow_of, stroke, with_alpha
from .geometry import BodyGeometry, Point, Shape, Spec, head_outline
from .hair import draw_front_hair
from .palette import face_palette


def draw_head(cv: Canvas, c: Spec, g: BodyGeometry) -> None:
    """Ears, the head, its shading, nose, lines, freckles and facial hair (the face comes per expression)."""
    pal = c["_pal"]
    skin, skin_sh = pal["skin"], pal["skin_shadow"]
    h = c["hair"]
    cx = g.cx
    fc = c["face"]
    for s in (-1, 1):
        ex = cx + s * g.head_w * 0.49
        part(cv, ("ellipse", ex, g.eye_y + g.head_h * 0.06, g.head_w * 0.085, g.head_h * 0.105), skin,
             shade_color=skin_sh, depth=4)
        stroke(cv, [(ex - s * 1, g.eye_y), (ex + s * 2.5, g.eye_y + g.head_h * 0.08)], 1.4, skin_sh,
               alpha=0.8)
    hp = head_outline(g, fc["shape"], fc["jaw"])
    part(cv, ("smooth", hp), skin, shade_color=skin_sh, name="head", depth=g.head_w * 0.11, shade=0.6)
    # soft shadow under the fringe and the cheek blush
    part(cv, ("ellipse", cx + g.head_w * 0.05, g.top + g.head_h * 0.12, g.head_w * 0.6, g.head_h * 0.2),
         skin_sh, outline=False, shade=0,
         rim=0, clip="head", alpha=0.3)
    for s in (-1, 1):
        glow(cv, ("ellipse", cx + s * g.head_w * 0.27, g.eye_y + g.head_h * 0.16, g.head_w * 0.1,
                  g.head_h * 0.04), pal["blush"],
             radius=g.head_w * 0.07, strength=0.22 + 0.3 * fc["blush"])
    # nose: a shadow on the side away from the light
    ny = g.top + g.head_h * 0.73
    nose = fc["nose"]
    nl = {"small": 0.09, "button": 0.07, "long": 0.14, "broad": 0.11}[nose]
    nwid = {"small": 0.07, "button": 0.08, "long": 0.07, "broad": 0.11}[nose]
    stroke(cv, catmull([(cx + g.head_w * 0.03, ny - g.head_h * nl),
                        (cx + g.head_w * 0.05, ny - g.head_h * 0.02),
                        (cx + g.head_w * 0.01, ny + g.head_h * 0.01)], closed=False), 1.5, skin_sh,
           alpha=0.85)
    stroke(cv, catmull([(cx - g.head_w * nwid, ny - g.head_h * 0.005),
                        (cx - g.head_w * nwid * 0.4, ny + g.head_h * 0.018),
                        (cx + g.head_w * nwid * 0.4, ny + g.head_h * 0.018),
                        (cx + g.head_w * nwid, ny - g.head_h * 0.005)],
                       closed=False), 1.3, skin_sh, alpha=0.7)
    if fc["age"] > 0:
        a = fc["age"]
        for s in (-1, 1):
            stroke(cv, catmull([(cx + s * g.head_w * 0.12, ny - g.head_h * 0.01),
                                (cx + s * g.head_w * 0.17, ny + g.head_h * 0.05),
                                (cx + s * g.head_w * 0.16, ny + g.head_h * 0.11)], closed=False), 1.3,
                   skin_sh, alpha=0.6 * a)
            ex = cx + s * (g.head_w * 0.2 + g.head_w * 0.16 * fc["eyes"]["size"] * 0.5 + g.head_w * 0.05)
            for k in range(2):
                stroke(cv, [(ex, g.eye_y + (k - 0.5) * g.head_h * 0.04),
                            (ex + s * g.head_w * 0.06, g.eye_y + (k - 0.5) * g.head_h * 0.07)],
                       1.0, skin_sh, alpha=0.55 * a)
        stroke(cv, catmull([(cx - g.head_w * 0.18, g.top + g.head_h * 0.3), (cx, g.top + g.head_h * 0.285),
                            (cx + g.head_w * 0.18, g.top + g.head_h * 0.3)], closed=False), 1.0, skin_sh,
               alpha=0.4 * a)
    if fc["freckles"]:
        rnd = random.Random(c["seed"])
        for s in (-1, 1):
            for _ in range(9):
                fx = cx + s * g.head_w * rnd.uniform(0.12, 0.33)
                fy = g.eye_y + g.head_h * rnd.uniform(0.1, 0.2)
                part(cv, ("ellipse", fx, fy, 1.1, 1.1), skin_sh, outline=False, shade=0, rim=0, alpha=0.8)
    fh = fc["facial_hair"]
    if fh != "none":
        fhc = fc["facial_hair_color"] or h["color"]
        my = g.top + g.head_h * 0.845
        if fh == "stubble":
            part(cv, ("smooth", [(cx - g.head_w * 0.42, g.eye_y + g.head_h * 0.2),
                                 (cx - g.head_w * 0.3, g.chin - g.head_h * 0.1),
                                 (cx, g.chin + 2), (cx + g.head_w * 0.3, g.chin - g.head_h * 0.1),
                                 (cx + g.head_w * 0.42, g.eye_y + g.head_h * 0.2),
                                 (cx + g.head_w * 0.2, my - g.head_h * 0.02), (cx, my - g.head_h * 0.06),
                                 (cx - g.head_w * 0.2, my - g.head_h * 0.02)]),
                 fhc, outline=False, shade=0, rim=0, clip="head", alpha=0.22)
        if fh in ("beard", "goatee", "mustache"):
            if fh == "beard":
                beard = [(cx - g.head_w * 0.49, g.eye_y + g.head_h * 0.1),
                         (cx - g.head_w * 0.42, g.chin - g.head_h * 0.1),
                         (cx - g.head_w * 0.2, g.chin + g.head_h * 0.08), (cx, g.chin + g.head_h * 0.12),
                         (cx + g.head_w * 0.2, g.chin + g.head_h * 0.08),
                         (cx + g.head_w * 0.42, g.chin - g.head_h * 0.1),
                         (cx + g.head_w * 0.49, g.eye_y + g.head_h * 0.1),
                         (cx + g.head_w * 0.38, g.eye_y + g.head_h * 0.22),
                         (cx + g.head_w * 0.26, my + g.head_h * 0.02),
                         (cx, my + g.head_h * 0.1), (cx - g.head_w * 0.26, my + g.head_h * 0.02),
                         (cx - g.head_w * 0.38, g.eye_y + g.head_h * 0.22)]
                part(cv, ("smooth", beard), fhc, depth=5)
            if fh == "goatee":
                part(cv, ("smooth", [(cx - g.head_w * 0.12, my + g.head_h * 0.05),
                                     (cx + g.head_w * 0.12, my + g.head_h * 0.05),
                                     (cx + g.head_w * 0.09, g.chin + g.head_h * 0.02),
                                     (cx, g.chin + g.head_h * 0.06),
                                     (cx - g.head_w * 0.09, g.chin + g.head_h * 0.02)]), fhc, depth=3)



def draw_head_accessory(cv: Canvas, a: Spec, g: BodyGeometry, f: Spec) -> None:
    cx, t, col, acc = g.cx, a["type"], a["color"], a["accent"]
    ey, dx, ew = f["eye_y"], f["eye_dx"], f["eye_w"]
    if t in ("glasses", "loupes"):
        shape = a["shape"]
        for s in (-1, 1):
            ex = cx + s * dx
            w, h = ew * 0.78, ew * (0.55 if shape != "round" else 0.7)
            sh: Shape
            if shape == "round":
                sh = ("ellipse", ex, ey + 1, w, h)
            else:
                sh = ("rrect", ex - w, ey - h + 1, ex + w, ey + h + 1, h * (0.5 if shape == "soft" else 0.25))
            part(cv, sh, (220, 240, 255, 40), outline=True, line=2.0, ink=col, shade=0, rim=0)
            stroke(cv, [(ex - w * 0.5, ey - h * 0.4), (ex - w * 0.1, ey - h * 0.7)], 1.6,
                   (255, 255, 255, 255), alpha=0.55)
            stroke(cv, [(ex + s * w, ey - h * 0.4), (cx + s * g.head_w * 0.5, ey - h * 0.2)], 2.0, col)
            if t == "loupes":
                part(cv, ("ellipse", ex, ey + h * 0.35, w * 0.45, w * 0.45), acc, line=1.6)
                part(cv, ("ellipse", ex, ey + h * 0.35, w * 0.28, w * 0.28), (40, 70, 90, 255), outline=False,
                     shade=0)
        stroke(cv, catmull([(cx - dx + ew * 0.75, ey - 1), (cx, ey - ew * 0.2),
                            (cx + dx - ew * 0.75, ey - 1)], closed=False),
               2.0, col)
    elif t == "earrings":
        for s in (-1, 1):
            x, y = cx + s * g.head_w * 0.5, ey + g.head_h * 0.17
            if a["shape"] == "hoop":
                stroke(cv, ellipse_pts(x, y + 6, 5, 7, 20), 1.8, col, closed=True)
            else:
                part(cv, ("ellipse", x, y + 3, 3.6, 3.6), col, line=1.1)
    elif t in ("earpiece", "headset"):
        x, y = cx + g.head_w * 0.5, ey + g.head_h * 0.05
        part(cv, ("rrect", x - 5, y - 10, x + 7, y + 12, 5), col, line=1.5)
        glow(cv, ("ellipse", x + 1, y - 2, 2.5, 2.5), acc, radius=4, strength=0.9)
        part(cv, ("ellipse", x + 1, y - 2, 2.2, 2.2), acc, outline=False, shade=0)
        if t == "headset":
            stroke(cv, catmull([(x, y + 10), (x - g.head_w * 0.1, g.top + g.head_h * 0.9),
                                (cx + g.head_w * 0.12, g.top + g.head_h * 0.86)],
                               closed=False), 2.2, col)
    elif t in ("vr_headset", "goggles"):
        y = g.top + g.head_h * 0.04
        if t == "vr_headset":
            stroke(cv, [(cx - g.head_w * 0.56, y + g.head_h * 0.12),
                        (cx + g.head_w * 0.56, y + g.head_h * 0.12)], 5, shadow_of(col, 0.4))
            part(cv, ("rrect", cx - g.head_w * 0.42, y - g.head_h * 0.07, cx + g.head_w * 0.42,
                      y + g.head_h * 0.18, g.head_h * 0.08), col, depth=5)
            part(cv, ("rrect", cx - g.head_w * 0.36, y - g.head_h * 0.03, cx + g.head_w * 0.36,
                      y + g.head_h * 0.12, g.head_h * 0.05), acc,
                 outline=False, shade=0.4, name="visor")
            stroke(cv, [(cx - g.head_w * 0.3, y), (cx - g.head_w * 0.1, y)], 2.0, (255, 255, 255, 255),
                   alpha=0.6, clip="visor")
        else:
            stroke(cv, [(cx - g.head_w * 0.56, y + g.head_h * 0.12),
                        (cx + g.head_w * 0.56, y + g.head_h * 0.12)], 4, shadow_of(col, 0.4))
            for s in (-1, 1):
                part(cv, ("ellipse", cx + s * g.head_w * 0.2, y + g.head_h * 0.08, g.head_w * 0.16,
                          g.head_h * 0.11), col, depth=4)
                part(cv, ("ellipse", cx + s * g.head_w * 0.2, y + g.head_h * 0.08, g.head_w * 0.11,
                          g.head_h * 0.075), acc,
                     outline=False, shade=0.3)
    elif t == "visor":
        y = ey
        part(cv, ("rrect", cx - g.head_w * 0.55, y - g.head_h * 0.09, cx + g.head_w * 0.55,
                  y + g.head_h * 0.08, g.head_h * 0.06),
             with_alpha(acc, 0.45), outline=True, line=1.6, ink=col, shade=0, rim=0)
        stroke(cv, [(cx - g.head_w * 0.4, y - g.head_h * 0.04), (cx - g.head_w * 0.15, y - g.head_h * 0.04)],
               1.6, (255, 255, 255, 255),
               alpha=0.5)
    elif t in ("beanie", "headscarf", "cap"):
        top = g.top
        if t == "beanie":
            part(cv, ("smooth", [(cx - g.head_w * 0.6, top + g.head_h * 0.28),
                                 (cx - g.head_w * 0.55, top - g.head_h * 0.08),
                                 (cx, top - g.head_h * 0.2), (cx + g.head_w * 0.55, top - g.head_h * 0.08),
                                 (cx + g.head_w * 0.6, top + g.head_h * 0.28)]),
                 col, depth=8)
            part(cv, ("rrect", cx - g.head_w * 0.62, top + g.head_h * 0.14, cx + g.head_w * 0.62,
                      top + g.head_h * 0.3, 5), acc or shadow_of(col, 0.2),
                 depth=4)
        elif t == "headscarf":
            part(cv, ("smooth", [(cx - g.head_w * 0.62, top + g.head_h * 0.36),
                                 (cx - g.head_w * 0.58, top - g.head_h * 0.06),
                                 (cx, top - g.head_h * 0.16), (cx + g.head_w * 0.58, top - g.head_h * 0.06),
                                 (cx + g.head_w * 0.62, top + g.head_h * 0.36),
                                 (cx + g.head_w * 0.45, top + g.head_h * 0.2), (cx, top + g.head_h * 0.1),
                                 (cx - g.head_w * 0.45, top + g.head_h * 0.2)]),
                 col, depth=8, name="scarfhead")
            for k in range(5):
                part(cv, ("ellipse", cx - g.head_w * 0.4 + k * g.head_w * 0.2,
                          top + g.head_h * 0.02 + (k % 2) * g.head_h * 0.08, 3.5, 3.5),
                     acc, outline=False, shade=0, clip="scarfhead")
            part(cv, ("smooth", [(cx + g.head_w * 0.5, top + g.head_h * 0.05),
                                 (cx + g.head_w * 0.78, top - g.head_h * 0.05),
                                 (cx + g.head_w * 0.72, top + g.head_h * 0.12)]), col, depth=3)
        else:
            part(cv, ("smooth", [(cx - g.head_w * 0.6, top + g.head_h * 0.2),
                                 (cx - g.head_w * 0.5, top - g.head_h * 0.12),
                                 (cx + g.head_w * 0.5, top - g.head_h * 0.12),
                                 (cx + g.head_w * 0.6, top + g.head_h * 0.2)]), col, depth=6)
            part(cv, ("smooth", [(cx - g.head_w * 0.62, top + g.head_h * 0.16),
                                 (cx + g.head_w * 0.7, top + g.head_h * 0.16),
                                 (cx + g.head_w * 0.85, top + g.head_h * 0.24),
                                 (cx - g.head_w * 0.55, top + g.head_h * 0.26)]), acc or col, depth=3)
    elif t == "pencil":
        x, y = cx + g.head_w * 0.52, ey - g.head_h * 0.02
        stroke(cv, [(x - 6, y - 16), (x + 14, y + 20)], 5.4, cv.style.ink)
        stroke(cv, [(x - 6, y - 16), (x + 14, y + 20)], 3.6, col)
        stroke(cv, [(x + 12, y + 16), (x + 14, y + 20)], 3.4, acc)
    elif t == "hair_clip":
        x, y = cx + g.head_w * 0.3, g.top + g.head_h * 0.12
        part(cv, ("rrect", x - 12, y - 4, x + 12, y + 4, 3, ), col, line=1.4)
    elif t == "flower":
        x, y = cx - g.head_w * 0.42, g.top + g.head_h * 0.12
        for k in range(5):
            ang = k * math.tau / 5
            part(cv, ("ellipse", x + math.cos(ang) * 6, y + math.sin(ang) * 6, 5, 5), col, line=1.2,
                 shade=0.4)
        part(cv, ("ellipse", x, y, 3.5, 3.5), acc, line=1.0)
    elif t == "head_mirror":
        x, y = cx + g.head_w * 0.1, g.top + g.head_h * 0.04
        stroke(cv, [(cx - g.head_w * 0.5, y + g.head_h * 0.08), (cx + g.head_w * 0.5, y + g.head_h * 0.08)],
               5, shadow_of(col, 0.3))
        part(cv, ("ellipse", x, y, g.head_w * 0.15, g.head_w * 0.15), col, depth=4)
        part(cv, ("ellipse", x, y, g.head_w * 0.06, g.head_w * 0.06), acc, outline=False, shade=0)


def face_geometry(c: Spec, g: BodyGeometry) -> Spec:
    fc = c["face"]
    ew = g.head_w * 0.215 * fc["eyes"]["size"]
    ratio = {"round": 0.78, "almond": 0.6, "narrow": 0.46, "droopy": 0.58}[fc["eyes"]["shape"]]
    tilt = {"round": 0.0, "almond": 0.12, "narrow": 0.1, "droopy": -0.14}[fc["eyes"]["shape"]]
    return {"cx": g.cx, "top": g.top, "hw": g.head_w, "hh": g.head_h, "eye_y": g.eye_y,
            "eye_dx": g.head_w * 0.215 * fc["eyes"]["spacing"], "eye_w": ew, "eye_h": ew * ratio,
            "eye_tilt": tilt,
            "iris": 1.0, "lashes": fc["eyes"]["lashes"], "brow_y": g.eye_y - g.head_h * 0.115,
            "brow_thick": fc["brows"]["thickness"], "brow_arch": fc["brows"]["arch"],
            "mouth_y": g.top + g.head_h * 0.845, "mouth_w": g.head_w * 0.135 * fc["mouth"]["width"]}




def draw_head_front(cv: Canvas, c: Spec, g: BodyGeometry, expr: Spec) -> None:
    f = face_geometry(c, g)
    fp = face_palette(c)
    facemod.FACE_STYLES[c["face"]["style"]](cv, f, expr, fp)
    mustache = mustache_shapes(c, g)
    if mustache:
        part(cv, mustache, c["face"]["facial_hair_color"] or c["hair"]["color"], depth=3, line=1.6)
    draw_front_hair(cv, c["hair"], g)
    for a in c["accessories"]:
        if a["type"] in HEAD_ACCESSORIES:
            draw_head_accessory(cv, a, g, f)


HEAD_ACCESSORIES = {"glasses", "loupes", "earrings", "earpiece", "headset", "vr_headset", "goggles", "visor",
                    "beanie",
            "headscarf", "cap", "pencil", "hair_clip", "flower", "head_mirror"}


def mustache_shapes(c: Spec, g: BodyGeometry) -> list[tuple[str, list[Point]]] | None:
    """The moustache drawn over the mouth (a beard and a goatee come with one), or None."""
    if c["face"]["facial_hair"] not in ("beard", "goatee", "mustache"):
        return None
    cx = g.cx
    my = g.top + g.head_h * 0.845
    return [("smooth", [(cx - g.head_w * 0.2, my - g.head_h * 0.005),
                        (cx - g.head_w * 0.1, my - g.head_h * 0.07),
                                  (cx, my - g.head_h * 0.06), (cx + g.head_w * 0.1, my - g.head_h * 0.07),
                                  (cx + g.head_w * 0.2, my - g.head_h * 0.005), (cx, my - g.head_h * 0.03)])]

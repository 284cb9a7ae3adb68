"""Clothing on the torso: neck, trousers or skirt, the top, the outer garment, body accessories."""

from __future__ import annotations

from ..kit import Canvas, catmull, light_of, part, shadow_of, stroke
from .geometry import SPRITE_H, BodyGeometry, Shape, Spec, torso_outline


def draw_torso(cv: Canvas, c: Spec, g: BodyGeometry) -> None:
    """Neck, trousers, top, outer garment and body accessories (the arms come separately)."""
    pal = c["_pal"]
    skin, skin_sh = pal["skin"], pal["skin_shadow"]
    cx = g.cx
    clo = c["clothing"]
    top, outer = clo["top"], clo["outer"]
    # neck and upper chest skin
    nw = g.neck_w
    neck = [(cx - nw / 2, g.chin - g.head_h * 0.25), (cx + nw / 2, g.chin - g.head_h * 0.25),
            (cx + nw * 0.55, g.shoulder_y - g.head_h * 0.06),
            (cx + g.shoulder_half * 0.7, g.shoulder_y + g.head_h * 0.05),
            (cx + g.shoulder_half * 0.5, g.chest + g.head_h * 0.2),
            (cx - g.shoulder_half * 0.5, g.chest + g.head_h * 0.2),
            (cx - g.shoulder_half * 0.7, g.shoulder_y + g.head_h * 0.05),
            (cx - nw * 0.55, g.shoulder_y - g.head_h * 0.06)]
    part(cv, ("poly", neck), skin, shade_color=skin_sh, name="neck", depth=nw * 0.25)
    part(cv, ("poly", [(cx - nw, g.chin - g.head_h * 0.3), (cx + nw, g.chin - g.head_h * 0.3),
                       (cx + nw, g.chin + g.head_h * 0.1),
                       (cx, g.chin + g.head_h * 0.18), (cx - nw, g.chin + g.head_h * 0.1)]),
         skin_sh, outline=False, shade=0, rim=0, clip="neck", alpha=0.8)
    # trousers / skirt
    bottom = clo["bottom"]
    pants = [(cx - g.waist_half * 1.02, g.waist), (cx + g.waist_half * 1.02, g.waist),
             (cx + g.hip_half * 1.02, g.hip),
             (cx + g.hip_half * 1.05, SPRITE_H + 30), (cx + 4, SPRITE_H + 30), (cx, g.hip + g.head_h * 0.55),
             (cx - 4, SPRITE_H + 30), (cx - g.hip_half * 1.05, SPRITE_H + 30),
             (cx - g.hip_half * 1.02, g.hip)]
    if bottom["type"] == "skirt":
        pants = [(cx - g.waist_half * 1.02, g.waist), (cx + g.waist_half * 1.02, g.waist),
                 (cx + g.hip_half * 1.1, g.hip),
                 (cx + g.hip_half * 1.25, SPRITE_H + 30), (cx - g.hip_half * 1.25, SPRITE_H + 30),
                 (cx - g.hip_half * 1.1, g.hip)]
    part(cv, ("poly", pants), bottom["color"], depth=g.hip_half * 0.3, name="pants")
    if bottom["type"] == "trousers":
        stroke(cv, [(cx + g.hip_half * 0.45, g.hip + g.head_h * 0.15), (cx + g.hip_half * 0.5, SPRITE_H)],
               1.3,
               shadow_of(bottom["color"], 0.4), alpha=0.6)
        stroke(cv, [(cx - g.hip_half * 0.45, g.hip + g.head_h * 0.15), (cx - g.hip_half * 0.5, SPRITE_H)],
               1.3,
               shadow_of(bottom["color"], 0.4), alpha=0.6)
    if bottom["belt"] is not None:
        part(cv, ("poly", [(cx - g.waist_half * 1.04, g.waist - 2), (cx + g.waist_half * 1.04, g.waist - 2),
                           (cx + g.waist_half * 1.08, g.waist + 9),
                           (cx - g.waist_half * 1.08, g.waist + 9)]), bottom["belt"], line=1.4)
        part(cv, ("rrect", cx - 9, g.waist - 3, cx + 9, g.waist + 10, 2), (214, 178, 92, 255), line=1.2)
    # top garment
    tt = top["type"]
    hem = g.waist + 6 if top["tucked"] else g.hip + g.head_h * 0.18
    body = torso_outline(g, 0, hem=hem)
    shapes: list[Shape] = [("poly", catmull(body, closed=True, steps=6))]
    neckline = {
        "crew": ("ellipse", cx, g.shoulder_y - g.head_h * 0.07, nw * 0.75, g.head_h * 0.12),
        "tshirt": ("ellipse", cx, g.shoulder_y - g.head_h * 0.07, nw * 0.8, g.head_h * 0.13),
        "sweater": ("ellipse", cx, g.shoulder_y - g.head_h * 0.08, nw * 0.72, g.head_h * 0.1),
        "hoodie": ("ellipse", cx, g.shoulder_y - g.head_h * 0.07, nw * 0.8, g.head_h * 0.12),
        "vneck": ("poly", [(cx - nw * 0.7, g.shoulder_y - g.head_h * 0.2),
                           (cx + nw * 0.7, g.shoulder_y - g.head_h * 0.2),
                           (cx, g.shoulder_y + g.head_h * 0.42)]),
        "scrubs": ("poly", [(cx - nw * 0.75, g.shoulder_y - g.head_h * 0.2),
                            (cx + nw * 0.75, g.shoulder_y - g.head_h * 0.2),
                            (cx, g.shoulder_y + g.head_h * 0.5)]),
        "shirt": ("poly", [(cx - nw * 0.6, g.shoulder_y - g.head_h * 0.2),
                           (cx + nw * 0.6, g.shoulder_y - g.head_h * 0.2),
                           (cx, g.shoulder_y + g.head_h * 0.3)]),
        "blouse": ("ellipse", cx, g.shoulder_y - g.head_h * 0.04, nw * 0.9, g.head_h * 0.15),
        "turtleneck": None,
        "bodysuit": ("ellipse", cx, g.shoulder_y - g.head_h * 0.1, nw * 0.6, g.head_h * 0.08),
    }[tt]
    if neckline is not None:
        shapes.append(("cut", neckline))
    if tt == "hoodie":
        part(cv, ("smooth", [(cx - g.shoulder_half * 0.62, g.shoulder_y + g.head_h * 0.02),
                             (cx - nw * 1.1, g.shoulder_y - g.head_h * 0.25),
                             (cx, g.shoulder_y - g.head_h * 0.2),
                             (cx + nw * 1.1, g.shoulder_y - g.head_h * 0.25),
                             (cx + g.shoulder_half * 0.62, g.shoulder_y + g.head_h * 0.02),
                             (cx, g.shoulder_y + g.head_h * 0.2)]),
             shadow_of(top["color"], 0.25))
    part(cv, shapes, top["color"], depth=g.shoulder_half * 0.28, name="top")
    acc = top["accent"]
    if tt == "turtleneck":
        part(cv, ("rrect", cx - nw * 0.68, g.chin - g.head_h * 0.12, cx + nw * 0.68,
                  g.shoulder_y + g.head_h * 0.02, nw * 0.25),
             top["color"], depth=nw * 0.3)
        for k in range(-2, 3):
            stroke(cv, [(cx + k * nw * 0.22, g.chin - g.head_h * 0.06),
                        (cx + k * nw * 0.24, g.shoulder_y - g.head_h * 0.04)], 1.0,
                   shadow_of(top["color"], 0.35), alpha=0.6)
    if tt == "shirt":
        for s in (-1, 1):
            part(cv, ("poly", [(cx + s * nw * 0.15, g.shoulder_y + g.head_h * 0.16),
                               (cx + s * nw * 0.75, g.shoulder_y - g.head_h * 0.16),
                               (cx + s * nw * 1.25, g.shoulder_y + g.head_h * 0.02),
                               (cx + s * nw * 0.5, g.shoulder_y + g.head_h * 0.24)]),
                 acc if acc else light_of(top["color"], 0.15), depth=4)
        for k in range(4):
            part(cv, ("ellipse", cx, g.shoulder_y + g.head_h * (0.42 + 0.38 * k), 2.2, 2.2),
                 shadow_of(top["color"], 0.4),
                 outline=False, shade=0)
    if tt in ("sweater", "hoodie", "tshirt", "crew"):
        stroke(cv, catmull([(cx - nw * 0.85, g.shoulder_y - g.head_h * 0.05),
                            (cx, g.shoulder_y + g.head_h * 0.1),
                            (cx + nw * 0.85, g.shoulder_y - g.head_h * 0.05)],
                           closed=False), 2.4 if tt == "sweater" else 1.6,
               acc or shadow_of(top["color"], 0.3))
    if tt == "hoodie":
        for s in (-1, 1):
            stroke(cv, [(cx + s * nw * 0.45, g.shoulder_y + g.head_h * 0.05),
                        (cx + s * nw * 0.5, g.shoulder_y + g.head_h * 0.6)], 2.2,
                   acc or light_of(top["color"], 0.5))
        part(cv, ("rrect", cx - g.waist_half * 0.75, g.waist + 4, cx + g.waist_half * 0.75,
                  g.hip + g.head_h * 0.1, 10),
             top["color"], line=1.4, depth=5)
    if tt == "scrubs":
        part(cv, ("rrect", cx + g.shoulder_half * 0.28, g.chest + 6, cx + g.shoulder_half * 0.62,
                  g.chest + g.head_h * 0.34, 3),
             top["color"], line=1.3, depth=4)
    if top["pattern"] == "stripes":
        for k in range(8):
            y = g.shoulder_y + g.head_h * 0.2 + k * g.head_h * 0.2
            stroke(cv, [(cx - g.shoulder_half * 1.2, y), (cx + g.shoulder_half * 1.2, y)], g.head_h * 0.05,
                   acc or light_of(top["color"], 0.3),
                   alpha=0.85, clip="top")
    # outer garment
    if outer is not None:
        draw_outer_garment(cv, outer, g)
    # body accessories
    for a in c["accessories"]:
        draw_body_accessory(cv, a, g, c)


def draw_outer_garment(cv: Canvas, o: Spec, g: BodyGeometry) -> None:
    cx = g.cx
    t = o["type"]
    col = o["color"]
    long_ = t in ("lab_coat",)
    hem = SPRITE_H + 30 if long_ or t in ("cardigan", "apron") else g.hip + g.head_h * 0.22
    body = torso_outline(g, 5 if t != "vest" else 2, hem=hem)
    if t in ("vest",):
        body[1] = (cx + g.shoulder_half * 0.45, g.shoulder_y)
        body[2] = (cx + g.shoulder_half * 0.72, g.shoulder_y + g.head_h * 0.35)
        body[-2] = (cx - g.shoulder_half * 0.45, g.shoulder_y)
        body[-3] = (cx - g.shoulder_half * 0.72, g.shoulder_y + g.head_h * 0.35)
    shapes: list[Shape] = [("poly", catmull(body, closed=True, steps=6))]
    nw = g.neck_w
    if t == "apron":
        shapes = [("poly", [(cx - g.shoulder_half * 0.45, g.shoulder_y + g.head_h * 0.2),
                            (cx + g.shoulder_half * 0.45, g.shoulder_y + g.head_h * 0.2),
                            (cx + g.hip_half * 0.95, g.waist), (cx + g.hip_half * 1.0, SPRITE_H + 30),
                            (cx - g.hip_half * 1.0, SPRITE_H + 30), (cx - g.hip_half * 0.95, g.waist)])]
        for s in (-1, 1):
            stroke(cv, [(cx + s * g.shoulder_half * 0.4, g.shoulder_y + g.head_h * 0.22),
                        (cx + s * nw * 0.6, g.shoulder_y - g.head_h * 0.1)], 3.0, col)
        part(cv, shapes, col, depth=g.shoulder_half * 0.25)
        return
    gap = {"lab_coat": 0.36, "blazer": 0.05, "cardigan": 0.22, "jacket": 0.12, "denim": 0.18, "vest": 0.3,
           "bomber": 0.1, "hoodie_open": 0.18}.get(t, 0.2)
    vdepth = {"lab_coat": 0.95, "blazer": 1.25, "cardigan": 1.1, "jacket": 0.35, "denim": 0.4, "vest": 1.0,
              "bomber": 0.25, "hoodie_open": 0.3}.get(t, 0.8)
    vy = g.shoulder_y + g.head_h * vdepth
    if o["open"]:
        opening = [(cx - nw * 0.9, g.shoulder_y - g.head_h * 0.3),
                   (cx + nw * 0.9, g.shoulder_y - g.head_h * 0.3), (cx + g.waist_half * gap, vy),
                   (cx + g.waist_half * gap * 1.1, SPRITE_H + 40),
                   (cx - g.waist_half * gap * 1.1, SPRITE_H + 40), (cx - g.waist_half * gap, vy)]
        if t == "blazer":
            opening = [(cx - nw * 0.9, g.shoulder_y - g.head_h * 0.3),
                       (cx + nw * 0.9, g.shoulder_y - g.head_h * 0.3), (cx, vy)]
            opening2 = [(cx, g.hip - g.head_h * 0.1), (cx + g.hip_half * 0.45, g.hip + g.head_h * 0.3),
                        (cx - g.hip_half * 0.45, g.hip + g.head_h * 0.3)]
            shapes.append(("cut", ("poly", opening2)))
        shapes.append(("cut", ("poly", opening)))
    else:
        shapes.append(("cut", ("ellipse", cx, g.shoulder_y - g.head_h * 0.07, nw * 0.78, g.head_h * 0.12)))
    part(cv, shapes, col, depth=g.shoulder_half * 0.3, name="outer")
    trim = o["trim"] or shadow_of(col, 0.2)
    if t in ("lab_coat", "blazer") and o["open"]:
        for s in (-1, 1):
            lap = [(cx + s * nw * 0.85, g.shoulder_y - g.head_h * 0.18),
                   (cx + s * nw * 1.5, g.shoulder_y + g.head_h * 0.05),
                   (cx + s * g.shoulder_half * 0.5, g.shoulder_y + g.head_h * 0.32),
                   (cx + s * g.waist_half * 0.7, vy - g.head_h * 0.35),
                   (cx + s * (g.waist_half * gap + 2), vy)]
            part(cv, ("poly", lap), light_of(col, 0.08) if t == "lab_coat" else trim, depth=5)
            stroke(cv, [(cx + s * g.shoulder_half * 0.5, g.shoulder_y + g.head_h * 0.32),
                        (cx + s * g.shoulder_half * 0.58, g.shoulder_y + g.head_h * 0.26)], 1.3,
                   cv.style.ink)
    if t in ("cardigan", "hoodie_open", "jacket", "bomber", "denim"):
        for s in (-1, 1):
            stroke(cv, [(cx + s * nw * 0.8, g.shoulder_y - g.head_h * 0.12),
                        (cx + s * g.waist_half * gap, vy), (cx + s * g.waist_half * gap * 1.1, hem)],
                   3.2, trim, alpha=0.95)
    if t in ("jacket", "bomber"):
        part(cv, ("poly", catmull([(cx - nw * 1.05, g.shoulder_y - g.head_h * 0.2),
                                   (cx - nw * 1.2, g.shoulder_y + g.head_h * 0.05),
                                   (cx - nw * 0.7, g.shoulder_y + g.head_h * 0.08),
                                   (cx - nw * 0.62, g.shoulder_y - g.head_h * 0.1)], closed=True) ),
             trim, depth=3)
        part(cv, ("poly", catmull([(cx + nw * 1.05, g.shoulder_y - g.head_h * 0.2),
                                   (cx + nw * 1.2, g.shoulder_y + g.head_h * 0.05),
                                   (cx + nw * 0.7, g.shoulder_y + g.head_h * 0.08),
                                   (cx + nw * 0.62, g.shoulder_y - g.head_h * 0.1)], closed=True)),
             trim, depth=3)
        part(cv, ("poly", [(cx - g.hip_half * 1.08, hem - g.head_h * 0.14),
                           (cx - g.waist_half * gap * 1.1, hem - g.head_h * 0.14),
                           (cx - g.waist_half * gap * 1.1, hem + 1), (cx - g.hip_half * 1.1, hem + 1)]), trim,
             depth=3)
        part(cv, ("poly", [(cx + g.hip_half * 1.08, hem - g.head_h * 0.14),
                           (cx + g.waist_half * gap * 1.1, hem - g.head_h * 0.14),
                           (cx + g.waist_half * gap * 1.1, hem + 1), (cx + g.hip_half * 1.1, hem + 1)]), trim,
             depth=3)
    if t == "denim":
        for s in (-1, 1):
            part(cv, ("poly", [(cx + s * nw * 0.8, g.shoulder_y - g.head_h * 0.16),
                               (cx + s * nw * 1.6, g.shoulder_y + g.head_h * 0.05),
                               (cx + s * nw * 1.0, g.shoulder_y + g.head_h * 0.3),
                               (cx + s * nw * 0.7, g.shoulder_y + g.head_h * 0.05)]), trim, depth=3)
            part(cv, ("rrect", cx + s * g.shoulder_half * 0.35 - g.shoulder_half * 0.15, g.chest - 4,
                      cx + s * g.shoulder_half * 0.35 + g.shoulder_half * 0.15,
                      g.chest + g.head_h * 0.12, 3), trim, depth=3)
    if t == "lab_coat":
        for s in (-1, 1):
            part(cv, ("rrect", cx + s * g.hip_half * 0.62 - g.hip_half * 0.2, g.hip,
                      cx + s * g.hip_half * 0.62 + g.hip_half * 0.2,
                      g.hip + g.head_h * 0.4, 4), col, line=1.4, depth=4)
        part(cv, ("rrect", cx - g.shoulder_half * 0.72, g.chest, cx - g.shoulder_half * 0.38,
                  g.chest + g.head_h * 0.3, 3), col, line=1.4, depth=4)
        part(cv, ("rrect", cx - g.shoulder_half * 0.66, g.chest - g.head_h * 0.1, cx - g.shoulder_half * 0.62,
                  g.chest + g.head_h * 0.06, 1.5),
             o["trim"] or (60, 90, 160, 255), line=1.0, shade=0)
    if t in ("blazer",):
        part(cv, ("ellipse", cx, vy + g.head_h * 0.08, 3.6, 3.6), trim, line=1.2)
        stroke(cv, [(cx - g.shoulder_half * 0.78, g.chest + g.head_h * 0.05),
                    (cx - g.shoulder_half * 0.42, g.chest + g.head_h * 0.03)], 1.6,
               shadow_of(col, 0.5))


def draw_body_accessory(cv: Canvas, a: Spec, g: BodyGeometry, c: Spec) -> None:
    cx, t, col, acc = g.cx, a["type"], a["color"], a["accent"]
    nw = g.neck_w
    if t in ("lanyard", "badge"):
        by = g.chest + g.head_h * 0.45
        bx = cx + (g.shoulder_half * 0.45 if t == "badge" else 0) * (-1 if a["side"] == "left" else 1)
        if t == "lanyard":
            stroke(cv, [(cx - nw * 0.7, g.shoulder_y - g.head_h * 0.05), (cx - 6, by - g.head_h * 0.2),
                        (bx, by - g.head_h * 0.08)], 3.0, col)
            stroke(cv, [(cx + nw * 0.7, g.shoulder_y - g.head_h * 0.05), (cx + 6, by - g.head_h * 0.2),
                        (bx, by - g.head_h * 0.08)], 3.0, col)
        else:
            by = g.chest + g.head_h * 0.05
        part(cv, ("rrect", bx - 13, by - g.head_h * 0.08, bx + 13, by + g.head_h * 0.18, 3),
             (246, 246, 242, 255), line=1.4, shade=0.5)
        part(cv, ("rrect", bx - 13, by - g.head_h * 0.08, bx + 13, by - g.head_h * 0.01, 3), acc,
             outline=False, shade=0)
        stroke(cv, [(bx - 8, by + g.head_h * 0.06), (bx + 8, by + g.head_h * 0.06)], 1.4,
               (120, 130, 150, 255))
        stroke(cv, [(bx - 8, by + g.head_h * 0.11), (bx + 4, by + g.head_h * 0.11)], 1.4,
               (120, 130, 150, 255))
    elif t == "stethoscope":
        pts = catmull([(cx - nw * 0.9, g.shoulder_y - g.head_h * 0.1),
                       (cx - nw * 1.3, g.shoulder_y + g.head_h * 0.4),
                       (cx - nw * 0.9, g.chest + g.head_h * 0.5)],
                      closed=False)
        stroke(cv, pts, 3.6, cv.style.ink)
        stroke(cv, pts, 2.2, col)
        pts2 = catmull([(cx + nw * 0.9, g.shoulder_y - g.head_h * 0.1),
                        (cx + nw * 1.3, g.shoulder_y + g.head_h * 0.5),
                        (cx + nw * 1.0, g.chest + g.head_h * 0.7)],
                       closed=False)
        stroke(cv, pts2, 3.6, cv.style.ink)
        stroke(cv, pts2, 2.2, col)
        part(cv, ("ellipse", cx + nw * 1.0, g.chest + g.head_h * 0.75, 8, 8), acc, line=1.4)
    elif t == "necklace":
        pts = catmull([(cx - nw * 0.72, g.shoulder_y - g.head_h * 0.08), (cx, g.shoulder_y + g.head_h * 0.28),
                       (cx + nw * 0.72, g.shoulder_y - g.head_h * 0.08)],
                      closed=False)
        stroke(cv, pts, 1.6, col)
        part(cv, ("ellipse", cx, g.shoulder_y + g.head_h * 0.31, 4.5, 5.5), acc, line=1.2)
    elif t == "scarf":
        part(cv, ("smooth", [(cx - nw * 1.4, g.shoulder_y - g.head_h * 0.12),
                             (cx, g.shoulder_y + g.head_h * 0.06),
                             (cx + nw * 1.4, g.shoulder_y - g.head_h * 0.12),
                             (cx + nw * 1.3, g.shoulder_y + g.head_h * 0.16),
                             (cx, g.shoulder_y + g.head_h * 0.3),
                             (cx - nw * 1.3, g.shoulder_y + g.head_h * 0.16)]),
             col, depth=6)
        part(cv, ("poly", [(cx + nw * 0.3, g.shoulder_y + g.head_h * 0.15),
                           (cx + nw * 1.1, g.shoulder_y + g.head_h * 0.18),
                           (cx + nw * 1.0, g.chest + g.head_h * 0.7),
                           (cx + nw * 0.4, g.chest + g.head_h * 0.75)]), col, depth=6)
        for k in range(3):
            y = g.chest + g.head_h * (0.15 + k * 0.18)
            stroke(cv, [(cx + nw * 0.38, y), (cx + nw * 1.05, y - 2)], 2.0, acc, alpha=0.9)
    elif t == "tie":
        part(cv, ("poly", [(cx - 6, g.shoulder_y + g.head_h * 0.12), (cx + 6, g.shoulder_y + g.head_h * 0.12),
                           (cx + 10, g.chest + g.head_h * 0.7),
                           (cx, g.chest + g.head_h * 0.85), (cx - 10, g.chest + g.head_h * 0.7)]), col,
             depth=4)
        part(cv, ("poly", [(cx - 7, g.shoulder_y + g.head_h * 0.02), (cx + 7, g.shoulder_y + g.head_h * 0.02),
                           (cx + 5, g.shoulder_y + g.head_h * 0.14),
                           (cx - 5, g.shoulder_y + g.head_h * 0.14)]), col, depth=2)
        if acc:
            stroke(cv, [(cx - 5, g.chest), (cx + 6, g.chest - 6)], 1.5, acc)
            stroke(cv, [(cx - 7, g.chest + 16), (cx + 8, g.chest + 10)], 1.5, acc)
    elif t == "bowtie":
        y = g.shoulder_y + g.head_h * 0.0
        part(cv, ("poly", [(cx, y), (cx - 16, y - 9), (cx - 16, y + 9)]), col, depth=3)
        part(cv, ("poly", [(cx, y), (cx + 16, y - 9), (cx + 16, y + 9)]), col, depth=3)
        part(cv, ("ellipse", cx, y, 5, 5), acc or col, depth=2)
    elif t == "pin":
        x = cx + (-1 if a["side"] == "left" else 1) * g.shoulder_half * 0.5
        part(cv, ("ellipse", x, g.chest - g.head_h * 0.02, 7, 7), col, line=1.3)
        part(cv, ("ellipse", x, g.chest - g.head_h * 0.02, 3.2, 3.2), acc, outline=False, shade=0)
    elif t == "pen":
        x = cx - g.shoulder_half * 0.55
        stroke(cv, [(x, g.chest - g.head_h * 0.12), (x, g.chest + g.head_h * 0.05)], 4.2, cv.style.ink)
        stroke(cv, [(x, g.chest - g.head_h * 0.12), (x, g.chest + g.head_h * 0.05)], 2.6, col)
    elif t == "headphones":
        pts = catmull([(cx - nw * 1.3, g.shoulder_y - g.head_h * 0.1), (cx, g.shoulder_y + g.head_h * 0.18),
                       (cx + nw * 1.3, g.shoulder_y - g.head_h * 0.1)],
                      closed=False)
        stroke(cv, pts, 6, cv.style.ink)
        stroke(cv, pts, 4, col)
        for s in (-1, 1):
            part(cv, ("ellipse", cx + s * nw * 1.25, g.shoulder_y - g.head_h * 0.08, 15, 19, s * 0.4), col,
                 depth=6)
            part(cv, ("ellipse", cx + s * nw * 1.25, g.shoulder_y - g.head_h * 0.08, 8, 11, s * 0.4), acc,
                 outline=False, shade=0.3)
    elif t == "chain_glasses":
        pts = catmull([(cx - nw * 0.8, g.shoulder_y - g.head_h * 0.1), (cx, g.chest + g.head_h * 0.15),
                       (cx + nw * 0.8, g.shoulder_y - g.head_h * 0.1)],
                      closed=False)
        stroke(cv, pts, 1.3, acc)
        for s in (-1, 1):
            part(cv, ("ellipse", cx + s * 11, g.chest + g.head_h * 0.12, 10, 7), (220, 235, 245, 90),
                 line=1.4, ink=col, shade=0)

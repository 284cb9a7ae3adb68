"""Hair: the shapes of each style, drawn in two layers (behind the body, in front of the face)."""

from __future__ import annotations

import math

from ..kit import Canvas, catmull, ellipse_pts, light_of, part, shadow_of, stroke
from .geometry import BodyGeometry, Point, Shape, Spec


def hair_shapes(g: BodyGeometry, h: Spec) -> tuple[list[Shape], list[Shape], list[Shape]]:
    """(back shapes, front shapes, strand lines) for the hair style."""
    cx, t, hw, hh = g.cx, g.top, g.head_w, g.head_h
    v, L, p = h["volume"], h["length"], {"left": -1, "right": 1, "center": 0}[h["part"]]
    st = h["style"]
    back: list[Shape] = []
    front: list[Shape] = []
    strands: list[Shape] = []
    # skull cap that sits just outside the head outline
    cap = [(cx - hw * 0.56 * v, t + hh * 0.5), (cx - hw * 0.58 * v, t + hh * 0.22),
           (cx - hw * 0.4 * v, t - hh * 0.06 * v),
           (cx, t - hh * 0.12 * v), (cx + hw * 0.4 * v, t - hh * 0.06 * v),
           (cx + hw * 0.58 * v, t + hh * 0.22),
           (cx + hw * 0.56 * v, t + hh * 0.5)]
    # hairline (inner edge of the front hair), from the right temple to the left temple
    temple_r, temple_l = (cx + hw * 0.5, t + hh * 0.5), (cx - hw * 0.5, t + hh * 0.5)

    def front_from(hairline: list[Point]) -> list[Shape]:
        return [("poly", catmull(cap, closed=False, steps=8) + catmull(hairline, closed=False, steps=8))]

    if st == "bald":
        return [], [], []
    if st in ("long", "wavy", "bob", "braids"):
        drop = {"long": hh * (0.55 + 1.1 * L), "wavy": hh * (0.55 + 1.0 * L), "bob": hh * 0.15 * L,
                "braids": hh * (0.6 + 1.2 * L)}[st]
        bottom = g.chin + drop
        wide = hw * (0.66 if st != "bob" else 0.62) * v
        shape = [(cx - hw * 0.5 * v, t + hh * 0.05), (cx - wide, t + hh * 0.4),
                 (cx - wide * 1.05, g.chin - hh * 0.1),
                 (cx - wide * (1.15 if st != "bob" else 1.0), bottom - hh * 0.15), (cx - wide * 0.7, bottom),
                 (cx, bottom - hh * 0.12), (cx + wide * 0.7, bottom),
                 (cx + wide * (1.15 if st != "bob" else 1.0), bottom - hh * 0.15),
                 (cx + wide * 1.05, g.chin - hh * 0.1), (cx + wide, t + hh * 0.4),
                 (cx + hw * 0.5 * v, t + hh * 0.05)]
        if st == "wavy":
            shape = [(x + (math.sin(y * 0.09) * hw * 0.05 if y > g.chin else 0), y) for x, y in shape]
        back.append(("smooth", shape))
        if st == "braids":
            for s in (-1, 1):
                for k in range(3):
                    x = cx + s * (hw * 0.42 + k * hw * 0.1)
                    pts = [(x, g.chin - hh * 0.2), (x + s * hw * 0.05, g.chin + hh * 0.5),
                           (x + s * hw * 0.1, bottom)]
                    strands.append(("braid", pts))
        # fringe / face-framing pieces
        if p == 0:
            hl = [temple_r, (cx + hw * 0.4, t + hh * 0.32), (cx + hw * 0.12, t + hh * 0.08),
                  (cx, t + hh * 0.04),
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
                                    (cx + hw * 0.78 * v, g.chin + hh * 0.5 * L),
                                    (cx + hw * 0.62, g.chin + hh * 0.9 * L),
                                    (cx + hw * 0.5, g.chin + hh * 0.2)]))
        hl = [temple_r, (cx + hw * 0.42, t + hh * 0.2), (cx + hw * 0.15, t + hh * 0.1),
              (cx - hw * 0.05 * (p or 1), t + hh * 0.14),
              (cx - hw * 0.3, t + hh * 0.12), (cx - hw * 0.46, t + hh * 0.25), temple_l]
        cap2 = [(x, y + hh * 0.04) if y > t + hh * 0.3 else (x * 0.97 + cx * 0.03, y + hh * 0.03) for x,
                y in cap]
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
        capc = [(cx - hw * 0.6 * v, t + hh * 0.5), (cx - hw * 0.64 * v, t + hh * 0.15),
                (cx - hw * 0.35 * v, t - hh * 0.12 * v),
                (cx, t - hh * 0.16 * v), (cx + hw * 0.35 * v, t - hh * 0.12 * v),
                (cx + hw * 0.64 * v, t + hh * 0.15),
                (cx + hw * 0.6 * v, t + hh * 0.5)]
        front.append(("poly", catmull(capc, closed=False, steps=8) + catmull(hl, closed=False, steps=8)))
        for i in range(7):
            x = cx + (i - 3) * hw * 0.14
            strands.append(("curl", (x, t + hh * 0.02 + abs(i - 3) * hh * 0.03, hw * 0.07)))
    elif st in ("short", "side_part", "pixie", "undercut", "swept_back", "buzz", "messy"):
        lift = {"short": 0.1, "side_part": 0.14, "pixie": 0.1, "undercut": 0.26, "swept_back": 0.16,
                "buzz": 0.02,
                "messy": 0.16}[st] * v
        cap3 = [(cx - hw * 0.53, t + hh * 0.5), (cx - hw * (0.56 if st != "undercut" else 0.5), t + hh * 0.2),
                (cx - hw * 0.4, t - hh * lift * 0.6), (cx + hw * 0.05 * p, t - hh * lift),
                (cx + hw * 0.42, t - hh * lift * 0.7),
                (cx + hw * (0.56 if st != "undercut" else 0.5), t + hh * 0.2),
                (cx + hw * 0.53, t + hh * 0.5)]
        if st == "buzz":
            hl = [temple_r, (cx + hw * 0.42, t + hh * 0.2), (cx, t + hh * 0.12),
                  (cx - hw * 0.42, t + hh * 0.2), temple_l]
        elif st in ("swept_back", "undercut"):
            hl = [(cx + hw * 0.5, t + hh * 0.38), (cx + hw * 0.4, t + hh * 0.12),
                  (cx + hw * 0.12, t + hh * 0.08),
                  (cx, t + hh * 0.12), (cx - hw * 0.12, t + hh * 0.08), (cx - hw * 0.4, t + hh * 0.12),
                  (cx - hw * 0.5, t + hh * 0.38)]
        elif st == "pixie" or st == "messy":
            hl = [temple_r, (cx + hw * 0.38, t + hh * 0.3), (cx + hw * 0.22, t + hh * 0.22),
                  (cx + hw * 0.1, t + hh * 0.3),
                  (cx - hw * 0.05, t + hh * 0.2), (cx - hw * 0.2, t + hh * 0.3),
                  (cx - hw * 0.34, t + hh * 0.22),
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
                                    (cx + hw * 0.56, t + hh * 0.62), (cx + hw * 0.55, t + hh * 0.3),
                                    (cx, t)]))
        if st == "messy":
            for k in range(5):
                a = math.pi * (1.1 + 0.2 * k)
                x0, y0 = cx + math.cos(a) * hw * 0.45, t + hh * 0.1 + math.sin(a) * hh * 0.15
                front.append(("poly", [(x0 - hw * 0.06, y0),
                                       (x0 + math.cos(a) * hw * 0.2,
                                        y0 + math.sin(a) * hh * 0.12 - hh * 0.02),
                                       (x0 + hw * 0.06, y0)]))
    return back, front, strands


def draw_back_hair(cv: Canvas, c: Spec, g: BodyGeometry) -> None:
    """The hair behind the body (moves with the head)."""
    h = c["hair"]
    back, _, strands = hair_shapes(g, h)
    if back:
        part(cv, back, h["color"], depth=g.head_w * 0.18)
        for kind, pts in strands:
            if kind == "braid":
                for k in range(7):
                    t = k / 6
                    x = pts[0][0] + (pts[2][0] - pts[0][0]) * t
                    y = pts[0][1] + (pts[2][1] - pts[0][1]) * t
                    part(cv, ("ellipse", x, y, g.head_w * 0.07, g.head_h * 0.07), h["color"], line=1.4,
                         depth=3)


def draw_front_hair(cv: Canvas, h: Spec, g: BodyGeometry) -> None:
    """The hair in front of the face, its sheen, streak and strand lines, and the curls."""
    _, front, strands = hair_shapes(g, h)
    if front:
        part(cv, front, h["color"], name="hair_front", depth=g.head_w * 0.14)
        # sheen: an arc of light on the side facing the light
        shine = h["shine"] or light_of(h["color"], 0.35)
        arc = [(g.cx - g.head_w * 0.42, g.top + g.head_h * 0.2),
               (g.cx - g.head_w * 0.2, g.top + g.head_h * 0.02),
               (g.cx + g.head_w * 0.08, g.top - g.head_h * 0.03)]
        stroke(cv, catmull(arc, closed=False), g.head_h * 0.035, shine, alpha=0.45, clip="hair_front")
        if h["streak"] is not None:
            stroke(cv, catmull([(g.cx + g.head_w * 0.25, g.top - g.head_h * 0.05),
                                (g.cx + g.head_w * 0.38, g.top + g.head_h * 0.2),
                                (g.cx + g.head_w * 0.5, g.top + g.head_h * 0.6)], closed=False),
                   g.head_h * 0.08, h["streak"],
                   clip="hair_front")
        dark = shadow_of(h["color"], 0.5)
        for k in range(4):
            x0 = g.cx - g.head_w * 0.3 + k * g.head_w * 0.2
            stroke(cv, catmull([(x0, g.top - g.head_h * 0.02), (x0 + g.head_w * 0.05, g.top + g.head_h * 0.1),
                                (x0 + g.head_w * 0.02, g.top + g.head_h * 0.2)], closed=False), 1.2, dark,
                   alpha=0.55,
                   clip="hair_front")
    for kind, data in strands:
        if kind == "curl":
            x, y, r = data
            stroke(cv, ellipse_pts(x, y, r, r * 0.8, 16)[3:14], 1.3, shadow_of(h["color"], 0.5), alpha=0.7)

"""Faces: eyes, brows, mouth and extras, driven by expression parameters.

Face styles:
  human    – lidded eyes with iris and catch-light, tapered brows, lips;
  cartoon  – mascot eyes (big ovals), thick brows, wide mouth;
  glyph    – emissive line-art on a screen or a hologram (eyes, brows and mouth
             as light strokes);
  lens     – a single camera lens whose iris, shutters and status light act out
             the expression (robots).
Expression parameters come from art/expressions.json (see spec.EXPRESSION).
"""

from __future__ import annotations

import math

from .kit import (Canvas, bezier, ellipse_pts, glow, light_of, mix, part, rgba, shadow_of, stroke,
                  taper)

WHITE = (252, 249, 244, 255)
MOUTH_IN = (92, 34, 48, 255)
TONGUE = (214, 104, 112, 255)


def _eye_curves(ex, ey, ew, eh, s, e, shape_tilt):
    """Upper and lower lid curves (inner -> outer) for one eye; s = -1 left, +1 right."""
    o = e["eye_open"]
    smile = e["eye_smile"]
    lt = e["lid_tilt"]           # <0 angry (inner lid lower), >0 sad (outer lid lower)
    ix, ox = ex - s * ew / 2, ex + s * ew / 2
    iy, oy = ey + eh * 0.05, ey - shape_tilt * eh
    up = eh * 0.62 * o
    inner_f = 1 - max(0.0, -lt) * 0.55
    outer_f = 1 - max(0.0, lt) * 0.55
    upper = [(ix, iy),
             (ex - s * ew * 0.22, ey - up * (0.8 * inner_f + 0.12)),
             (ex + s * ew * 0.08, ey - up * (0.5 * inner_f + 0.5 * outer_f)),
             (ex + s * ew * 0.34, ey - up * 0.82 * outer_f - shape_tilt * eh * 0.6),
             (ox, oy)]
    low = eh * 0.42 * min(o, 1.15) * (1 - smile * 0.75)
    lower = [(ix, iy),
             (ex - s * ew * 0.12, ey + low * 0.95 - smile * eh * 0.25),
             (ex + s * ew * 0.24, ey + low * 0.8 - smile * eh * 0.3),
             (ox, oy)]
    return upper, lower


def human_eyes(cv: Canvas, f: dict, e: dict, pal: dict) -> None:
    cx, ey, dx, ew, eh = f["cx"], f["eye_y"], f["eye_dx"], f["eye_w"], f["eye_h"]
    ink = pal["lash"]
    for s in (-1, 1):
        ex = cx + s * dx
        upper, lower = _eye_curves(ex, ey, ew, eh, s, e, f["eye_tilt"])
        from .kit import catmull
        up_c = catmull(upper, closed=False, steps=8)
        lo_c = catmull(lower, closed=False, steps=8)
        name = f"eye{s}"
        if e["eye_open"] < 0.12:
            stroke(cv, up_c, eh * 0.14, ink)
            continue
        outline_pts = up_c + lo_c[::-1]
        part(cv, ("poly", outline_pts), WHITE, outline=False, shade=0, rim=0, name=name)
        # iris, pupil and the shadow the upper lid casts
        ir = ew * 0.27 * f["iris"] * (0.86 if e["pupil"] < 0.8 else 1.0)
        lx, ly = e["look"]
        icx, icy = ex + lx * ew * 0.16, ey + eh * 0.05 + ly * eh * 0.25
        part(cv, ("ellipse", icx, icy, ir, ir * 1.05), pal["iris"], outline=False, shade=0.6, rim=0, clip=name,
             depth=ir * 0.7)
        stroke(cv, [(icx - ir * 0.55, icy + ir * 0.45), (icx, icy + ir * 0.7), (icx + ir * 0.55, icy + ir * 0.45)],
               ir * 0.22, light_of(pal["iris"], 0.35), smooth=True, alpha=0.6, clip=name)
        pr = ir * 0.46 * e["pupil"]
        part(cv, ("ellipse", icx, icy, pr, pr * 1.05), (24, 20, 30, 255), outline=False, shade=0, rim=0, clip=name)
        part(cv, ("poly", up_c + [(p[0], p[1] + eh * 0.28) for p in up_c[::-1]]), shadow_of(pal["skin"], 0.6),
             outline=False, shade=0, rim=0, clip=name, alpha=0.35)
        hx, hy = icx - ir * 0.38, icy - ir * 0.4
        part(cv, ("ellipse", hx, hy, ir * 0.26, ir * 0.26), (255, 255, 255, 255), outline=False, shade=0, rim=0,
             clip=name)
        # lash line, thicker at the outer corner, and a flick
        stroke(cv, up_c, ew * 0.07, ink, taper_to=ew * 0.15)
        if f["lashes"]:
            last = up_c[-1]
            stroke(cv, [last, (last[0] + s * ew * 0.14, last[1] - eh * 0.3)], ew * 0.06, ink, taper_to=ew * 0.01)
        stroke(cv, lo_c[1:-1], ew * 0.035, shadow_of(pal["skin"], 0.7), alpha=0.8)
        # crease above the lid
        crease = [(p[0], p[1] - eh * 0.32) for p in up_c[2:-3]]
        if len(crease) > 2:
            stroke(cv, crease, ew * 0.03, shadow_of(pal["skin"], 0.6), alpha=0.55)
        if e["smile_lines"] > 0:
            stroke(cv, bezier((ex - s * ew * 0.2, ey + eh * 0.75), (ex + s * ew * 0.1, ey + eh * 0.95),
                              (ex + s * ew * 0.45, ey + eh * 0.6)), ew * 0.035, shadow_of(pal["skin"], 0.6),
                   alpha=0.6 * e["smile_lines"])


def human_brows(cv: Canvas, f: dict, e: dict, pal: dict) -> None:
    cx, by, dx, ew, hh = f["cx"], f["brow_y"], f["eye_dx"], f["eye_w"], f["hh"]
    t, r = e["brow_tilt"], e["brow_raise"]
    base = by - r * hh * 0.045
    th = f["brow_thick"] * ew * 0.17
    for s in (-1, 1):
        ex = cx + s * dx
        if t >= 0:   # worried / sad: inner ends up
            iy, oy = base - t * hh * 0.05, base + t * hh * 0.018
        else:        # angry: inner ends down
            iy, oy = base - t * hh * 0.045, base + t * hh * 0.02
        inner = (ex - s * ew * 0.55, iy)
        outer = (ex + s * ew * 0.72, oy + hh * 0.012)
        arch = f["brow_arch"] * hh * 0.03 * (1 - max(0, t) * 0.7)
        mid = ((inner[0] + outer[0]) / 2 + s * ew * 0.08, (inner[1] + outer[1]) / 2 - arch - hh * 0.012)
        pts = bezier(inner, mid, outer, 12)
        part(cv, ("poly", taper(pts, th * 1.2, th * 0.45, th)), pal["brow"], outline=False, shade=0, rim=0)
    if e["furrow"] > 0:
        for s in (-1, 1):
            x = cx + s * ew * 0.14
            stroke(cv, [(x, base + hh * 0.01), (x - s * ew * 0.04, base + hh * 0.05)], ew * 0.035,
                   shadow_of(pal["skin"], 0.6), alpha=0.7 * e["furrow"])


def _mouth_geom(f, e):
    cx, my, mw = f["cx"], f["mouth_y"], f["mouth_w"] * e["mouth_width"]
    c = e["mouth_curve"]
    corner_y = my - c * mw * 0.32
    return cx, my, mw, c, corner_y


def human_mouth(cv: Canvas, f: dict, e: dict, pal: dict) -> None:
    cx, my, mw, c, cy_ = _mouth_geom(f, e)
    lip = pal["lips"]
    line_col = mix(shadow_of(lip, 0.7), cv.style.ink, 0.45)
    op = e["mouth_open"]
    shape = e["mouth_shape"]
    L, R = (cx - mw, cy_), (cx + mw, cy_)
    if shape == "o" and op > 0:
        rx, ry = mw * 0.42, mw * 0.5 * op
        part(cv, ("ellipse", cx, my + ry * 0.3, rx, ry), MOUTH_IN, outline=True, line=1.1,
             ink=line_col, shade=0, rim=0, name="mouth")
        part(cv, ("ellipse", cx, my + ry * 1.1, rx * 0.8, ry * 0.55), TONGUE, outline=False, shade=0, rim=0,
             clip="mouth")
        stroke(cv, bezier((cx - rx * 0.6, my + ry * 1.5), (cx, my + ry * 1.85), (cx + rx * 0.6, my + ry * 1.5)),
               mw * 0.06, shadow_of(pal["skin"], 0.5), alpha=0.5)
        return
    if op <= 0.02 or shape == "line":
        mid = (cx, my + c * mw * 0.28)
        pts = bezier(L, mid, R, 14)
        stroke(cv, pts, max(1.1, mw * 0.085), line_col)
        # lower lip hint and corners
        stroke(cv, bezier((cx - mw * 0.45, my + mw * 0.28 + c * mw * 0.12), (cx, my + mw * 0.38 + c * mw * 0.14),
                          (cx + mw * 0.45, my + mw * 0.28 + c * mw * 0.12)), mw * 0.07, shadow_of(lip, 0.3), alpha=0.45)
        if e.get("wobble"):
            pass
        return
    if shape == "wobble":
        n = 6
        pts = []
        for i in range(n + 1):
            t = i / n
            x = cx - mw * 0.75 + t * mw * 1.5
            y = my - c * mw * 0.3 * (1 - (2 * t - 1) ** 2) + (mw * 0.06 if i % 2 else -mw * 0.04)
            pts.append((x, y))
        stroke(cv, pts, max(1.1, mw * 0.085), line_col, smooth=True)
        return
    # open mouths: "open" (smile / shout) and "clench" (teeth together)
    depth = mw * (0.32 + 0.75 * op)
    if shape == "clench":
        top = bezier((cx - mw, cy_), (cx, my - mw * 0.12 - c * mw * 0.1), (cx + mw, cy_), 14)
        bot = bezier((cx + mw, cy_), (cx, my + depth * 0.8), (cx - mw, cy_), 14)
    else:
        top = bezier((cx - mw, cy_), (cx, my + c * mw * 0.05 - mw * 0.08), (cx + mw, cy_), 14)
        bot = bezier((cx + mw, cy_), (cx, my + depth), (cx - mw, cy_), 14)
    part(cv, ("poly", top + bot), MOUTH_IN, outline=True, line=1.1, ink=line_col, shade=0, rim=0, name="mouth")
    if e["teeth"]:
        tt = pal["teeth"]
        if shape == "clench":
            part(cv, ("poly", [(cx - mw, my - mw * 0.5), (cx + mw, my - mw * 0.5), (cx + mw, my + depth),
                               (cx - mw, my + depth)]), tt, outline=False, shade=0.3, rim=0, clip="mouth")
            stroke(cv, [(cx - mw, my + depth * 0.28), (cx + mw, my + depth * 0.28)], mw * 0.05,
                   shadow_of(tt, 0.5), clip="mouth")
        else:
            part(cv, ("poly", [(cx - mw, my - mw * 0.5), (cx + mw, my - mw * 0.5), (cx + mw, my + depth * 0.32),
                               (cx - mw, my + depth * 0.32)]), tt, outline=False, shade=0.3, rim=0, clip="mouth")
    if shape != "clench":
        part(cv, ("ellipse", cx, my + depth * 0.95, mw * 0.6, depth * 0.38), TONGUE, outline=False, shade=0, rim=0,
             clip="mouth")
    stroke(cv, bezier((cx - mw * 0.45, my + depth + mw * 0.22), (cx, my + depth + mw * 0.34),
                      (cx + mw * 0.45, my + depth + mw * 0.22)), mw * 0.07, shadow_of(pal["skin"], 0.4), alpha=0.5)


def extras(cv: Canvas, f: dict, e: dict, pal: dict) -> None:
    cx, ey, dx, ew, eh, hh = f["cx"], f["eye_y"], f["eye_dx"], f["eye_w"], f["eye_h"], f["hh"]
    if e["blush"] > 0:
        for s in (-1, 1):
            glow(cv, ("ellipse", cx + s * dx * 1.08, ey + hh * 0.14, ew * 0.42, ew * 0.2), pal["blush"],
                 radius=ew * 0.22, strength=0.55 * e["blush"])
            for k in range(3):
                x = cx + s * dx * 1.08 + (k - 1) * ew * 0.17
                stroke(cv, [(x + ew * 0.05, ey + hh * 0.12), (x - ew * 0.04, ey + hh * 0.165)], ew * 0.035,
                       shadow_of(pal["blush"], 0.2), alpha=0.5 * e["blush"])
    if e["tear"] > 0:
        s = 1
        x, y = cx + s * dx + ew * 0.3, ey + eh * 0.55
        drop = [(x, y), (x + ew * 0.09, y + ew * 0.22), (x, y + ew * 0.3), (x - ew * 0.09, y + ew * 0.22)]
        part(cv, ("smooth", drop), (170, 220, 255, 230), outline=True, line=0.9, ink=(70, 110, 170, 255),
             shade=0.4, rim=0)
        stroke(cv, [(cx - s * dx - ew * 0.4, ey + eh * 0.5), (cx - s * dx + ew * 0.4, ey + eh * 0.52)],
               ew * 0.05, (200, 235, 255, 255), alpha=0.7)
        stroke(cv, [(cx + s * dx - ew * 0.4, ey + eh * 0.5), (cx + s * dx + ew * 0.4, ey + eh * 0.52)],
               ew * 0.05, (200, 235, 255, 255), alpha=0.7)
    if e["sweat"] > 0:
        x, y = cx + f["hw"] * 0.38, ey - hh * 0.2
        drop = [(x, y), (x + ew * 0.13, y + ew * 0.32), (x, y + ew * 0.44), (x - ew * 0.13, y + ew * 0.32)]
        part(cv, ("smooth", drop), (185, 228, 255, 235), outline=True, line=1.0, ink=(60, 100, 160, 255),
             shade=0.5, rim=0)
        part(cv, ("ellipse", x - ew * 0.03, y + ew * 0.3, ew * 0.03, ew * 0.06), (255, 255, 255, 255),
             outline=False, shade=0, rim=0)
    if e["shock_lines"] > 0:
        for s in (-1, 1):
            x0 = cx + s * (f["hw"] * 0.62)
            for k in range(3):
                a = math.radians(-60 + k * 25) if s > 0 else math.radians(-120 - k * 25)
                r0, r1 = hh * 0.05, hh * 0.13
                bx, by = x0, f["top"] + hh * 0.12
                stroke(cv, [(bx + math.cos(a) * r0, by + math.sin(a) * r0), (bx + math.cos(a) * r1, by + math.sin(a) * r1)],
                       ew * 0.05, cv.style.ink, alpha=0.8 * e["shock_lines"])


def human_face(cv: Canvas, f: dict, e: dict, pal: dict) -> None:
    human_brows(cv, f, e, pal)
    human_eyes(cv, f, e, pal)
    human_mouth(cv, f, e, pal)
    extras(cv, f, e, pal)


# --- cartoon (mascot) ----------------------------------------------------------

def cartoon_face(cv: Canvas, f: dict, e: dict, pal: dict) -> None:
    cx, ey, dx, ew, eh = f["cx"], f["eye_y"], f["eye_dx"], f["eye_w"], f["eye_h"]
    ink = cv.style.ink
    o = e["eye_open"]
    for s in (-1, 1):
        ex = cx + s * dx
        if e["eye_smile"] > 0.55:
            pts = bezier((ex - ew * 0.5, ey + eh * 0.15), (ex, ey - eh * 0.75), (ex + ew * 0.5, ey + eh * 0.15))
            stroke(cv, pts, ew * 0.16, ink)
            continue
        ry = eh * 0.62 * o
        name = f"ceye{s}"
        part(cv, ("ellipse", ex, ey, ew * 0.42, ry), WHITE, outline=True, shade=0.3, rim=0, name=name)
        lx, ly = e["look"]
        pr = ew * 0.24 * e["pupil"]
        part(cv, ("ellipse", ex + lx * ew * 0.12 + s * ew * 0.02, ey + ly * ry * 0.3 + ry * 0.08, pr, pr * 1.15),
             pal["iris"], outline=False, shade=0.4, rim=0, clip=name)
        part(cv, ("ellipse", ex + lx * ew * 0.12 - pr * 0.35, ey + ry * 0.08 - pr * 0.45, pr * 0.32, pr * 0.32),
             (255, 255, 255, 255), outline=False, shade=0, rim=0, clip=name)
        lt = e["lid_tilt"]
        if lt != 0 or o < 0.8:
            # a lid cutting the eye: angry slants inward, sad slants outward
            cut = ry * (1.1 - min(o, 1.0)) + ry * 0.35
            inner_y = ey - ry + cut + (-lt) * ry * 0.7 * (1 if lt < 0 else 0.3)
            outer_y = ey - ry + cut + lt * ry * 0.7 * (1 if lt > 0 else 0.3)
            lid = [(ex - s * ew * 0.6, ey - ry * 1.4), (ex + s * ew * 0.6, ey - ry * 1.4),
                   (ex + s * ew * 0.6, outer_y), (ex - s * ew * 0.6, inner_y)]
            part(cv, ("poly", lid), pal["lid"], outline=False, shade=0, rim=0, clip=name)
            stroke(cv, [(ex - s * ew * 0.45, inner_y), (ex + s * ew * 0.45, outer_y)], ew * 0.07, ink, clip=name)
    # brows
    t, r = e["brow_tilt"], e["brow_raise"]
    for s in (-1, 1):
        ex = cx + s * dx
        base = ey - eh * 1.0 - r * eh * 0.35
        iy = base - t * eh * 0.35 if t >= 0 else base - t * eh * 0.35
        oy = base + t * eh * 0.15
        stroke(cv, bezier((ex - s * ew * 0.4, iy), (ex, base - eh * 0.15), (ex + s * ew * 0.42, oy)), ew * 0.12,
               pal["brow"])
    human_mouth(cv, {**f, "mouth_w": f["mouth_w"]}, e, pal)
    extras(cv, f, e, pal)


# --- glyph (emissive line art) ---------------------------------------------------

def glyph_face(cv: Canvas, f: dict, e: dict, pal: dict) -> None:
    cx, ey, dx, ew, eh = f["cx"], f["eye_y"], f["eye_dx"], f["eye_w"], f["eye_h"]
    col = pal["glyph"]
    lw = ew * 0.16
    o = e["eye_open"]
    for s in (-1, 1):
        ex = cx + s * dx + e["look"][0] * ew * 0.1
        if e["eye_smile"] > 0.55:
            pts = bezier((ex - ew * 0.45, ey + eh * 0.2), (ex, ey - eh * 0.8), (ex + ew * 0.45, ey + eh * 0.2))
            glow(cv, ("poly", pts + pts[::-1]), col, radius=lw * 1.5, strength=0.7)
            stroke(cv, pts, lw, col)
            continue
        ry = eh * 0.55 * o
        lt = e["lid_tilt"]
        pts = ellipse_pts(ex, ey, ew * 0.34, ry, 28)
        if lt != 0:
            # flatten the top of the eye on the inner (angry) or outer (sad) side
            top_in = ey - ry * (1 - max(0, -lt) * 0.9)
            top_out = ey - ry * (1 - max(0, lt) * 0.9)
            new = []
            for (x, y) in pts:
                frac = (x - (ex - ew * 0.34)) / (ew * 0.68)
                if s < 0:
                    frac = 1 - frac
                limit = top_in + (top_out - top_in) * frac
                new.append((x, max(y, limit) if y < ey else y))
            pts = new
        glow(cv, ("poly", pts), col, radius=lw * 1.6, strength=0.8)
        part(cv, ("poly", pts), col, outline=False, shade=0, rim=0)
        part(cv, ("ellipse", ex - ew * 0.08, ey - ry * 0.35, ew * 0.08, ew * 0.08), (255, 255, 255, 230),
             outline=False, shade=0, rim=0)
    t, r = e["brow_tilt"], e["brow_raise"]
    if abs(t) > 0.1 or r > 0.3:
        for s in (-1, 1):
            ex = cx + s * dx
            base = ey - eh * 1.05 - r * eh * 0.4
            iy = base - t * eh * 0.45
            oy = base + t * eh * 0.2
            pts = [(ex - s * ew * 0.38, iy), (ex + s * ew * 0.38, oy)]
            glow(cv, ("poly", pts + [(pts[1][0], pts[1][1] + 1), (pts[0][0], pts[0][1] + 1)]), col, radius=lw,
                 strength=0.5)
            stroke(cv, pts, lw * 0.75, col)
    # mouth as a light stroke
    cx_, my, mw, c, cy_ = _mouth_geom(f, e)
    op = e["mouth_open"]
    if e["mouth_shape"] == "o" and op > 0:
        pts = ellipse_pts(cx, my + mw * 0.2, mw * 0.35, mw * 0.42 * op, 28)
        glow(cv, ("poly", pts), col, radius=lw * 1.5, strength=0.7)
        stroke(cv, pts, lw * 0.8, col, closed=True)
        return
    if e["mouth_shape"] == "wobble":
        pts = []
        for i in range(9):
            t_ = i / 8
            pts.append((cx - mw * 0.8 + t_ * mw * 1.6, my + (mw * 0.1 if i % 2 else -mw * 0.08)))
    else:
        pts = bezier((cx - mw, cy_), (cx, my + c * mw * 0.35 + op * mw * 0.8), (cx + mw, cy_), 16)
    if op > 0.1 and e["mouth_shape"] in ("open", "clench"):
        top = bezier((cx - mw, cy_), (cx, my - mw * 0.05), (cx + mw, cy_), 16)
        poly = top + pts[::-1]
        glow(cv, ("poly", poly), col, radius=lw * 1.6, strength=0.6)
        part(cv, ("poly", poly), with_a(col, 0.55), outline=False, shade=0, rim=0)
        stroke(cv, poly, lw * 0.7, col, closed=True)
    else:
        glow(cv, ("poly", pts + pts[::-1]), col, radius=lw * 1.5, strength=0.7)
        stroke(cv, pts, lw * 0.85, col)
    if e["sweat"] > 0:
        x, y = cx + f["hw"] * 0.36, ey - eh * 1.2
        stroke(cv, [(x, y), (x + ew * 0.06, y + ew * 0.25)], lw * 0.7, col)
    if e["tear"] > 0:
        x, y = cx + dx + ew * 0.2, ey + eh * 0.8
        stroke(cv, [(x, y), (x, y + ew * 0.3)], lw * 0.7, col, alpha=0.8)
    if e["blush"] > 0:
        for s in (-1, 1):
            for k in range(3):
                x = cx + s * dx * 1.15 + (k - 1) * ew * 0.16
                stroke(cv, [(x + ew * 0.05, ey + eh * 1.0), (x - ew * 0.04, ey + eh * 1.35)], lw * 0.5, col,
                       alpha=0.7)


def with_a(c, a):
    c = rgba(c)
    return c[:3] + (int(c[3] * a),)


# --- lens (single camera eye) --------------------------------------------------------

def lens_face(cv: Canvas, f: dict, e: dict, pal: dict) -> None:
    cx, cy, r = f["lens_x"], f["lens_y"], f["lens_r"]
    ink = cv.style.ink
    part(cv, ("ellipse", cx, cy, r * 1.18, r * 1.18), pal["trim"], outline=True, shade=0.8, name="lens_ring")
    part(cv, ("ellipse", cx, cy, r, r), (18, 24, 36, 255), outline=True, shade=0, rim=0, name="lens")
    o = e["eye_open"]
    ir = r * 0.62 * (0.75 + 0.25 * e["pupil"]) * (1.12 if o > 1.1 else 1.0)
    lx, ly = e["look"]
    icx, icy = cx + lx * r * 0.18, cy + ly * r * 0.18
    glow(cv, ("ellipse", icx, icy, ir, ir), pal["glyph"], radius=r * 0.35, strength=0.9)
    part(cv, ("ellipse", icx, icy, ir, ir), pal["glyph"], outline=False, shade=0.5, rim=0, clip="lens")
    part(cv, ("ellipse", icx, icy, ir * 0.42 * e["pupil"], ir * 0.42 * e["pupil"]), (14, 30, 44, 255),
         outline=False, shade=0, rim=0, clip="lens")
    # aperture blades for a "squint"
    if e["eye_smile"] > 0.5:
        part(cv, ("poly", [(cx - r, cy + r * 0.25), (cx + r, cy + r * 0.25), (cx + r, cy + r), (cx - r, cy + r)]),
             (18, 24, 36, 255), outline=False, shade=0, rim=0, clip="lens")
        stroke(cv, bezier((cx - r * 0.85, cy + r * 0.3), (cx, cy - r * 0.2), (cx + r * 0.85, cy + r * 0.3)),
               r * 0.1, pal["glyph"], clip="lens")
    lt = e["lid_tilt"]
    top_cut = 1.0 - min(o, 1.0)
    if lt != 0 or top_cut > 0.05:
        # shutter plates: a V for anger, a roof for sadness, level when sleepy
        base = cy - r + top_cut * r * 1.3 + abs(lt) * r * 0.25
        if lt < 0:
            edge = [(cx + r * 1.2, base), (cx, base + (-lt) * r * 0.6), (cx - r * 1.2, base)]
        else:
            edge = [(cx + r * 1.2, base + lt * r * 0.55), (cx, base), (cx - r * 1.2, base + lt * r * 0.55)]
        plate = [(cx - r * 1.2, cy - r * 1.3), (cx + r * 1.2, cy - r * 1.3)] + edge
        part(cv, ("poly", plate), pal["body"], outline=False, shade=0.5, rim=0.5, clip="lens")
        stroke(cv, edge, r * 0.08, ink, clip="lens")
    part(cv, ("ellipse", cx - r * 0.4, cy - r * 0.45, r * 0.16, r * 0.1, -0.6), (255, 255, 255, 200),
         outline=False, shade=0, rim=0, clip="lens")


FACE_STYLES = {"human": human_face, "cartoon": cartoon_face, "glyph": glyph_face, "lens": lens_face}

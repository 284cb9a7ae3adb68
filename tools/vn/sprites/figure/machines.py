"""Machines (robot, drone, mascot, abstract): each built from its own parts, its face drawn by
face.py on the panel the body function returns, the body turned a little with the expression."""

from __future__ import annotations

import math
import random

from PIL import Image

from .. import face as facemod
from ..kit import Canvas, catmull, glow, light_of, limb, part, shadow_of, stroke, with_alpha
from .effects import finish_image
from .geometry import SPRITE_H, SPRITE_W, Point, Spec, Warp, new_canvas
from .items import draw_item
from .palette import derive_palette, machine_face_palette


def draw_robot(cv: Canvas, c: Spec, expr: Spec | None = None) -> Spec:
    m = c["machine"]
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
    part(cv, ("rrect", cx - w * 0.5, ty0 + hh * 0.42, cx + w * 0.5, ty0 + hh * 0.48, 2), trim, outline=False,
         shade=0.5,
         clip="torso")
    # neck
    part(cv, ("rrect", cx - w * 0.12, hy1 - 6, cx + w * 0.12, ty0 + 8, 4), shadow_of(trim, 0.2), depth=4)
    for k in range(3):
        stroke(cv, [(cx - w * 0.12, hy1 + 2 + k * 7), (cx + w * 0.12, hy1 + 2 + k * 7)], 1.4, cv.style.ink,
               alpha=0.6)
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
        stroke(cv, [(cx + s * w * 0.42, ty0 + hh * 0.5), (cx + s * w * 0.42, SPRITE_H)], 1.4,
               shadow_of(body_c, 0.4))
        for k in range(3):
            part(cv, ("ellipse", cx + s * w * 0.44, ty0 + 18 + k * 24, 2.4, 2.4), shadow_of(body_c, 0.3),
                 outline=False, shade=0)
    # logo plate
    part(cv, ("rrect", cx - 24, ty0 + hh * 0.52, cx + 24, ty0 + hh * 0.6, 5), trim, line=1.4)
    # arms: left a jointed arm ending in a gripper, right the tray arm
    for s in (-1, 1):
        shoulder = (cx + s * w * 0.5, ty0 + 26)
        if s > 0 and m["tray"]:
            elbow = (cx + s * w * 0.66, ty0 + hh * 0.32)
            wrist = (cx + s * w * 0.42, ty0 + hh * 0.3)
        elif s < 0 and c.get("_arms") == "raise":     # the gripper lifted beside the head, making a point
            elbow = (cx + s * w * 0.74, ty0 + hh * 0.12)
            wrist = (cx + s * w * 0.68, ty0 - hh * 0.14)
        else:
            elbow = (cx + s * w * 0.64, ty0 + hh * 0.36)
            wrist = (cx + s * w * 0.6, ty0 + hh * 0.62)
        part(cv, ("ellipse", shoulder[0], shoulder[1], 17, 17), trim, depth=5)
        part(cv, ("poly", limb([shoulder, elbow], [22, 20])), body_c, depth=6)
        part(cv, ("ellipse", elbow[0], elbow[1], 12, 12), trim, depth=4)
        part(cv, ("poly", limb([elbow, wrist], [19, 16])), body_c, depth=5)
        if s > 0 and m["tray"]:
            draw_item(cv, {"type": "tray", "color": trim, "accent": m["glow"]},
                      (wrist[0] - 10, wrist[1] - 4), 1.0)
            part(cv, ("ellipse", wrist[0], wrist[1], 10, 10), trim, depth=3)
        elif wrist[1] < elbow[1]:   # a raised gripper opens upwards
            part(cv, ("poly", [(wrist[0] - 12, wrist[1]), (wrist[0] + 12, wrist[1]),
                               (wrist[0] + 9, wrist[1] - 22), (wrist[0] + 2, wrist[1] - 12),
                               (wrist[0] - 2, wrist[1] - 12), (wrist[0] - 9, wrist[1] - 22)]), trim, depth=3)
        else:
            part(cv, ("poly", [(wrist[0] - 12, wrist[1]), (wrist[0] + 12, wrist[1]),
                               (wrist[0] + 9, wrist[1] + 22), (wrist[0] + 2, wrist[1] + 12),
                               (wrist[0] - 2, wrist[1] + 12), (wrist[0] - 9, wrist[1] + 22)]), trim, depth=3)
    # head box
    cv.warp = head
    part(cv, ("rrect", hx0, hy0, hx1, hy1, 22), body_c, depth=w * 0.08, name="head")
    part(cv, ("rrect", hx0 + 8, hy0 + 8, hx1 - 8, hy1 - 8, 16), shadow_of(body_c, 0.15), outline=False,
         shade=0.4,
         clip="head")
    for s in (-1, 1):
        part(cv, ("rrect", cx + s * (w * 0.36) - 8, hy0 + head_h * 0.3, cx + s * (w * 0.36) + 8,
                  hy0 + head_h * 0.7, 4),
             trim, depth=3)
    return {"lens_x": cx, "lens_y": (hy0 + hy1) / 2 - 2, "lens_r": head_h * 0.3, "cx": cx, "top": hy0,
            "hw": w * 0.72,
            "hh": head_h, "eye_y": (hy0 + hy1) / 2, "eye_dx": 20, "eye_w": 20, "eye_h": 14,
            "mouth_y": hy1 - 12, "mouth_w": 20}


def draw_drone(cv: Canvas, c: Spec, expr: Spec | None = None) -> Spec:
    m = c["machine"]
    cx = SPRITE_W / 2
    top = SPRITE_H - c["build"]["height"]
    w, h = m["width"], m["height"]
    cy = top + h / 2 + 20
    # light beam to the floor and the hover glow
    beam = [(cx - w * 0.28, cy + h * 0.4), (cx + w * 0.28, cy + h * 0.4), (cx + w * 0.5, SPRITE_H),
            (cx - w * 0.5, SPRITE_H)]
    part(cv, ("poly", beam), with_alpha(m["glow"], 0.16), outline=False, shade=0, rim=0)
    glow(cv, ("ellipse", cx, SPRITE_H - 8, w * 0.45, 10), m["glow"], radius=16, strength=0.5)
    glow(cv, ("ellipse", cx, cy + h * 0.46, w * 0.3, 8), m["glow"], radius=12, strength=0.9)
    # the whole puck tips and bobs with the expression, over its steady beam
    cv.warp = machine_tilt(expr, (cx, cy), 1.2, h)
    # side fins / rotors
    for s in (-1, 1):
        part(cv, ("smooth", [(cx + s * w * 0.42, cy - h * 0.1), (cx + s * w * 0.68, cy - h * 0.32),
                             (cx + s * w * 0.74, cy - h * 0.22), (cx + s * w * 0.5, cy + h * 0.12)]),
             m["trim"], depth=5)
        part(cv, ("ellipse", cx + s * w * 0.7, cy - h * 0.34, w * 0.16, 5), with_alpha(m["glow"], 0.6),
             line=1.3, shade=0)
    # puck body: top rim + body
    part(cv, ("ellipse", cx, cy + h * 0.26, w * 0.5, h * 0.26), shadow_of(m["body"], 0.2), depth=6)
    part(cv, ("rrect", cx - w * 0.5, cy - h * 0.3, cx + w * 0.5, cy + h * 0.28, h * 0.3), m["body"], depth=10,
         name="body")
    part(cv, ("ellipse", cx, cy - h * 0.3, w * 0.5, h * 0.16), light_of(m["body"], 0.2), depth=4)
    part(cv, ("rrect", cx - w * 0.5, cy + h * 0.12, cx + w * 0.5, cy + h * 0.2, 2), m["trim"], outline=False,
         shade=0.3,
         clip="body")
    # screen face
    sx0, sx1, sy0, sy1 = cx - w * 0.34, cx + w * 0.34, cy - h * 0.2, cy + h * 0.1
    part(cv, ("rrect", sx0, sy0, sx1, sy1, 12), m["screen"], depth=4, name="screen")
    glow(cv, ("rrect", sx0, sy0, sx1, sy1, 12), m["glow"], radius=8, strength=0.2)
    part(cv, ("poly", [(sx0, sy0), (sx0 + (sx1 - sx0) * 0.4, sy0), (sx0 + (sx1 - sx0) * 0.2, sy1),
                       (sx0, sy1)]),
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


def draw_mascot(cv: Canvas, c: Spec, expr: Spec | None = None) -> Spec:
    """A rounded tooth with stubby roots, little arms, a face on the crown."""
    m = c["machine"]
    cx = SPRITE_W / 2
    top = SPRITE_H - c["build"]["height"]
    w, h = m["width"], m["height"]
    y0 = top + 20
    body = [(cx, y0 + h * 0.06), (cx + w * 0.25, y0), (cx + w * 0.47, y0 + h * 0.08),
            (cx + w * 0.52, y0 + h * 0.3),
            (cx + w * 0.45, y0 + h * 0.58), (cx + w * 0.36, y0 + h * 0.8), (cx + w * 0.3, y0 + h * 0.98),
            (cx + w * 0.18, y0 + h * 1.0), (cx + w * 0.1, y0 + h * 0.82), (cx, y0 + h * 0.74),
            (cx - w * 0.1, y0 + h * 0.82), (cx - w * 0.18, y0 + h * 1.0), (cx - w * 0.3, y0 + h * 0.98),
            (cx - w * 0.36, y0 + h * 0.8), (cx - w * 0.45, y0 + h * 0.58), (cx - w * 0.52, y0 + h * 0.3),
            (cx - w * 0.47, y0 + h * 0.08), (cx - w * 0.25, y0)]
    # the tooth rocks on its roots with the expression
    cv.warp = machine_tilt(expr, (cx, y0 + h), 0.8, h * 0.5)
    # arms (behind the body edge), white gloves
    for s in (-1, 1):
        shoulder = (cx + s * w * 0.44, y0 + h * 0.5)
        elbow = (cx + s * w * 0.62, y0 + h * 0.6)
        wrist = (cx + s * w * (0.66 if s < 0 else 0.6), y0 + h * (0.76 if s < 0 else 0.42))
        if c.get("_arms") == "raise":       # both gloves up: presenting, or cheering
            elbow = (cx + s * w * 0.66, y0 + h * 0.42)
            wrist = (cx + s * w * 0.74, y0 + h * 0.16)
        part(cv, ("poly", limb([shoulder, elbow, wrist], [16, 14, 12])), m["body"], depth=4)
        part(cv, ("ellipse", wrist[0], wrist[1], 15, 15), m["trim"], depth=4)
    part(cv, ("smooth", body), m["body"], depth=w * 0.14, name="tooth")
    # coat collar + bow tie
    if m["bowtie"] is not None:
        yb = y0 + h * 0.62
        part(cv, ("poly", [(cx, yb), (cx - 22, yb - 12), (cx - 22, yb + 12)]), m["bowtie"], depth=3)
        part(cv, ("poly", [(cx, yb), (cx + 22, yb - 12), (cx + 22, yb + 12)]), m["bowtie"], depth=3)
        part(cv, ("ellipse", cx, yb, 6, 7), shadow_of(m["bowtie"], 0.2), depth=2)
    if m["head_mirror"]:
        stroke(cv, catmull([(cx - w * 0.48, y0 + h * 0.16), (cx - w * 0.1, y0 + h * 0.05),
                            (cx + w * 0.46, y0 + h * 0.14)],
                           closed=False), 6, shadow_of(m["trim"], 0.3), clip="tooth")
        part(cv, ("ellipse", cx - w * 0.2, y0 + h * 0.08, 20, 20), m["trim"], depth=5)
        part(cv, ("ellipse", cx - w * 0.2, y0 + h * 0.08, 7, 7), m["glow"], outline=False, shade=0)
    fw = w
    return {"cx": cx, "top": y0, "hw": fw * 0.8, "hh": h * 0.6, "eye_y": y0 + h * 0.28, "eye_dx": w * 0.17,
            "eye_w": w * 0.2, "eye_h": w * 0.17, "mouth_y": y0 + h * 0.44, "mouth_w": w * 0.12}


def draw_abstract(cv: Canvas, c: Spec, expr: Spec | None = None) -> Spec:
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
            pts = [(cx + math.cos(a1 + t / 20 * 1.6) * r,
                    cy + math.sin(a1 + t / 20 * 1.6) * r * 0.96) for t in range(21)]
            stroke(cv, pts, 3.0 - k * 0.4, m["trim"], alpha=0.8 - k * 0.12)
        for t in range(24):
            a = t / 24 * math.tau
            if t % 2 == 0:
                stroke(cv, [(cx + math.cos(a) * (r - 5), cy + math.sin(a) * (r - 5)),
                            (cx + math.cos(a) * (r + 4), cy + math.sin(a) * (r + 4))], 1.6, m["trim"],
                       alpha=0.6)
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
        stroke(cv, catmull([(cx + k * w * 0.04, cy - h * 0.5), (cx + k * w * 0.1, cy),
                            (cx + k * w * 0.05, cy + h * 0.5)],
                           closed=False), 1.0, m["trim"], alpha=0.4, clip="mask")
    # orbiting data points
    for _ in range(14):
        a = rnd.uniform(0, math.tau)
        r = w * rnd.uniform(0.6, 0.95)
        x, y = cx + math.cos(a) * r, cy + math.sin(a) * r
        glow(cv, ("ellipse", x, y, 2.5, 2.5), m["glow"], radius=4, strength=0.8)
        part(cv, ("ellipse", x, y, 2.2, 2.2), m["glow"], outline=False, shade=0)
    return {"cx": cx, "top": cy - h * 0.44, "hw": w * 0.7, "hh": h * 0.8, "eye_y": cy - h * 0.06,
            "eye_dx": w * 0.15,
            "eye_w": w * 0.2, "eye_h": w * 0.12, "mouth_y": cy + h * 0.24, "mouth_w": w * 0.11}


def machine_tilt(expr: Spec | None, pivot: Point, k: float, size: float) -> Warp | None:
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

    def warp(p: Point) -> Point:
        x, y = p[0] - px, p[1] - py
        return (px + x * ca - y * sa, py + x * sa + y * ca + dy)
    return warp


MACHINES = {"robot": draw_robot, "drone": draw_drone, "mascot": draw_mascot, "abstract": draw_abstract}


def render_machine(c: Spec, expr: Spec, target: str) -> Image.Image:
    """A machine in one expression: its body (turned a little with the expression) and its face,
    drawn under the same turn as the part that carries it."""
    cv = new_canvas(c, target)
    derive_palette(c)
    info = MACHINES[c["kind"]](cv, c, expr)
    facemod.FACE_STYLES[c["face"]["style"]](cv, info, expr, machine_face_palette(c))
    cv.warp = None
    return finish_image(cv.img, cv, c)

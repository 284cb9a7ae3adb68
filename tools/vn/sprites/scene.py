"""Backgrounds, closing illustrations and the title art: a list of layers, painted far to near.

Every layer type is a generic, parameterised element (sky gradient, skyline,
window, dental chair, neon sign, crowd, ...); a location is only a spec that
arranges them. Randomness (skylines, rain, crowds) comes from ``random.Random``
seeded by the spec's seed plus the layer's own seed, so output is repeatable.
"""

from __future__ import annotations

import math
import random
from pathlib import Path
from typing import Callable

from PIL import Image, ImageDraw, ImageFilter

from . import figure
from .kit import (Canvas, Style, batch, bezier, catmull, ellipse_pts, glow, light_of, limb, mix, part, rgba, shadow_of,
                  stroke, taper, text, vgrad, with_alpha)

W, H = 1280, 720
SS = 2
FONTS = {"title": "LeagueSpartan-Bold.otf", "ui": "Quicksand-Bold.ttf", "body": "Lato-Bold.ttf"}
SCENE_STYLE = Style(ink=(22, 24, 40, 255), outline=1.6, shade=0.8, rim=0.3)


class Ctx:
    def __init__(self, fonts_dir: Path, characters: dict, expressions: dict):
        self.fonts_dir = Path(fonts_dir)
        self.characters = characters
        self.expressions = expressions

    def font(self, key: str) -> str:
        return str(self.fonts_dir / FONTS[key])


def fonts_of(layer: dict) -> list[str]:
    """The FONTS keys a validated layer draws text with (the elements below that call `text`);
    the build opens each one before it writes anything."""
    kind = layer["type"]
    if kind in ("neon", "text"):
        return [layer["font"]]
    if kind in ("screen", "crates") and layer["label"]:
        return ["ui"]
    if kind == "banner" and layer["text"]:
        return ["title"]
    return []


def _flat(cv, shapes, color, **kw):
    kw.setdefault("outline", False)
    kw.setdefault("shade", 0)
    kw.setdefault("rim", 0)
    part(cv, shapes, color, **kw)


# --- elements ------------------------------------------------------------------

# A layer's `type` names its drawing function here; each `el_` function registers itself
# with `@element`, so the table is written where the functions are (no lookup by name).
ELEMENT_FUNCS: dict[str, Callable[..., None]] = {}


def element(name: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Register the decorated function as the painter of layers of type `name`."""
    def register(fn: Callable[..., None]) -> Callable[..., None]:
        assert name not in ELEMENT_FUNCS, f"two painters for scene element {name!r}"
        ELEMENT_FUNCS[name] = fn
        return fn
    return register


@element("gradient")
def el_gradient(cv, L, rnd, ctx):
    x0, y0, x1, y1 = L["box"] or (0, 0, W, H)
    img = vgrad((int((x1 - x0) * cv.ss), int((y1 - y0) * cv.ss)), L["top"], L["bottom"], L["mid"])
    cv.composite(img, int(x0 * cv.ss), int(y0 * cv.ss))


@element("glow")
def el_glow(cv, L, rnd, ctx):
    x, y = L["at"]
    r = L["radius"]
    glow(cv, ("ellipse", x, y, r * 0.5, r * 0.5 * L["squash"]), L["color"], radius=r * 0.5, strength=L["strength"])


@element("rect")
def el_rect(cv, L, rnd, ctx):
    x0, y0, x1, y1 = L["box"]
    shape = ("rrect", x0, y0, x1, y1, L["radius"]) if L["radius"] else ("poly", [(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
    grad = (L["color"], L["bottom"]) if L["bottom"] is not None else None
    part(cv, shape, L["color"], outline=L["outline"], shade=L["shade"], rim=0.3 if L["shade"] else 0, grad=grad)


@element("poly")
def el_poly(cv, L, rnd, ctx):
    pts = list(L["points"])
    shape = ("smooth", pts) if L["smooth"] else ("poly", pts)
    grad = (L["color"], L["bottom"]) if L["bottom"] is not None else None
    part(cv, shape, L["color"], outline=L["outline"], shade=0, rim=0, grad=grad)


@element("floor")
def el_floor(cv, L, rnd, ctx):
    hz = L["horizon"]
    grad = (L["far"] or shadow_of(L["color"], 0.3), L["color"])
    part(cv, ("poly", [(0, hz), (W, hz), (W, H), (0, H)]), L["color"], outline=False, shade=0, rim=0, grad=grad)
    vx = L["vanish"]
    lc = L["line_color"]
    sp = L["spacing"]
    lines = []
    if L["lines"] in ("planks", "tiles", "grid"):
        n = int(W * 3 / sp)
        for i in range(-n, n + 1):
            xb = vx + i * sp * 2.2
            if -W < xb < 2 * W:
                lines.append([(vx + (xb - vx) * 0.02, hz), (xb, H + 10)])
    batch(cv, lc, lines=lines, width=1.2)
    if L["lines"] in ("tiles", "grid"):
        y = hz + 4
        k = 1
        rows = []
        while y < H:
            rows.append([(0, y), (W, y)])
            k += 1
            y = hz + (H - hz) * (k / 12) ** 1.8 * 1.0 + 4
        batch(cv, lc, lines=rows, width=1.6)
    if L["reflect"] is not None:
        glow(cv, ("poly", [(vx - 300, hz + 20), (vx + 300, hz + 20), (vx + 500, H), (vx - 500, H)]), L["reflect"],
             radius=40, strength=0.25)


@element("skyline")
def el_skyline(cv, L, rnd, ctx):
    base = L["base"]
    x0, x1 = L["x"]
    hmin, hmax = L["height"]
    wmin, wmax = L["width"]
    col = L["color"]
    xs = sorted(rnd.uniform(x0, x1) for _ in range(L["count"]))
    for x in xs:
        w = rnd.uniform(wmin, wmax)
        h = rnd.uniform(hmin, hmax)
        top = base - h
        pts = [(x, base + 2), (x, top), (x + w, top), (x + w, base + 2)]
        r = rnd.random()
        if r < L["spires"] * 0.5:
            pts = [(x, base + 2), (x, top), (x + w * 0.5, top - h * 0.12), (x + w, top), (x + w, base + 2)]
        elif r < L["spires"]:
            pts = [(x, base + 2), (x, top + h * 0.1), (x + w * 0.3, top + h * 0.1), (x + w * 0.3, top),
                   (x + w * 0.7, top), (x + w * 0.7, top + h * 0.1), (x + w, top + h * 0.1), (x + w, base + 2)]
            stroke(cv, [(x + w * 0.5, top), (x + w * 0.5, top - h * 0.18)], 1.5, col)
        _flat(cv, ("poly", pts), col)
        if L["window"] is not None:
            wc = L["window"]
            lit = ([], [])
            for wy in range(int(top + 8), int(base - 4), 9):
                for wx in range(int(x + 5), int(x + w - 5), 8):
                    if rnd.random() < L["density"]:
                        lit[rnd.random() < 0.5].append([(wx, wy), (wx + 3.5, wy), (wx + 3.5, wy + 4.5), (wx, wy + 4.5)])
            batch(cv, wc, polys=lit[0], alpha=0.6)
            batch(cv, wc, polys=lit[1], alpha=1.0)


@element("window")
def el_window(cv, L, rnd, ctx):
    x0, y0, x1, y1 = L["box"]
    sky = L["sky"]
    img = vgrad((int((x1 - x0) * cv.ss), int((y1 - y0) * cv.ss)), sky[0], sky[-1], sky[1] if len(sky) == 3 else None)
    cv.composite(img, int(x0 * cv.ss), int(y0 * cv.ss))
    if L["city"] is not None:
        sub = dict(base=y1 - (y1 - y0) * 0.05, height=((y1 - y0) * 0.2, (y1 - y0) * 0.75), color=L["city"],
                   window=L["city_window"], count=max(3, int((x1 - x0) / 22)), width=(14, 40), density=0.3,
                   x=(x0 - 20, x1), spires=0.3)
        tmp = Canvas(W, H, cv.ss, cv.style)
        el_skyline(tmp, sub, rnd, ctx)
        mask = Image.new("L", tmp.img.size, 0)
        ImageDraw.Draw(mask).rectangle([x0 * cv.ss, y0 * cv.ss, x1 * cv.ss, y1 * cv.ss], fill=255)
        a = tmp.img.getchannel("A")
        from PIL import ImageChops
        tmp.img.putalpha(ImageChops.multiply(a, mask))
        cv.img.alpha_composite(tmp.img)
    if L["rain"]:
        drops = []
        for _ in range(int((x1 - x0) * (y1 - y0) / 900)):
            x, y = rnd.uniform(x0, x1), rnd.uniform(y0, y1)
            drops.append([(x, y), (x - 2, y + 10)])
        batch(cv, (210, 225, 255, 255), lines=drops, width=1.0, alpha=0.35)
    if L["blinds"]:
        for y in range(int(y0), int(y1 * 0.55 + y0 * 0.45), 7):
            stroke(cv, [(x0, y), (x1, y)], 3.0, light_of(L["frame"], 0.25), alpha=0.9)
    # glass sheen
    _flat(cv, ("poly", [(x0 + (x1 - x0) * 0.15, y0), (x0 + (x1 - x0) * 0.38, y0), (x0 + (x1 - x0) * 0.12, y1),
                        (x0 - (x1 - x0) * 0.1, y1)]), (255, 255, 255, 18))
    fr = L["frame"]
    t = max(6, (x1 - x0) * 0.025)
    cols, rows = int(L["panes"][0]), int(L["panes"][1])
    bars = [("poly", [(x0 - t, y0 - t), (x1 + t, y0 - t), (x1 + t, y0), (x0 - t, y0)]),
            ("poly", [(x0 - t, y1), (x1 + t, y1), (x1 + t, y1 + t), (x0 - t, y1 + t)]),
            ("poly", [(x0 - t, y0), (x0, y0), (x0, y1), (x0 - t, y1)]),
            ("poly", [(x1, y0), (x1 + t, y0), (x1 + t, y1), (x1, y1)])]
    for i in range(1, cols):
        x = x0 + (x1 - x0) * i / cols
        bars.append(("poly", [(x - t * 0.35, y0), (x + t * 0.35, y0), (x + t * 0.35, y1), (x - t * 0.35, y1)]))
    for j in range(1, rows):
        y = y0 + (y1 - y0) * j / rows
        bars.append(("poly", [(x0, y - t * 0.35), (x1, y - t * 0.35), (x1, y + t * 0.35), (x0, y + t * 0.35)]))
    part(cv, bars, fr, shade=0.6, depth=4)
    if L["sill"]:
        part(cv, ("poly", [(x0 - t * 2, y1 + t), (x1 + t * 2, y1 + t), (x1 + t * 2.4, y1 + t * 2.4),
                           (x0 - t * 2.4, y1 + t * 2.4)]), light_of(fr, 0.1), shade=0.8, depth=5)
    if L["light"] > 0:
        glow(cv, ("poly", [(x0, y1 + t * 2.4), (x1, y1 + t * 2.4), (x1 + (x1 - x0) * 0.6, H), (x0 + (x1 - x0) * 0.3, H)]),
             mix(sky[-1], (255, 240, 200, 255), 0.6), radius=30, strength=L["light"] * 0.5)


@element("neon")
def el_neon(cv, L, rnd, ctx):
    x, y = L["at"]
    anchor = {"left": "lm", "center": "mm", "right": "rm"}[L["anchor"]]
    if L["sign"] is not None:
        tmp = Canvas(W, H, 1, cv.style)
        bb = text(tmp, (x, y), L["text"], ctx.font(L["font"]), L["size"], L["color"], anchor=anchor,
                  tracking=L["tracking"])
        pad = L["size"] * 0.35
        part(cv, ("rrect", bb[0] - pad, bb[1] - pad, bb[2] + pad, bb[3] + pad, pad * 0.6), L["sign"], shade=0.4, depth=5)
    layer = Canvas(W, H, cv.ss, cv.style)
    text(layer, (x, y), L["text"], ctx.font(L["font"]), L["size"], L["color"], anchor=anchor, tracking=L["tracking"])
    if L["glow"] > 0:
        a = layer.img.getchannel("A")
        small = a.resize((a.width // 4, a.height // 4)).filter(ImageFilter.GaussianBlur(L["glow"] * cv.ss / 4))
        g = Image.new("RGBA", a.size, rgba(L["color"]))
        g.putalpha(small.resize(a.size).point(lambda v: min(255, v * 3)))
        cv.img.alpha_composite(g)
    # white-hot core
    core = layer.img.copy()
    core_col = Image.new("RGBA", core.size, light_of(L["color"], 0.55))
    core_col.putalpha(core.getchannel("A"))
    cv.img.alpha_composite(core_col)


@element("rain")
def el_rain(cv, L, rnd, ctx):
    x0, y0, x1, y1 = L["box"] or (0, 0, W, H)
    a = math.radians(L["angle"])
    groups = ([], [], [])
    for _ in range(L["count"]):
        x, y = rnd.uniform(x0 - 60, x1 + 60), rnd.uniform(y0, y1)
        ln = rnd.uniform(*L["length"])
        groups[rnd.randint(0, 2)].append([(x, y), (x - math.sin(a) * ln, y + math.cos(a) * ln)])
    for k, g in enumerate(groups):
        batch(cv, L["color"], lines=g, width=0.9 + 0.35 * k, alpha=0.45 + 0.27 * k)


@element("dental_chair")
def el_dental_chair(cv, L, rnd, ctx):
    x, y = L["at"]
    s = L["scale"] * (-1 if L["flip"] else 1)
    k = abs(s)
    col, fr = L["color"], L["frame"]

    def P(px, py):
        return (x + px * s, y + py * k)

    # base and column
    part(cv, ("poly", [P(-70, 0), P(90, 0), P(80, -14), P(-60, -14)]), shadow_of(fr, 0.2), depth=4)
    part(cv, ("poly", [P(-12, -14), P(18, -14), P(14, -90), P(-8, -90)]), fr, depth=5)
    # seat, back, headrest, leg rest
    part(cv, ("smooth", [P(-90, -100), P(60, -104), P(72, -86), P(-84, -80)]), col, depth=10)
    part(cv, ("smooth", [P(60, -104), P(150, -64), P(160, -48), P(70, -84)]), col, depth=8)
    part(cv, ("smooth", [P(-86, -96), P(-120, -200), P(-104, -212), P(-66, -104)]), col, depth=10)
    part(cv, ("smooth", [P(-122, -206), P(-136, -242), P(-112, -250), P(-100, -214)]), col, depth=6)
    if L["crack"]:
        stroke(cv, [P(-60, -98), P(-40, -92), P(-50, -86), P(-30, -84)], 1.6, shadow_of(col, 0.7))
    # armrest
    part(cv, ("rrect", *P(-40, -132), *P(40, -120), 5) if s > 0 else ("rrect", *P(40, -132), *P(-40, -120), 5), col, depth=4)
    # tray arm and lamp
    part(cv, ("poly", [P(110, -60), P(118, -60), P(118, -170), P(110, -170)]), fr, depth=3)
    part(cv, ("rrect", *P(80, -182), *P(150, -170), 3) if s > 0 else ("rrect", *P(150, -182), *P(80, -170), 3), fr, depth=3)
    if L["lamp"]:
        stroke(cv, [P(-10, -90), P(-20, -300), P(-110, -330)], 4 * k, fr)
        lamp = [P(-150, -322), P(-80, -340), P(-76, -326), P(-146, -306)]
        part(cv, ("poly", lamp), fr, depth=4)
        glow(cv, ("poly", [P(-146, -306), P(-76, -326), P(-40, -120), P(-180, -100)]), (255, 248, 220, 255),
             radius=18 * k, strength=0.25)


@element("cabinet")
def el_cabinet(cv, L, rnd, ctx):
    x0, y0, x1, y1 = L["box"]
    col = L["color"]
    part(cv, ("poly", [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]), col, shade=0.8, depth=10)
    part(cv, ("poly", [(x0 - 6, y0 - 8), (x1 + 6, y0 - 8), (x1 + 6, y0), (x0 - 6, y0)]), light_of(col, 0.1), depth=3)
    cols, rows = int(L["drawers"][0]), int(L["drawers"][1])
    dw, dh = (x1 - x0) / cols, (y1 - y0) / rows
    for i in range(cols):
        for j in range(rows):
            a, b = x0 + i * dw + 5, y0 + j * dh + 5
            part(cv, ("poly", [(a, b), (a + dw - 10, b), (a + dw - 10, b + dh - 10), (a, b + dh - 10)]),
                 light_of(col, 0.06), shade=0.5, line=1.2, depth=4)
            part(cv, ("rrect", a + dw / 2 - 16, b + 10, a + dw / 2 + 6, b + 16, 2), L["handle"], line=1.0, shade=0.3)
            if L["papers"]:
                part(cv, ("poly", [(a + 8, b + dh * 0.42), (a + dw - 22, b + dh * 0.42), (a + dw - 22, b + dh * 0.75),
                                   (a + 8, b + dh * 0.75)]), (236, 228, 206, 255), line=1.0, shade=0.2)


@element("plant")
def el_plant(cv, L, rnd, ctx):
    for n in range(L["count"]):
        x, y = L["at"][0] + n * L["spacing"], L["at"][1]
        s = L["scale"]
        kind = L["kind"]
        pot = [(x - 24 * s, y - 40 * s), (x + 24 * s, y - 40 * s), (x + 18 * s, y), (x - 18 * s, y)]
        leaves = []
        if kind in ("fern", "palm", "geranium", "dead"):
            for i in range(9 if kind != "dead" else 5):
                a = math.radians(-160 + i * (140 / 8) + rnd.uniform(-8, 8))
                ln = s * rnd.uniform(40, 70) * (1.4 if kind == "palm" else 1.0)
                tip = (x + math.cos(a) * ln, y - 40 * s + math.sin(a) * ln)
                mid = (x + math.cos(a) * ln * 0.5 - math.sin(a) * 8 * s, y - 40 * s + math.sin(a) * ln * 0.5 - 6 * s)
                if kind == "dead":
                    stroke(cv, [(x, y - 40 * s), mid, tip], 2.0 * s, (120, 100, 70, 255), smooth=True)
                    continue
                w = (10 if kind == "geranium" else 7) * s
                leaf = [(x, y - 40 * s), (mid[0] - w * math.sin(a), mid[1] + w * math.cos(a)), tip,
                        (mid[0] + w * math.sin(a), mid[1] - w * math.cos(a))]
                leaves.append(("smooth", leaf))
            if leaves:
                part(cv, leaves, L["leaf"], depth=5 * s)
        if kind == "geranium":
            for i in range(5):
                fx, fy = x + rnd.uniform(-34, 34) * s, y - 40 * s - rnd.uniform(30, 66) * s
                blossoms = [("ellipse", fx + math.cos(k * 1.26) * 6 * s, fy + math.sin(k * 1.26) * 6 * s, 6 * s, 6 * s)
                            for k in range(5)]
                part(cv, blossoms, L["flower"], depth=4 * s, line=1.2)
                part(cv, ("ellipse", fx, fy, 2.5 * s, 2.5 * s), light_of(L["flower"], 0.6), outline=False, shade=0)
        part(cv, ("poly", pot), L["pot"], depth=8 * s)
        part(cv, ("poly", [(x - 27 * s, y - 46 * s), (x + 27 * s, y - 46 * s), (x + 27 * s, y - 38 * s),
                           (x - 27 * s, y - 38 * s)]), light_of(L["pot"], 0.1), depth=2)


@element("screen")
def el_screen(cv, L, rnd, ctx):
    x0, y0, x1, y1 = L["box"]
    g = L["glow"]
    w, h = x1 - x0, y1 - y0
    if L["holo"]:
        glow(cv, ("poly", [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]), g, radius=18, strength=0.35)
        part(cv, ("poly", [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]), with_alpha(g, 0.16), outline=True,
             ink=with_alpha(g, 0.8), line=1.2, shade=0, rim=0, name="scr")
    else:
        if L["frame"] is not None:
            part(cv, ("rrect", x0 - 6, y0 - 6, x1 + 6, y1 + 6, 6), L["frame"], depth=5)
        part(cv, ("poly", [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]), L["color"], outline=L["frame"] is None,
             shade=0, rim=0, name="scr")
        glow(cv, ("poly", [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]), g, radius=24, strength=0.22)
    c = L["content"]
    lw = max(1.2, h / 80)
    if c == "chart":
        pts = [(x0 + w * (0.08 + 0.84 * i / 11), y0 + h * (0.75 - 0.45 * rnd.random())) for i in range(12)]
        stroke(cv, pts, lw * 1.4, g)
        for i in range(5):
            bx = x0 + w * (0.1 + 0.17 * i)
            bh = h * rnd.uniform(0.1, 0.3)
            _flat(cv, ("poly", [(bx, y1 - h * 0.08 - bh), (bx + w * 0.1, y1 - h * 0.08 - bh), (bx + w * 0.1, y1 - h * 0.08),
                                (bx, y1 - h * 0.08)]), with_alpha(g, 0.5))
    elif c in ("dash", "text", "code"):
        rows = max(3, int(h / 18))
        top = 0.24 if L["label"] else 0.12   # keep the first line clear of the label
        for j in range(rows):
            y = y0 + h * (top + (0.9 - top) * j / rows)
            ind = w * 0.08 * (rnd.randint(0, 3) if c == "code" else 0)
            ln = w * rnd.uniform(0.3, 0.75)
            stroke(cv, [(x0 + w * 0.08 + ind, y), (x0 + w * 0.08 + ind + ln, y)], lw * 1.4,
                   with_alpha(g, 0.85 if j % 3 else 1.0), clip="scr")
        if c == "dash":
            r = min(w, h) * 0.16
            stroke(cv, ellipse_pts(x1 - w * 0.2, y0 + h * 0.3, r, r, 30)[:22], lw * 2, g)
    elif c == "face":
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        for s in (-1, 1):
            part(cv, ("ellipse", cx + s * w * 0.14, cy - h * 0.08, w * 0.04, h * 0.09), g, outline=False, shade=0)
        stroke(cv, bezier((cx - w * 0.14, cy + h * 0.14), (cx, cy + h * 0.28), (cx + w * 0.14, cy + h * 0.14)), lw * 2, g)
    elif c == "scan":
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        r = min(w, h) * 0.34
        stroke(cv, ellipse_pts(cx, cy, r * 0.7, r, 40), lw * 1.4, g, closed=True)
        for k in range(6):
            y = cy - r + k * r * 0.4
            stroke(cv, [(cx - r * 0.7, y), (cx + r * 0.7, y)], lw * 0.8, with_alpha(g, 0.6), clip="scr")
        stroke(cv, [(x0 + 6, cy + r * 0.2), (x1 - 6, cy + r * 0.2)], lw * 2, light_of(g, 0.5), clip="scr")
    elif c == "dots":
        cols = max(4, int(w / 12))
        rows = max(3, int(h / 12))
        pts = [ellipse_pts(x0 + (i + 0.5) * w / cols, y0 + (j + 0.5) * h / rows, 2.2, 2.2, 10)
               for i in range(cols) for j in range(rows) if rnd.random() < 0.85]
        batch(cv, g, polys=pts, alpha=0.8)
    elif c in ("tooth", "smile"):
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        s = min(w, h) / 200
        if c == "tooth":
            pts = [(cx, cy - 60 * s), (cx + 40 * s, cy - 70 * s), (cx + 60 * s, cy - 30 * s), (cx + 40 * s, cy + 30 * s),
                   (cx + 30 * s, cy + 75 * s), (cx + 10 * s, cy + 40 * s), (cx, cy + 30 * s), (cx - 10 * s, cy + 40 * s),
                   (cx - 30 * s, cy + 75 * s), (cx - 40 * s, cy + 30 * s), (cx - 60 * s, cy - 30 * s), (cx - 40 * s, cy - 70 * s)]
            stroke(cv, catmull(pts), lw * 2.2, g, closed=True)
        else:
            stroke(cv, bezier((cx - 70 * s, cy - 10 * s), (cx, cy + 70 * s), (cx + 70 * s, cy - 10 * s)), lw * 4, g)
            for sgn in (-1, 1):
                part(cv, ("ellipse", cx + sgn * 40 * s, cy - 40 * s, 9 * s, 14 * s), g, outline=False, shade=0)
    elif c == "map":
        for i in range(40):
            x, y = rnd.uniform(x0 + 8, x1 - 8), rnd.uniform(y0 + 8, y1 - 8)
            col = g if rnd.random() < 0.8 else (255, 110, 110, 255)
            glow(cv, ("ellipse", x, y, 2, 2), col, radius=5, strength=0.8)
            _flat(cv, ("ellipse", x, y, 2, 2), col)
    if L["label"]:
        text(cv, (x0 + 10, y0 + 8), L["label"], ctx.font("ui"), max(9, h * 0.09), g)
    _flat(cv, ("poly", [(x0 + w * 0.55, y0), (x0 + w * 0.75, y0), (x0 + w * 0.45, y1), (x0 + w * 0.25, y1)]),
          (255, 255, 255, 14), clip="scr")


@element("shelf")
def el_shelf(cv, L, rnd, ctx):
    x0, y0, x1, y1 = L["box"]
    col = L["color"]
    rows = L["rows"]
    part(cv, ("poly", [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]), shadow_of(col, 0.35), shade=0.6)
    rh = (y1 - y0) / rows
    for j in range(rows):
        by = y0 + (j + 1) * rh
        x = x0 + 6
        while x < x1 - 16:
            w = rnd.uniform(7, 18)
            h = rh * rnd.uniform(0.5, 0.85)
            c = rnd.choice(L["items"])
            if rnd.random() < 0.2:
                part(cv, ("rrect", x, by - h * 0.6, x + w * 1.8, by - 4, 4), c, line=1.0, depth=3)
                x += w * 1.8 + 3
            else:
                part(cv, ("poly", [(x, by - h), (x + w, by - h), (x + w, by - 4), (x, by - 4)]), c, line=1.0, depth=3)
                x += w + 1.5
        part(cv, ("poly", [(x0 - 4, by - 5), (x1 + 4, by - 5), (x1 + 4, by + 3), (x0 - 4, by + 3)]), col, depth=3)


@element("lamp")
def el_lamp(cv, L, rnd, ctx):
    x, y = L["at"]
    s = L["size"]
    stroke(cv, [(x, y - L["length"]), (x, y)], 2.0, L["color"])
    if L["cone"] > 0:
        glow(cv, ("poly", [(x - s * 0.7, y + s * 0.3), (x + s * 0.7, y + s * 0.3), (x + s * 4, y + s * 12),
                           (x - s * 4, y + s * 12)]), L["light"], radius=s, strength=L["cone"])
    glow(cv, ("ellipse", x, y + s * 0.4, s, s * 0.6), L["light"], radius=s * 1.2, strength=0.8)
    if L["style"] == "dome":
        part(cv, ("smooth", [(x - s, y + s * 0.5), (x - s * 0.6, y - s * 0.2), (x, y - s * 0.35), (x + s * 0.6, y - s * 0.2),
                             (x + s, y + s * 0.5)]), L["color"], depth=4)
        part(cv, ("ellipse", x, y + s * 0.5, s * 0.7, s * 0.14), L["light"], outline=False, shade=0)
    elif L["style"] == "globe":
        part(cv, ("ellipse", x, y + s * 0.3, s * 0.6, s * 0.6), L["light"], shade=0.3, rim=0)
    else:
        part(cv, ("rrect", x - s * 2, y - s * 0.15, x + s * 2, y + s * 0.15, s * 0.15), L["light"], shade=0, rim=0)


@element("drone")
def el_drone(cv, L, rnd, ctx):
    x, y = L["at"]
    s = L["scale"]
    if L["beam"] > 0:
        glow(cv, ("poly", [(x - 10 * s, y + 8 * s), (x + 10 * s, y + 8 * s), (x + 50 * s, y + 180 * s),
                           (x - 50 * s, y + 180 * s)]), L["light"], radius=10 * s, strength=L["beam"])
    for sgn in (-1, 1):
        stroke(cv, [(x, y), (x + sgn * 34 * s, y - 8 * s)], 3 * s, L["color"])
        part(cv, ("ellipse", x + sgn * 38 * s, y - 10 * s, 16 * s, 3.5 * s), with_alpha(L["color"], 0.6), line=1.0,
             shade=0)
    part(cv, ("smooth", [(x - 20 * s, y), (x - 12 * s, y - 10 * s), (x + 12 * s, y - 10 * s), (x + 20 * s, y),
                         (x + 10 * s, y + 9 * s), (x - 10 * s, y + 9 * s)]), L["color"], depth=5 * s)
    glow(cv, ("ellipse", x, y + 3 * s, 4 * s, 4 * s), L["light"], radius=6 * s, strength=1)
    part(cv, ("ellipse", x, y + 3 * s, 3.5 * s, 3.5 * s), L["light"], outline=False, shade=0)


@element("crowd")
def el_crowd(cv, L, rnd, ctx):
    x0, x1 = L["x"]
    y = L["y"]
    people = sorted((rnd.uniform(x0, x1), rnd.uniform(*L["scale"])) for _ in range(L["count"]))
    for x, s in people:
        sh = [("ellipse", x, y - 92 * s, 13 * s, 15 * s),
              ("smooth", [(x - 30 * s, y + 5), (x - 27 * s, y - 58 * s), (x - 12 * s, y - 72 * s), (x + 12 * s, y - 72 * s),
                          (x + 27 * s, y - 58 * s), (x + 30 * s, y + 5)])]
        _flat(cv, sh, mix(L["color"], (0, 0, 0, 255), rnd.uniform(0, 0.25)))
        if L["glow"] is not None and rnd.random() < 0.3:
            glow(cv, ("ellipse", x + 6 * s, y - 60 * s, 5 * s, 4 * s), L["glow"], radius=6 * s, strength=0.8)


@element("truss")
def el_truss(cv, L, rnd, ctx):
    x0, y0, x1, y1 = L["box"]
    w = L["width"]
    horiz = (x1 - x0) >= (y1 - y0)
    col = L["color"]
    if horiz:
        stroke(cv, [(x0, y0), (x1, y0)], w, col)
        stroke(cv, [(x0, y1), (x1, y1)], w, col)
        n = int((x1 - x0) / ((y1 - y0) or 1))
        for i in range(n + 1):
            a = x0 + i * (x1 - x0) / max(1, n)
            b = x0 + (i + 0.5) * (x1 - x0) / max(1, n)
            stroke(cv, [(a, y1), (b, y0)], w * 0.6, col)
            stroke(cv, [(b, y0), (min(x1, b + (x1 - x0) / max(1, n) / 2), y1)], w * 0.6, col)
    else:
        stroke(cv, [(x0, y0), (x0, y1)], w, col)
        stroke(cv, [(x1, y0), (x1, y1)], w, col)
        n = int((y1 - y0) / ((x1 - x0) or 1))
        for i in range(n):
            a = y0 + i * (y1 - y0) / max(1, n)
            stroke(cv, [(x0, a), (x1, a + (y1 - y0) / max(1, n))], w * 0.6, col)


@element("pod")
def el_pod(cv, L, rnd, ctx):
    x0, y0, x1, y1 = L["box"]
    col = L["color"]
    part(cv, ("rrect", x0, y0 + (y1 - y0) * 0.45, x1, y1, 18), col, depth=12)
    glow(cv, ("rrect", x0 + 20, y0 + 10, x1 - 20, y0 + (y1 - y0) * 0.5, 30), L["light"], radius=20, strength=0.35)
    part(cv, ("smooth", [(x0 + 10, y0 + (y1 - y0) * 0.5), (x0 + (x1 - x0) * 0.15, y0), (x1 - (x1 - x0) * 0.15, y0),
                         (x1 - 10, y0 + (y1 - y0) * 0.5)]), L["glass"], shade=0, rim=0, outline=True, line=1.6)
    for i in range(3):
        xx = x0 + (x1 - x0) * (0.2 + 0.12 * i)
        part(cv, ("ellipse", xx, y0 + (y1 - y0) * 0.72, 5, 5), L["light"], line=1.0, shade=0)
    stroke(cv, [(x0 + (x1 - x0) * 0.55, y0 + (y1 - y0) * 0.72), (x1 - 30, y0 + (y1 - y0) * 0.72)], 3, L["light"])


@element("bed")
def el_bed(cv, L, rnd, ctx):
    x0, y0, x1, y1 = L["box"]
    part(cv, ("rrect", x0, y0 + (y1 - y0) * 0.35, x1, y1, 8), L["frame"], depth=6)
    part(cv, ("rrect", x0 - 10, y0 - (y1 - y0) * 0.4, x0 + 22, y1, 8), L["frame"], depth=6)
    part(cv, ("smooth", [(x0 + 10, y0 + (y1 - y0) * 0.45), (x0 + 40, y0), (x1 - 10, y0 + 4), (x1 + 6, y0 + (y1 - y0) * 0.5)]),
         L["sheet"], depth=8)
    part(cv, ("ellipse", x0 + 70, y0 + 4, 46, 16), light_of(L["sheet"], 0.4), depth=5)
    part(cv, ("smooth", [(x0 + 130, y0 + 10), (x1 - 60, y0 + 6), (x1 - 20, y0 + (y1 - y0) * 0.3), (x0 + 110, y0 + (y1 - y0) * 0.35)]),
         L["color"], depth=8)


@element("railing")
def el_railing(cv, L, rnd, ctx):
    x0, x1 = L["x"]
    y, h = L["y"], L["height"]
    if L["glass"] is not None:
        _flat(cv, ("poly", [(x0, y - h), (x1, y - h), (x1, y), (x0, y)]), L["glass"])
    for i in range(L["posts"] + 1):
        x = x0 + (x1 - x0) * i / L["posts"]
        stroke(cv, [(x, y - h), (x, y)], 4, L["color"])
    stroke(cv, [(x0, y - h), (x1, y - h)], 6, L["color"])
    stroke(cv, [(x0, y - h * 0.5), (x1, y - h * 0.5)], 3, L["color"])


@element("cables")
def el_cables(cv, L, rnd, ctx):
    x0, y0, x1, y1 = L["box"]
    for _ in range(L["count"]):
        a = (rnd.uniform(x0, x1), y0)
        b = (rnd.uniform(x0, x1), y0)
        sag = (y0 + y1) / 2 + rnd.uniform(-(y1 - y0) * 0.3, (y1 - y0) * 0.5)
        stroke(cv, bezier(a, ((a[0] + b[0]) / 2, sag), b, 24), L["width"], L["color"])


@element("pegboard")
def el_pegboard(cv, L, rnd, ctx):
    x0, y0, x1, y1 = L["box"]
    part(cv, ("poly", [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]), L["color"], shade=0.5)
    for i in range(int((x1 - x0) / 16)):
        for j in range(int((y1 - y0) / 16)):
            _flat(cv, ("ellipse", x0 + 8 + i * 16, y0 + 8 + j * 16, 1.6, 1.6), shadow_of(L["color"], 0.5))
    for _ in range(L["count"]):
        x, y = rnd.uniform(x0 + 20, x1 - 20), rnd.uniform(y0 + 20, y1 - 50)
        kind = rnd.randint(0, 3)
        t = L["tools"]
        if kind == 0:  # wrench
            stroke(cv, [(x, y), (x + 4, y + 46)], 5, t)
            part(cv, ("ellipse", x, y, 7, 7), t, line=1.0)
        elif kind == 1:  # screwdriver
            part(cv, ("rrect", x - 5, y, x + 5, y + 18, 3), rnd.choice([(220, 90, 70, 255), (240, 190, 60, 255)]), line=1.0)
            stroke(cv, [(x, y + 18), (x, y + 44)], 2.4, t)
        elif kind == 2:  # coil of wire
            stroke(cv, ellipse_pts(x, y + 14, 12, 12, 24), 2.4, rnd.choice([(230, 120, 60, 255), (80, 170, 230, 255)]),
                   closed=True)
        else:  # circuit board
            part(cv, ("poly", [(x - 16, y), (x + 16, y), (x + 16, y + 24), (x - 16, y + 24)]), (60, 130, 90, 255), line=1.0)
            for k in range(3):
                _flat(cv, ("poly", [(x - 10 + k * 8, y + 6), (x - 5 + k * 8, y + 6), (x - 5 + k * 8, y + 12),
                                    (x - 10 + k * 8, y + 12)]), (30, 30, 40, 255))


@element("chairs")
def el_chairs(cv, L, rnd, ctx):
    x, y = L["at"]
    s = L["scale"]
    for i in range(L["count"]):
        cx = x + i * L["spacing"]
        part(cv, ("rrect", cx - 26 * s, y - 90 * s, cx + 26 * s, y - 40 * s, 10 * s), L["color"], depth=5)
        part(cv, ("rrect", cx - 30 * s, y - 44 * s, cx + 30 * s, y - 30 * s, 6 * s), light_of(L["color"], 0.1), depth=4)
        for sgn in (-1, 1):
            stroke(cv, [(cx + sgn * 24 * s, y - 30 * s), (cx + sgn * 26 * s, y)], 3 * s, L["frame"])


@element("table")
def el_table(cv, L, rnd, ctx):
    x0, y0, x1, y1 = L["box"]
    for x in (x0 + 14, x1 - 14):
        stroke(cv, [(x, y0 + 10), (x, y1)], 6, L["legs"])
    part(cv, ("poly", [(x0, y0), (x1, y0), (x1 + 10, y0 + 14), (x0 - 10, y0 + 14)]), L["color"], depth=5)


@element("umbrella")
def el_umbrella(cv, L, rnd, ctx):
    x, y = L["at"]
    s = L["scale"]
    person = [("ellipse", x, y - 120 * s, 13 * s, 15 * s),
              ("smooth", [(x - 26 * s, y), (x - 24 * s, y - 86 * s), (x - 10 * s, y - 104 * s), (x + 10 * s, y - 104 * s),
                          (x + 24 * s, y - 86 * s), (x + 26 * s, y)])]
    _flat(cv, person, L["person"])
    stroke(cv, [(x + 8 * s, y - 60 * s), (x + 6 * s, y - 178 * s)], 2.2 * s, (40, 40, 50, 255))
    canopy = [(x - 70 * s, y - 140 * s), (x - 50 * s, y - 172 * s), (x + 6 * s, y - 188 * s), (x + 62 * s, y - 172 * s),
              (x + 82 * s, y - 140 * s)]
    scallop = []
    for i in range(4, -1, -1):
        xa = x - 70 * s + i * 38 * s
        scallop.append((xa, y - 140 * s))
        scallop.append((xa - 19 * s, y - 148 * s))
    part(cv, ("poly", catmull(canopy, closed=False) + scallop[:-1]), L["color"], depth=8 * s, line=1.2)


@element("stone")
def el_stone(cv, L, rnd, ctx):
    x, y = L["at"]
    s = L["scale"]
    part(cv, ("smooth", [(x - 30 * s, y), (x - 30 * s, y - 60 * s), (x - 20 * s, y - 78 * s), (x, y - 84 * s),
                         (x + 20 * s, y - 78 * s), (x + 30 * s, y - 60 * s), (x + 30 * s, y)]), L["color"], depth=8 * s,
         line=1.2)


@element("arches")
def el_arches(cv, L, rnd, ctx):
    x0, y0, x1, y1 = L["box"]
    n = L["count"]
    w = (x1 - x0) / n
    shapes = [("poly", [(x0, y0), (x1, y0), (x1, y1), (x0, y1)])]
    for i in range(n):
        a = x0 + i * w + w * 0.12
        b = a + w * 0.76
        top = y0 + (y1 - y0) * 0.18
        arch = [(a, y1 + 2), (a, top + w * 0.38)] + [((a + b) / 2 + math.cos(t) * (b - a) / 2,
                                                       top + w * 0.38 - math.sin(t) * w * 0.38)
                                                      for t in [math.pi * k / 16 for k in range(17)][::-1]][::-1]
        arch = [(a, y1 + 2), (a, top + w * 0.38)] + [((a + b) / 2 - math.cos(math.pi * k / 16) * (b - a) / 2,
                                                       top + w * 0.38 - math.sin(math.pi * k / 16) * w * 0.38)
                                                      for k in range(17)] + [(b, y1 + 2)]
        shapes.append(("cut", ("poly", arch)))
        _flat(cv, ("poly", arch), L["inner"])
        if L["light"] is not None:
            glow(cv, ("ellipse", (a + b) / 2, top + w * 0.5, w * 0.25, w * 0.2), L["light"], radius=w * 0.2, strength=0.45)
    part(cv, shapes, L["color"], shade=0.5, depth=8)


@element("holo")
def el_holo(cv, L, rnd, ctx):
    x, y = L["at"]
    r = L["radius"]
    col = L["color"]
    glow(cv, ("ellipse", x, y, r * 0.8, r * 0.8), col, radius=r * 0.5, strength=0.3)
    kind = L["kind"]
    if kind == "rings":
        for k in range(3):
            stroke(cv, ellipse_pts(x, y, r * (1 - k * 0.25), r * (1 - k * 0.25) * 0.35, 40), 2.0, col, closed=True,
                   alpha=0.8)
        stroke(cv, [(x, y - r * 0.8), (x, y + r * 0.3)], 1.5, col, alpha=0.6)
    elif kind == "tooth":
        s = r / 70
        pts = [(x, y - 50 * s), (x + 40 * s, y - 62 * s), (x + 58 * s, y - 24 * s), (x + 40 * s, y + 26 * s),
               (x + 28 * s, y + 70 * s), (x + 10 * s, y + 36 * s), (x, y + 28 * s), (x - 10 * s, y + 36 * s),
               (x - 28 * s, y + 70 * s), (x - 40 * s, y + 26 * s), (x - 58 * s, y - 24 * s), (x - 40 * s, y - 62 * s)]
        part(cv, ("smooth", pts), with_alpha(col, 0.25), outline=True, ink=col, line=1.6, shade=0, rim=0)
        for k in range(4):
            yy = y - 40 * s + k * 24 * s
            stroke(cv, [(x - 50 * s, yy), (x + 50 * s, yy)], 1.0, col, alpha=0.5)
    elif kind == "globe":
        stroke(cv, ellipse_pts(x, y, r, r, 48), 1.8, col, closed=True)
        for k in range(1, 4):
            stroke(cv, ellipse_pts(x, y, r * k / 4, r, 48), 1.0, col, closed=True, alpha=0.6)
            stroke(cv, ellipse_pts(x, y - r + r * k / 2, r * math.sin(math.pi * k / 4), r * 0.12, 48), 1.0, col,
                   closed=True, alpha=0.6)
    elif kind == "helix":
        for sgn in (0, math.pi):
            pts = [(x + math.sin(t / 6 + sgn) * r * 0.4, y - r + t * r / 18) for t in range(37)]
            stroke(cv, pts, 2.0, col)
        for t in range(0, 37, 3):
            a = (x + math.sin(t / 6) * r * 0.4, y - r + t * r / 18)
            b = (x + math.sin(t / 6 + math.pi) * r * 0.4, y - r + t * r / 18)
            stroke(cv, [a, b], 1.0, col, alpha=0.6)
    elif kind == "face":
        stroke(cv, catmull([(x, y - r), (x + r * 0.7, y - r * 0.5), (x + r * 0.6, y + r * 0.5), (x, y + r),
                            (x - r * 0.6, y + r * 0.5), (x - r * 0.7, y - r * 0.5)]), 1.8, col, closed=True)
        for sgn in (-1, 1):
            part(cv, ("ellipse", x + sgn * r * 0.28, y - r * 0.1, r * 0.1, r * 0.06), col, outline=False, shade=0)
        stroke(cv, [(x - r * 0.25, y + r * 0.45), (x + r * 0.25, y + r * 0.45)], 1.8, col)
    part(cv, ("ellipse", x, y + r * 1.05, r * 0.6, r * 0.1), with_alpha(col, 0.6), outline=False, shade=0)


@element("glass_wall")
def el_glass_wall(cv, L, rnd, ctx):
    x0, y0, x1, y1 = L["box"]
    cols, rows = L["cols"], L["rows"]
    w, h = (x1 - x0) / cols, (y1 - y0) / rows
    for i in range(cols):
        for j in range(rows):
            a, b = x0 + i * w, y0 + j * h
            c = mix(L["color"], (255, 255, 255, 255), rnd.uniform(0, 0.12))
            _flat(cv, ("poly", [(a, b), (a + w, b), (a + w, b + h), (a, b + h)]), c)
    for k in range(5):
        xa = x0 + (x1 - x0) * rnd.uniform(0, 1)
        _flat(cv, ("poly", [(xa, y0), (xa + 60, y0), (xa - 120, y1), (xa - 180, y1)]),
              (255, 255, 255, int(40 * L["reflect"])))
    for i in range(cols + 1):
        stroke(cv, [(x0 + i * w, y0), (x0 + i * w, y1)], 3, L["frame"])
    for j in range(rows + 1):
        stroke(cv, [(x0, y0 + j * h), (x1, y0 + j * h)], 2, L["frame"])


@element("banner")
def el_banner(cv, L, rnd, ctx):
    x0, y0, x1, y1 = L["box"]
    part(cv, ("poly", [(x0, y0), (x1, y0), (x1, y1), ((x0 + x1) / 2, y1 - (y1 - y0) * 0.08), (x0, y1)]), L["color"],
         depth=8)
    if L["text"]:
        text(cv, ((x0 + x1) / 2, (y0 + y1) / 2), L["text"], ctx.font("title"), L["size"], L["text_color"], anchor="mm")


@element("stars")
def el_stars(cv, L, rnd, ctx):
    x0, y0, x1, y1 = L["box"]
    groups = ([], [])
    for _ in range(L["count"]):
        r = rnd.uniform(0.5, 1.6)
        groups[rnd.random() < 0.5].append(ellipse_pts(rnd.uniform(x0, x1), rnd.uniform(y0, y1), r, r, 8))
    batch(cv, L["color"], polys=groups[0], alpha=0.45)
    batch(cv, L["color"], polys=groups[1], alpha=1.0)


@element("light_rays")
def el_light_rays(cv, L, rnd, ctx):
    x, y = L["at"]
    for i in range(L["count"]):
        a = math.radians(L["angle"] - L["spread"] / 2 + L["spread"] * (i + rnd.uniform(0.2, 0.8)) / L["count"])
        wa = math.radians(rnd.uniform(1.5, 4))
        ln = L["length"]
        pts = [(x, y), (x + math.cos(a - wa) * ln, y + math.sin(a - wa) * ln), (x + math.cos(a + wa) * ln, y + math.sin(a + wa) * ln)]
        glow(cv, ("poly", pts), L["color"], radius=12, strength=0.35)


@element("haze")
def el_haze(cv, L, rnd, ctx):
    y0, y1 = L["y"]
    img = vgrad((W * cv.ss, int((y1 - y0) * cv.ss)), with_alpha(L["color"], 0), L["color"])
    cv.composite(img, 0, int(y0 * cv.ss))


@element("vignette")
def el_vignette(cv, L, rnd, ctx):
    w, h = W // 8, H // 8
    m = Image.new("L", (w, h), 255)
    ImageDraw.Draw(m).ellipse((-w * 0.15, -h * 0.2, w * 1.15, h * 1.2), fill=0)
    m = m.filter(ImageFilter.GaussianBlur(w * 0.12)).resize(cv.img.size, Image.BILINEAR)
    lay = Image.new("RGBA", cv.img.size, rgba(L["color"]))
    lay.putalpha(m.point(lambda v: int(v * L["strength"])))
    cv.img.alpha_composite(lay)


@element("figure")
def el_figure(cv, L, rnd, ctx):
    c = ctx.characters[L["character"]]
    import copy
    c = copy.deepcopy(c)
    img = figure.render(c, {L["expression"]: ctx.expressions[L["expression"]]}, "sprite")[L["expression"]]
    if L["flip"]:
        img = img.transpose(Image.FLIP_LEFT_RIGHT)
    k = L["scale"] * cv.ss
    img = img.resize((int(img.width * k), int(img.height * k)), Image.LANCZOS)
    if L["silhouette"] is not None:
        sil = Image.new("RGBA", img.size, rgba(L["silhouette"]))
        sil.putalpha(img.getchannel("A"))
        img = sil
    x, y = L["at"]
    cv.composite(img, int(x * cv.ss - img.width / 2), int(y * cv.ss - img.height))


@element("dots")
def el_dots(cv, L, rnd, ctx):
    x0, y0, x1, y1 = L["box"]
    cols, rows = L["cols"], L["rows"]
    r = L["radius"]
    odd = L["odd_at"]
    buckets = ([], [], [])
    for i in range(cols):
        for j in range(rows):
            x = x0 + (i + 0.5) * (x1 - x0) / cols
            y = y0 + (j + 0.5) * (y1 - y0) / rows
            if odd is not None and (i, j) == (int(odd[0]), int(odd[1])):
                continue
            buckets[rnd.randint(0, 2)].append(ellipse_pts(x, y, r, r, 10))
    for k, b in enumerate(buckets):
        batch(cv, L["color"], polys=b, alpha=0.55 + 0.22 * k)
    if odd is not None and L["odd"] is not None:
        x = x0 + (odd[0] + 0.5) * (x1 - x0) / cols
        y = y0 + (odd[1] + 0.5) * (y1 - y0) / rows
        stroke(cv, ellipse_pts(x, y, r * 3.2, r * 3.2, 24), 1.2, L["odd"], closed=True)
        _flat(cv, ("ellipse", x, y, r * 1.2, r * 1.2), L["odd"])


@element("pipes")
def el_pipes(cv, L, rnd, ctx):
    x0, y0, x1, y1 = L["box"]
    for i in range(L["count"]):
        w = rnd.uniform(8, 18)
        if L["vertical"]:
            x = x0 + (x1 - x0) * (i + 0.5) / L["count"]
            part(cv, ("poly", [(x - w / 2, y0), (x + w / 2, y0), (x + w / 2, y1), (x - w / 2, y1)]), L["color"], depth=w * 0.4)
            for yy in range(int(y0 + 40), int(y1), 120):
                part(cv, ("rrect", x - w * 0.7, yy, x + w * 0.7, yy + 8, 2), light_of(L["color"], 0.1), depth=2, line=1.0)
        else:
            y = y0 + (y1 - y0) * (i + 0.5) / L["count"]
            part(cv, ("poly", [(x0, y - w / 2), (x1, y - w / 2), (x1, y + w / 2), (x0, y + w / 2)]), L["color"], depth=w * 0.4)
            for xx in range(int(x0 + 40), int(x1), 160):
                part(cv, ("rrect", xx, y - w * 0.7, xx + 8, y + w * 0.7, 2), light_of(L["color"], 0.1), depth=2, line=1.0)


@element("boat")
def el_boat(cv, L, rnd, ctx):
    x, y = L["at"]
    s = L["scale"]
    part(cv, ("poly", [(x - 120 * s, y - 30 * s), (x + 130 * s, y - 30 * s), (x + 100 * s, y), (x - 100 * s, y)]), L["color"],
         depth=6)
    part(cv, ("rrect", x - 70 * s, y - 78 * s, x + 60 * s, y - 30 * s, 6 * s), light_of(L["color"], 0.15), depth=6)
    for i in range(3):
        part(cv, ("rrect", x - 56 * s + i * 38 * s, y - 66 * s, x - 34 * s + i * 38 * s, y - 48 * s, 3 * s), L["light"],
             line=1.0, shade=0)
        glow(cv, ("ellipse", x - 45 * s + i * 38 * s, y - 57 * s, 14 * s, 10 * s), L["light"], radius=10 * s, strength=0.5)


@element("logo")
def el_logo(cv, L, rnd, ctx):
    """The Smile Protocol mark: a rounded tooth inside a ring, with a smile arc."""
    x, y = L["at"]
    r = L["radius"]
    glow(cv, ("ellipse", x, y, r, r), L["accent"], radius=r * 0.4, strength=0.35)
    stroke(cv, ellipse_pts(x, y, r, r, 64), r * 0.07, L["accent"], closed=True)
    s = r / 80
    pts = [(x, y - 34 * s), (x + 26 * s, y - 44 * s), (x + 42 * s, y - 22 * s), (x + 34 * s, y + 10 * s),
           (x + 26 * s, y + 44 * s), (x + 12 * s, y + 20 * s), (x, y + 14 * s), (x - 12 * s, y + 20 * s),
           (x - 26 * s, y + 44 * s), (x - 34 * s, y + 10 * s), (x - 42 * s, y - 22 * s), (x - 26 * s, y - 44 * s)]
    part(cv, ("smooth", pts), L["color"], shade=0.6, line=1.6)
    stroke(cv, bezier((x - 18 * s, y - 8 * s), (x, y + 6 * s), (x + 18 * s, y - 8 * s)), 4 * s, L["accent"])


@element("text")
def el_text(cv, L, rnd, ctx):
    anchor = {"left": "ls", "center": "ms", "right": "rs"}[L["anchor"]]
    if L["shadow"] is not None:
        text(cv, (L["at"][0] + 2, L["at"][1] + 3), L["text"], ctx.font(L["font"]), L["size"], L["shadow"], anchor=anchor,
             tracking=L["tracking"])
    text(cv, L["at"], L["text"], ctx.font(L["font"]), L["size"], L["color"], anchor=anchor, tracking=L["tracking"])


@element("stripes")
def el_stripes(cv, L, rnd, ctx):
    """Hazard stripes: alternating slanted bands of two colours, clipped to a box."""
    x0, y0, x1, y1 = L["box"]
    a, b = L["colors"]
    w = L["width"]
    band = ("poly", [(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
    part(cv, band, b, outline=L["outline"], shade=0, rim=0, line=1.2, name="stripes")
    slant = (y1 - y0) * math.tan(math.radians(L["angle"]))
    shapes = []
    x = x0 - abs(slant) - 2 * w
    while x < x1 + abs(slant) + w:
        shapes.append(("poly", [(x, y1), (x + w, y1), (x + w + slant, y0), (x + slant, y0)]))
        x += 2 * w
    part(cv, shapes, a, outline=False, shade=0, rim=0, clip="stripes")


@element("cradles")
def el_cradles(cv, L, rnd, ctx):
    """A row of drone charging cradles on a common rail, most with a drone docked."""
    x, y = L["at"]
    s = L["scale"]
    n = L["count"]
    sp = L["spacing"]
    fr = L["color"]
    part(cv, ("rrect", x - 40 * s, y - 8 * s, x + (n - 1) * sp + 40 * s, y, 3 * s), shadow_of(fr, 0.35),
         depth=3 * s, line=1.0)
    for i in range(n):
        cx = x + i * sp
        part(cv, ("rrect", cx - 26 * s, y - 22 * s, cx + 26 * s, y - 6 * s, 4 * s), fr, depth=4 * s, line=1.0)
        for sgn in (-1, 1):
            stroke(cv, [(cx + sgn * 16 * s, y - 20 * s), (cx + sgn * 22 * s, y - 38 * s)], 3.2 * s,
                   light_of(fr, 0.15))
        stroke(cv, bezier((cx - 22 * s, y - 38 * s), (cx, y - 30 * s), (cx + 22 * s, y - 38 * s), 10), 2.4 * s,
               light_of(fr, 0.15))
        docked = L["drone"] is not None and rnd.random() >= L["empty"]
        on = rnd.random() < L["lit"]
        led = L["light"] if on else shadow_of(L["light"], 0.7)
        if on:
            glow(cv, ("ellipse", cx, y - 14 * s, 4 * s, 3 * s), L["light"], radius=6 * s, strength=0.9)
        part(cv, ("ellipse", cx, y - 14 * s, 2.6 * s, 2.2 * s), led, outline=False, shade=0, rim=0)
        if docked:
            el_drone(cv, {"at": (cx, y - 44 * s), "scale": 0.8 * s, "color": L["drone"], "light": led, "beam": 0},
                     rnd, ctx)


@element("crates")
def el_crates(cv, L, rnd, ctx):
    """A stack of shipping crates or hard cases, bottom row first, standing on y."""
    x, y = L["at"]
    size = L["size"]
    col = L["color"]
    n = L["count"]
    rows = []
    left = n
    width = max(1, math.ceil(n / 2))
    while left > 0:
        k = min(width, left)
        rows.append(k)
        left -= k
        width = max(1, k - 1)
    yb = y
    x_row = x
    for r, k in enumerate(rows):
        h_row = 0
        cx = x_row
        for i in range(k):
            w = size * rnd.uniform(0.85, 1.15)
            h = size * rnd.uniform(0.7, 0.95)
            c = mix(col, (0, 0, 0, 255), rnd.uniform(0, 0.15))
            top = light_of(c, 0.18)
            d = w * 0.14
            part(cv, ("poly", [(cx, yb - h), (cx + d, yb - h - d * 0.6), (cx + w + d, yb - h - d * 0.6), (cx + w, yb - h)]),
                 top, shade=0, rim=0, line=1.2)
            part(cv, ("poly", [(cx + w, yb), (cx + w, yb - h), (cx + w + d, yb - h - d * 0.6), (cx + w + d, yb - d * 0.6)]),
                 shadow_of(c, 0.35), shade=0, rim=0, line=1.2)
            part(cv, ("poly", [(cx, yb - h), (cx + w, yb - h), (cx + w, yb), (cx, yb)]), c, shade=0.5, depth=6, line=1.2)
            ln = shadow_of(c, 0.45)
            if L["kind"] == "wood":
                for j in (1, 2):
                    stroke(cv, [(cx + 3, yb - h * j / 3), (cx + w - 3, yb - h * j / 3)], 1.2, ln)
                stroke(cv, [(cx + 5, yb - 4), (cx + w - 5, yb - h + 4)], 3.0, light_of(c, 0.08))
                stroke(cv, [(cx + 4, yb - h + 2), (cx + 4, yb - 2)], 3.0, light_of(c, 0.08))
                stroke(cv, [(cx + w - 4, yb - h + 2), (cx + w - 4, yb - 2)], 3.0, light_of(c, 0.08))
            elif L["kind"] == "radio":
                rr = min(w, h) * 0.3
                gx, gy = cx + w * 0.32, yb - h * 0.45
                part(cv, ("ellipse", gx, gy, rr, rr), shadow_of(c, 0.4), line=1.0, shade=0, rim=0)
                dots = [ellipse_pts(gx + dx * rr * 0.45, gy + dy * rr * 0.45, 1.1, 1.1, 6)
                        for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
                batch(cv, light_of(c, 0.3), polys=dots)
                part(cv, ("ellipse", cx + w * 0.75, yb - h * 0.55, rr * 0.45, rr * 0.45), L["accent"], line=1.0, shade=0,
                     rim=0)
                glow(cv, ("ellipse", cx + w * 0.75, yb - h * 0.55, rr * 0.45, rr * 0.45), L["accent"], radius=4,
                     strength=0.6)
                stroke(cv, [(cx + w * 0.62, yb - h * 0.25), (cx + w * 0.9, yb - h * 0.25)], 1.4, light_of(c, 0.3))
                stroke(cv, [(cx + w * 0.8, yb - h), (cx + w * 0.98, yb - h - size * 0.45)], 1.2, (60, 60, 70, 255))
            else:
                seam = yb - h * 0.72
                stroke(cv, [(cx + 2, seam), (cx + w - 2, seam)], 1.6, ln)
                stroke(cv, [(cx + 2, yb - h * 0.12), (cx + w - 2, yb - h * 0.12)], 1.2, ln)
                for j in (0.18, 0.82):
                    part(cv, ("rrect", cx + w * (j - 0.05), seam - h * 0.08, cx + w * (j + 0.05), seam + h * 0.1, 1.5),
                         L["accent"], line=1.0, shade=0, rim=0)
                part(cv, ("rrect", cx + w * 0.36, seam - 10, cx + w * 0.64, seam - 5, 2), shadow_of(c, 0.3), line=1.0,
                     shade=0, rim=0)
            if L["label"] and i == 0 and r == 0:
                text(cv, (cx + w / 2, yb - h * 0.5), L["label"], ctx.font("ui"), max(7, size * 0.13), L["accent"],
                     anchor="mm", tracking=1)
            h_row = max(h_row, h)
            cx += w + 2
        yb -= h_row
        x_row += size * rnd.uniform(0.3, 0.6)


def _branch(cv, rnd, x, y, ang, ln, w, col, depth, tips):
    x2, y2 = x + math.cos(ang) * ln, y + math.sin(ang) * ln
    bend = (x + math.cos(ang) * ln * 0.5 + rnd.uniform(-0.12, 0.12) * ln,
            y + math.sin(ang) * ln * 0.5 + rnd.uniform(-0.12, 0.12) * ln)
    stroke(cv, bezier((x, y), bend, (x2, y2), 8), w, col, taper_to=w * 0.6)
    if depth == 0 or ln < 6:
        tips.append((x2, y2))
        return
    for k in range(2 if depth > 1 or rnd.random() < 0.6 else 3):
        da = rnd.uniform(0.25, 0.6) * (-1 if k % 2 == 0 else 1)
        _branch(cv, rnd, x2, y2, ang + da, ln * rnd.uniform(0.62, 0.78), w * 0.62, col, depth - 1, tips)


@element("tree")
def el_tree(cv, L, rnd, ctx):
    """A tree standing on `at`: bare winter branches, a round crown, or a tall cypress."""
    x, y = L["at"]
    s = L["scale"]
    trunk, leaf = L["trunk"], L["leaf"]
    kind = L["kind"]
    if kind == "cypress":
        part(cv, ("poly", [(x - 6 * s, y), (x + 6 * s, y), (x + 4 * s, y - 40 * s), (x - 4 * s, y - 40 * s)]), trunk,
             depth=3 * s, line=1.2)
        body = [(x, y - 300 * s), (x + 22 * s, y - 230 * s), (x + 38 * s, y - 130 * s), (x + 34 * s, y - 50 * s),
                (x, y - 26 * s), (x - 34 * s, y - 50 * s), (x - 38 * s, y - 130 * s), (x - 22 * s, y - 230 * s)]
        part(cv, ("smooth", body), leaf, depth=14 * s, line=1.4)
        for k in range(7):
            ty = y - (60 + k * 34) * s
            hw = 30 * s * (1 - k / 9)
            stroke(cv, bezier((x - hw, ty), (x, ty + 10 * s), (x + hw * 0.8, ty - 4 * s), 10), 1.6 * s,
                   shadow_of(leaf, 0.35), alpha=0.8)
        return
    trunk_h = (130 if kind == "bare" else 90) * s
    tw = 16 * s
    top = (x + rnd.uniform(-4, 4) * s, y - trunk_h)
    part(cv, ("poly", taper([(x, y + 2), ((x + top[0]) / 2 + 4 * s, y - trunk_h * 0.5), top], tw * 1.5, tw * 0.7)),
         trunk, depth=5 * s, line=1.4)
    tips = []
    if kind == "bare":
        for k in range(4):
            ang = math.radians(-90 + (-52, -18, 20, 50)[k] + rnd.uniform(-8, 8))
            _branch(cv, rnd, top[0], top[1] + 6 * s, ang, 70 * s * rnd.uniform(0.8, 1.1), tw * 0.7, trunk, 3, tips)
        if L["leaf"] is not None and L["leaves"] > 0:
            dots = [ellipse_pts(tx, ty, 3 * s, 2.2 * s, 8) for tx, ty in tips if rnd.random() < L["leaves"]]
            batch(cv, leaf, polys=dots, alpha=0.9)
    else:
        for k in range(3):
            ang = math.radians(-90 + (-40, 0, 40)[k])
            _branch(cv, rnd, top[0], top[1] + 10 * s, ang, 46 * s, tw * 0.6, trunk, 1, tips)
        blobs = []
        for k in range(11):
            a = k * 2.4
            rr = 60 * s * math.sqrt((k + 0.5) / 11)
            blobs.append(("ellipse", top[0] + math.cos(a) * rr, top[1] - 40 * s + math.sin(a) * rr * 0.7,
                          rnd.uniform(34, 46) * s, rnd.uniform(28, 38) * s))
        part(cv, blobs, leaf, depth=18 * s, line=1.4)


# --- posed people and machines for the closing illustrations ----------------------
# A sprite stands front-on in one pose; an illustration needs people who sit, lean over a
# chair, reach for a shoulder and turn their backs. `person` draws one from joints given in
# canvas coordinates (so a hand can land exactly on someone else's shoulder), in its
# character's colours, then lights it: a rim of the scene's key light on one side, a tint
# towards the air colour for depth, and a blur for the out-of-focus foreground.

def person_colors(L: dict, characters: dict) -> dict:
    """skin, hair, top, bottom and shoes: the layer's own, else its character's palette."""
    out = {"skin": (224, 180, 150, 255), "hair": (60, 44, 36, 255), "top": (90, 100, 130, 255),
           "bottom": (50, 54, 70, 255), "shoes": (36, 32, 34, 255)}
    c = characters.get(L["character"]) if L["character"] else None
    if c is not None:
        pal = c.get("palette", {})

        def pick(v):
            return pal.get(v, v) if isinstance(v, str) else v
        cl = c.get("clothing", {})
        top = (cl.get("outer") or cl.get("top") or {}).get("color")
        found = {"skin": pick(c.get("skin", {}).get("tone")), "hair": pick(c.get("hair", {}).get("color")),
                 "top": pick(top), "bottom": pick((cl.get("bottom") or {}).get("color"))}
        out.update({k: rgba(v) for k, v in found.items() if isinstance(v, tuple)})
    out.update({k: L[k] for k in out if L[k] is not None})
    return out


def _rot(v, a):
    c, s = math.cos(a), math.sin(a)
    return (v[0] * c - v[1] * s, v[0] * s + v[1] * c)


@element("person")
def el_person(cv, L, rnd, ctx):
    tmp = Canvas(cv.w, cv.h, cv.ss, cv.style)
    col = person_colors(L, ctx.characters)
    u = L["size"]
    facing = L["facing"]
    f = -1 if facing == "left" else 1
    side = facing in ("left", "right")
    hx, hy = L["hip"]
    a = math.radians(L["torso"]) * f

    def T(px, py):   # torso frame (x along the facing, y down from the hip) -> canvas
        rx, ry = _rot((px * f, py), a)
        return (hx + rx, hy + ry)

    broad = L["build"]
    sw = (1.05 if side else 1.9) * u * broad
    hw = (0.95 if side else 1.45) * u * broad
    neck = T(0.05 * u if side else 0, -2.5 * u)
    sh_near = T(0.12 * u if side else 0.5 * sw, -2.28 * u)
    sh_far = T(-0.12 * u if side else -0.5 * sw, -2.32 * u)
    hip_near, hip_far = T(0.1 * u if side else 0.3 * hw, 0), T(-0.1 * u if side else -0.3 * hw, 0)

    def arm(shoulder, joints, sleeve):
        if joints is None:
            e = (shoulder[0] + 0.1 * u * f, shoulder[1] + 1.35 * u)
            joints = [e, (e[0] + 0.12 * u * f, e[1] + 1.25 * u)]
        pts = [shoulder, joints[0], joints[1]]
        part(tmp, ("poly", limb(pts, [0.46 * u, 0.38 * u, 0.3 * u])), sleeve, depth=0.12 * u)
        (ex, ey), (wx, wy) = pts[1], pts[2]
        ang = math.atan2(wy - ey, wx - ex)
        c = (wx + math.cos(ang) * 0.16 * u, wy + math.sin(ang) * 0.16 * u)
        hand = [("poly", ellipse_pts(c[0], c[1], 0.25 * u, 0.17 * u, 20, rot=ang)),
                ("poly", ellipse_pts(c[0] + math.cos(ang - 0.9) * 0.14 * u, c[1] + math.sin(ang - 0.9) * 0.14 * u,
                                     0.12 * u, 0.06 * u, 12, rot=ang - 0.9))]
        part(tmp, hand, col["skin"], depth=0.05 * u, line=1.0)

    def leg(hip, joints):
        if joints is None:
            joints = [(hip[0], hip[1] + 1.9 * u), (hip[0], hip[1] + 3.8 * u)]
        pts = [hip, joints[0], joints[1]]
        part(tmp, ("poly", limb(pts, [0.62 * u, 0.44 * u, 0.32 * u])), col["bottom"], depth=0.14 * u)
        fx, fy = pts[2]
        toe = 0.42 * u * (f if side or facing == "front" else 0.3)
        part(tmp, ("smooth", [(fx - 0.2 * u * f, fy - 0.12 * u), (fx + toe, fy - 0.1 * u), (fx + toe + 0.08 * u * f, fy + 0.1 * u),
                               (fx - 0.22 * u * f, fy + 0.12 * u)]), col["shoes"], depth=0.06 * u, line=1.0)

    sleeve = col["top"]
    far_arm, near_arm = L["far_arm"], L["near_arm"]
    # far limbs first, then the body, then the near limbs over it
    leg(hip_far, L["far_leg"])
    if side:
        arm(sh_far, far_arm, shadow_of(sleeve, 0.25))
    if not side:
        leg(hip_near, L["near_leg"])
    coat = L["coat"] > 0
    hem = (L["coat"] if coat else 0.35) * u
    flare = 1.18 if coat else 1.0
    body = [T(-0.5 * sw, -2.22 * u), T(-0.3 * sw, -2.5 * u), T(0.3 * sw, -2.5 * u), T(0.5 * sw, -2.22 * u),
            T(0.42 * sw, -1.2 * u), T(0.5 * hw * flare, hem), T(-0.5 * hw * flare, hem), T(-0.42 * sw, -1.3 * u)]
    if side:   # a chest in front, a back behind: the silhouette says which way they face
        body = [T(-0.42 * u * broad, -2.25 * u), T(-0.1 * u, -2.55 * u), T(0.3 * u, -2.45 * u), T(0.55 * u * broad, -2.0 * u),
                T(0.42 * u * broad, -1.1 * u), T(0.5 * hw * flare, hem), T(-0.55 * hw * flare, hem), T(-0.5 * u * broad, -1.3 * u)]
    if side:
        leg(hip_near, L["near_leg"])
    part(tmp, ("smooth", body), col["top"], depth=0.3 * u)
    if coat and L["inner"] is not None:
        part(tmp, ("poly", [T(-0.12 * u, -2.48 * u), T(0.14 * u, -2.48 * u), T(0.05 * u, -1.5 * u)]) if not side else
             ("poly", [T(0.1 * u, -2.5 * u), T(0.34 * u, -2.4 * u), T(0.3 * u, -1.7 * u)]), L["inner"], line=1.0, shade=0.3)
    # neck and head
    ta = a + math.radians(L["head_tilt"]) * f
    up = _rot((0, -1), ta)
    hc = (neck[0] + up[0] * 0.72 * u + (0.06 * u * f if side else 0), neck[1] + up[1] * 0.72 * u)
    part(tmp, ("poly", limb([neck, (neck[0] + up[0] * 0.35 * u, neck[1] + up[1] * 0.35 * u)], [0.32 * u, 0.3 * u])),
         shadow_of(col["skin"], 0.2), shade=0, rim=0, line=1.0)
    hc_scale = 1.18   # heads a little large, as illustrations draw them
    head = ellipse_pts(hc[0], hc[1], 0.4 * u * hc_scale, 0.5 * u * hc_scale, 40, rot=ta)

    def H(px, py):
        rx, ry = _rot((px * f * hc_scale, py * hc_scale), ta)
        return (hc[0] + rx, hc[1] + ry)
    style = L["hair_style"]
    hair = col["hair"]
    if style in ("long", "bun") and facing != "front":
        back = [H(-0.42 * u, -0.15 * u), H(-0.5 * u, 0.5 * u), H(-0.3 * u, 0.95 * u), H(0.0, 0.7 * u), H(0.0, 0.0)] \
            if style == "long" else None
        if back:
            part(tmp, ("smooth", back), shadow_of(hair, 0.2), depth=0.1 * u, line=1.0)
    if facing == "back":
        part(tmp, ("poly", head), hair, depth=0.12 * u)
    else:
        nose = [("poly", head)]
        if side:
            nose.append(("poly", [H(0.3 * u, -0.05 * u), H(0.5 * u, 0.12 * u), H(0.32 * u, 0.2 * u)]))
        part(tmp, nose, col["skin"], depth=0.1 * u)
        ink = tmp.style.ink
        if side:
            e = H(0.2 * u, -0.02 * u)
            part(tmp, ("ellipse", e[0], e[1], 0.045 * u, 0.06 * u), ink, outline=False, shade=0, rim=0)
            stroke(tmp, [H(0.13 * u, -0.14 * u), H(0.3 * u, -0.16 * u)], 0.05 * u, shadow_of(hair, 0.3))
            m = [H(0.18 * u, 0.3 * u), H(0.3 * u, 0.28 * u + (0.03 * u if L["smile"] else 0))]
            stroke(tmp, m, 0.04 * u, shadow_of(col["skin"], 0.6))
            ear = H(-0.06 * u, 0.02 * u)
            part(tmp, ("ellipse", ear[0], ear[1], 0.08 * u, 0.11 * u), col["skin"], line=1.0, shade=0.4)
        else:
            for s in (-1, 1):
                e = H(s * 0.15 * u, -0.02 * u)
                part(tmp, ("ellipse", e[0], e[1], 0.045 * u, 0.06 * u), ink, outline=False, shade=0, rim=0)
            lift = 0.06 * u if L["smile"] else 0.0
            stroke(tmp, bezier(H(-0.12 * u, 0.26 * u), H(0, 0.28 * u + lift), H(0.12 * u, 0.26 * u), 8), 0.04 * u,
                   shadow_of(col["skin"], 0.6))
        if style != "bald":
            cap = ([H(-0.46 * u, 0.2 * u), H(-0.42 * u, -0.35 * u), H(0.0, -0.58 * u), H(0.32 * u, -0.42 * u),
                    H(0.22 * u, -0.24 * u), H(-0.08 * u, -0.2 * u), H(-0.12 * u, 0.2 * u)] if side else
                   [H(-0.44 * u, 0.1 * u), H(-0.38 * u, -0.4 * u), H(0.0, -0.58 * u), H(0.38 * u, -0.4 * u),
                    H(0.44 * u, 0.1 * u), H(0.3 * u, -0.22 * u), H(-0.3 * u, -0.22 * u)])
            part(tmp, ("smooth", cap), hair, depth=0.1 * u)
    if style == "bun":
        b = H(-0.34 * u, -0.42 * u) if side else H(0, -0.62 * u)
        part(tmp, ("ellipse", b[0], b[1], 0.2 * u, 0.18 * u), hair, depth=0.08 * u)
    if side:
        arm(sh_near, near_arm, sleeve)
    else:
        arm(sh_far, far_arm, sleeve)
        arm(sh_near, near_arm, sleeve)
    _light_figure(cv, tmp, L)


def _light_figure(cv, tmp, L):
    """Rim light on one side, a tint towards the air for depth, a blur for the foreground."""
    img = tmp.img
    a = img.getchannel("A")
    if L["tint"] is not None and L["tint_strength"] > 0:
        t = Image.new("RGBA", img.size, rgba(L["tint"]))
        t.putalpha(a)
        img = Image.blend(img, t, L["tint_strength"])
    if L["rim"] is not None:
        d = int(L["size"] * 0.1 * cv.ss) * (1 if L["rim_from"] == "left" else -1)
        from PIL import ImageChops
        shifted = ImageChops.offset(a, d, 0)
        band = ImageChops.subtract(a, shifted).filter(ImageFilter.GaussianBlur(cv.ss * 1.5))
        band = ImageChops.multiply(band, a)
        r = Image.new("RGBA", img.size, rgba(L["rim"]))
        r.putalpha(band.point(lambda v: int(v * L["rim_strength"])))
        img = img.copy()
        img.alpha_composite(r)
    if L["blur"] > 0:
        img = img.filter(ImageFilter.GaussianBlur(L["blur"] * cv.ss))
    cv.img.alpha_composite(img)


@element("robot_arm")
def el_robot_arm(cv, L, rnd, ctx):
    """A jointed machine arm from a ceiling or floor mount through `joints` to a lit tool head."""
    pts = [tuple(L["base"])] + [tuple(p) for p in L["joints"]]
    w = L["width"]
    col = L["color"]
    bx, by = pts[0]
    part(cv, ("rrect", bx - w * 1.4, by - w * 0.5, bx + w * 1.4, by + w * 0.5, w * 0.3), shadow_of(col, 0.2), depth=w * 0.3)
    n = len(pts) - 1
    for i in range(n):
        w0, w1 = w * (1 - 0.5 * i / n), w * (1 - 0.5 * (i + 1) / n)
        part(cv, ("poly", limb([pts[i], pts[i + 1]], [w0, w1])), col, depth=w0 * 0.35)
        stroke(cv, [pts[i], pts[i + 1]], max(1.0, w1 * 0.18), L["light"], alpha=0.35)
    for i, (x, y) in enumerate(pts[:-1]):
        r = w * (0.62 - 0.25 * i / n)
        part(cv, ("ellipse", x, y, r, r), light_of(col, 0.2), depth=r * 0.4)
        part(cv, ("ellipse", x, y, r * 0.4, r * 0.4), L["light"], outline=False, shade=0, rim=0)
    (x0, y0), (x1, y1) = pts[-2], pts[-1]
    ang = math.atan2(y1 - y0, x1 - x0)
    tip = (x1 + math.cos(ang) * w * 0.9, y1 + math.sin(ang) * w * 0.9)
    part(cv, ("poly", limb([(x1, y1), tip], [w * 0.7, w * 0.25])), light_of(col, 0.1), depth=w * 0.2)
    glow(cv, ("ellipse", tip[0], tip[1], w * 0.3, w * 0.3), L["light"], radius=w * 0.8, strength=1.0)
    if L["beam"] > 0:
        far = (tip[0] + math.cos(ang) * w * 3, tip[1] + math.sin(ang) * w * 3)
        px, py = -math.sin(ang) * w * 1.2, math.cos(ang) * w * 1.2
        glow(cv, ("poly", [tip, (far[0] + px, far[1] + py), (far[0] - px, far[1] - py)]), L["light"], radius=w * 0.5,
             strength=L["beam"])


def render_scene(s: dict, ctx: Ctx, size=(W, H)) -> Image.Image:
    cv = Canvas(size[0], size[1], SS, SCENE_STYLE)
    cv.img.paste((0, 0, 0, 255), (0, 0, cv.img.width, cv.img.height))
    for i, L in enumerate(s["layers"]):
        rnd = random.Random(s["seed"] * 1000 + L["seed"] * 7 + i)
        fn = ELEMENT_FUNCS[L["type"]]
        if L["alpha"] < 1.0:
            tmp = Canvas(cv.w, cv.h, cv.ss, cv.style)
            fn(tmp, L, rnd, ctx)
            a = tmp.img.getchannel("A").point(lambda v: int(v * L["alpha"]))
            tmp.img.putalpha(a)
            cv.img.alpha_composite(tmp.img)
        else:
            fn(cv, L, rnd, ctx)
    return cv.img.resize((cv.w, cv.h), Image.LANCZOS).convert("RGB")

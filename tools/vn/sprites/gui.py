"""The GUI kit: every image Ren'Py's 1280x720 template expects, redrawn in the game's style.

Dark navy glass panels, a mint accent, coral for hover, rounded corners and a soft vertical
gradient. What each file shows is art/gui.json's "pieces" table (checked and resolved by
gui_pieces.py); this module only knows how to draw its few kinds of operation. The title
screen comes from art/title.json and the game menu from a blurred background named in gui.json.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image, ImageFilter

from . import scene
from .gui_pieces import FILES, PHONE, SIZES, Op
from .kit import Canvas, Style, glow, part, rgba, stroke, with_alpha

__all__ = ["FILES", "PHONE", "SIZES", "render"]

SUPERSAMPLE = 4


def _canvas(size: tuple[int, int]) -> Canvas:
    # the full-screen pieces at half the supersampling: they are flat and large
    ss = SUPERSAMPLE if size[0] * size[1] < 300_000 else 2
    return Canvas(size[0], size[1], ss, Style(outline=1.0, shade=0, rim=0))


def _panel(cv: Canvas, op: Op, gui: dict[str, Any]) -> None:
    """A navy glass panel: vertical gradient, a faint inner highlight at the top, an optional edge line."""
    x0, y0, x1, y1 = op["box"]
    r, a, edge, top_line = op["radius"], op["alpha"], op["edge"], op["top_line"]
    top = with_alpha(gui["panel_light"], a)
    bot = with_alpha(gui["panel"], a)
    shape = ("rrect", x0, y0, x1, y1, r)
    part(cv, shape, top, grad=(top, bot), outline=edge is not None, ink=edge, line=op["edge_w"], shade=0,
         rim=0,
         name="panel")
    hl = ("rrect", x0 + 1, y0 + 1, x1 - 1, y0 + min(10, (y1 - y0) * 0.3), max(0, r - 1))
    part(cv, hl, (255, 255, 255, 16), outline=False, shade=0, rim=0, clip="panel")
    if top_line is not None:
        # an accent line along the top edge, fading out towards the corners
        w = x1 - x0
        for k in range(24):
            t0, t1 = k / 24, (k + 1) / 24
            fade = math.sin(math.pi * (t0 + t1) / 2)
            stroke(cv, [(x0 + r + (w - 2 * r) * t0, y0 + 1.2), (x0 + r + (w - 2 * r) * t1, y0 + 1.2)], 2.0,
                   top_line, alpha=fade)


def _pill(cv: Canvas, op: Op, gui: dict[str, Any]) -> None:
    x0, y0, x1, y1 = op["box"]
    r = min(x1 - x0, y1 - y0) / 2
    outline = op["outline"]
    part(cv, ("rrect", x0, y0, x1, y1, r), op["color"], outline=outline is not None, ink=outline,
         line=op["line"],
         shade=0, rim=0, grad=op["grad"])


def _shape(cv: Canvas, op: Op, gui: dict[str, Any]) -> None:
    ink = op["ink"]
    part(cv, op["shape"], op["color"], grad=op["grad"], outline=ink is not None, ink=ink, line=op["line"],
         shade=0, rim=0)


def _glow(cv: Canvas, op: Op, gui: dict[str, Any]) -> None:
    glow(cv, op["shape"], op["color"], radius=op["radius"], strength=op["strength"])


def _stroke(cv: Canvas, op: Op, gui: dict[str, Any]) -> None:
    stroke(cv, op["points"], op["width"], op["color"], smooth=op["smooth"])


def _logo(cv: Canvas, op: Op, gui: dict[str, Any]) -> None:
    scene.el_logo(cv, {"at": op["at"], "radius": op["radius"], "color": op["color"], "accent": op["accent"]},
                  None, None)


DRAW: dict[str, Callable[[Canvas, Op, dict[str, Any]], None]] = {
    "panel": _panel, "pill": _pill, "shape": _shape, "glow": _glow, "stroke": _stroke, "logo": _logo}


def render(rel: str, art: Any, base: Path) -> Image.Image:
    """One GUI file (`rel` under game/gui/) from the validated art (specs.Art)."""
    if rel in PHONE:  # drawn at the desktop size, then scaled (Ren'Py frames stretch them anyway)
        return render(rel[len("phone/"):], art, base).resize(PHONE[rel], Image.Resampling.LANCZOS)
    gui = art.gui
    w, h = SIZES[rel]
    ops = gui["pieces"][rel[:-4]]
    if ops and ops[0]["type"] == "title_scene":
        ctx = scene.Ctx(base / "game" / "fonts", art.characters, art.expressions)
        return scene.render_scene(art.title, ctx)
    if ops and ops[0]["type"] == "menu_scene":
        ctx = scene.Ctx(base / "game" / "fonts", art.characters, art.expressions)
        gm = gui["game_menu"]
        img = scene.render_scene(art.backgrounds[gm["scene"]], ctx)
        small = img.resize((w // 4, h // 4), Image.Resampling.LANCZOS)
        small = small.filter(ImageFilter.GaussianBlur(gm["blur"] / 4))
        img = small.resize((w, h), Image.Resampling.BICUBIC)
        dark = Image.new("RGB", (w, h), rgba(gui["panel"])[:3])
        return Image.blend(img, dark, gm["darken"])
    cv = _canvas((w, h))
    for op in ops:
        DRAW[op["type"]](cv, op, gui)
    return cv.result()

"""The GUI kit: every image Ren'Py's 1280x720 template expects, redrawn in the game's style.

Dark navy glass panels, a mint accent, coral for hover, rounded corners and a
soft vertical gradient; colours come from art/gui.json, the title screen from
art/title.json, and the game menu from a blurred background named in gui.json.
File names and sizes follow the launcher's generator (gui7/images.py).
"""

from __future__ import annotations

import math

from PIL import Image, ImageFilter

from . import scene
from .kit import Canvas, Style, bezier, catmull, ellipse_pts, glow, light_of, mix, part, rgba, stroke, with_alpha

FILES = [
    ("textbox.png", (1280, 185)), ("namebox.png", (300, 36)), ("frame.png", (600, 250)),
    ("main_menu.png", (1280, 720)), ("game_menu.png", (1280, 720)), ("nvl.png", (1280, 720)),
    ("notify.png", (922, 43)), ("skip.png", (240, 43)), ("window_icon.png", (250, 250)),
    ("overlay/main_menu.png", (1280, 720)), ("overlay/game_menu.png", (1280, 720)), ("overlay/confirm.png", (1280, 720)),
    ("button/choice_idle_background.png", (790, 35)), ("button/choice_hover_background.png", (790, 35)),
    ("button/choice_lock.png", (22, 26)),
    ("button/idle_background.png", (300, 33)), ("button/hover_background.png", (300, 33)),
    ("button/quick_idle_background.png", (100, 30)), ("button/quick_hover_background.png", (100, 30)),
    ("button/slot_idle_background.png", (276, 206)), ("button/slot_hover_background.png", (276, 206)),
    ("button/check_foreground.png", (18, 33)), ("button/check_selected_foreground.png", (18, 33)),
    ("button/radio_foreground.png", (18, 33)), ("button/radio_selected_foreground.png", (18, 33)),
    ("bar/left.png", (350, 25)), ("bar/right.png", (350, 25)), ("bar/top.png", (25, 350)), ("bar/bottom.png", (25, 350)),
    ("scrollbar/horizontal_idle_bar.png", (700, 12)), ("scrollbar/horizontal_hover_bar.png", (700, 12)),
    ("scrollbar/horizontal_idle_thumb.png", (700, 12)), ("scrollbar/horizontal_hover_thumb.png", (700, 12)),
    ("scrollbar/vertical_idle_bar.png", (12, 700)), ("scrollbar/vertical_hover_bar.png", (12, 700)),
    ("scrollbar/vertical_idle_thumb.png", (12, 700)), ("scrollbar/vertical_hover_thumb.png", (12, 700)),
    ("slider/horizontal_idle_bar.png", (350, 25)), ("slider/horizontal_hover_bar.png", (350, 25)),
    ("slider/horizontal_idle_thumb.png", (10, 25)), ("slider/horizontal_hover_thumb.png", (10, 25)),
    ("slider/vertical_idle_bar.png", (25, 350)), ("slider/vertical_hover_bar.png", (25, 350)),
    ("slider/vertical_idle_thumb.png", (25, 10)), ("slider/vertical_hover_thumb.png", (25, 10)),
    ("phone/textbox.png", (1280, 240)), ("phone/nvl.png", (1280, 720)),
    ("phone/overlay/main_menu.png", (1280, 720)), ("phone/overlay/game_menu.png", (1280, 720)),
    ("phone/button/choice_idle_background.png", (790, 35)), ("phone/button/choice_hover_background.png", (790, 35)),
]
# The phone ("small" variant) controls are the desktop ones, bigger for a finger:
# bars and sliders 36 px thick (gui.slider_size there), check and radio marks 4/3.
PHONE = {
    "phone/button/check_foreground.png": (24, 44), "phone/button/check_selected_foreground.png": (24, 44),
    "phone/button/radio_foreground.png": (24, 44), "phone/button/radio_selected_foreground.png": (24, 44),
    "phone/bar/left.png": (350, 36), "phone/bar/right.png": (350, 36),
    "phone/bar/top.png": (36, 350), "phone/bar/bottom.png": (36, 350),
    "phone/scrollbar/horizontal_idle_bar.png": (700, 18), "phone/scrollbar/horizontal_hover_bar.png": (700, 18),
    "phone/scrollbar/horizontal_idle_thumb.png": (700, 18), "phone/scrollbar/horizontal_hover_thumb.png": (700, 18),
    "phone/scrollbar/vertical_idle_bar.png": (18, 700), "phone/scrollbar/vertical_hover_bar.png": (18, 700),
    "phone/scrollbar/vertical_idle_thumb.png": (18, 700), "phone/scrollbar/vertical_hover_thumb.png": (18, 700),
    "phone/slider/horizontal_idle_bar.png": (350, 36), "phone/slider/horizontal_hover_bar.png": (350, 36),
    "phone/slider/horizontal_idle_thumb.png": (14, 36), "phone/slider/horizontal_hover_thumb.png": (14, 36),
    "phone/slider/vertical_idle_bar.png": (36, 350), "phone/slider/vertical_hover_bar.png": (36, 350),
    "phone/slider/vertical_idle_thumb.png": (36, 14), "phone/slider/vertical_hover_thumb.png": (36, 14),
}
FILES += list(PHONE.items())
SIZES = dict(FILES)
SS = 4


def _cv(size) -> Canvas:
    ss = SS if size[0] * size[1] < 300_000 else 2
    return Canvas(size[0], size[1], ss, Style(outline=1.0, shade=0, rim=0))


def _panel(cv, box, g, *, radius=None, alpha=None, edge=None, edge_w=1.2, top_line=None):
    """A navy glass panel: vertical gradient, a faint inner highlight at the top, an optional edge line."""
    x0, y0, x1, y1 = box
    r = g["radius"] if radius is None else radius
    a = g["opacity"] if alpha is None else alpha
    top = with_alpha(g["panel_light"], a)
    bot = with_alpha(g["panel"], a)
    shape = ("rrect", x0, y0, x1, y1, r)
    part(cv, shape, top, grad=(top, bot), outline=edge is not None, ink=edge, line=edge_w, shade=0, rim=0,
         name="panel")
    hl = ("rrect", x0 + 1, y0 + 1, x1 - 1, y0 + min(10, (y1 - y0) * 0.3), max(0, r - 1))
    part(cv, hl, (255, 255, 255, 16), outline=False, shade=0, rim=0, clip="panel")
    if top_line is not None:
        w = x1 - x0
        for k in range(24):
            t0, t1 = k / 24, (k + 1) / 24
            fade = math.sin(math.pi * (t0 + t1) / 2)
            stroke(cv, [(x0 + r + (w - 2 * r) * t0, y0 + 1.2), (x0 + r + (w - 2 * r) * t1, y0 + 1.2)], 2.0,
                   top_line, alpha=fade)


def _pill(cv, box, color, *, outline=None, line=1.0, grad=None):
    x0, y0, x1, y1 = box
    r = min(x1 - x0, y1 - y0) / 2
    part(cv, ("rrect", x0, y0, x1, y1, r), color, outline=outline is not None, ink=outline, line=line, shade=0, rim=0,
         grad=grad)


def render(rel: str, art, base) -> Image.Image:
    if rel in PHONE:  # drawn at the desktop size, then scaled (Ren'Py frames stretch them anyway)
        return render(rel[len("phone/"):], art, base).resize(PHONE[rel], Image.LANCZOS)
    g = art.gui
    size = SIZES[rel]
    w, h = size
    acc, hov, panel, txt, muted, line = g["accent"], g["hover"], g["panel"], g["text"], g["muted"], g["line"]
    name = rel[:-4]
    if name == "main_menu":
        ctx = scene.Ctx(base / "game" / "fonts", art.characters, art.expressions)
        return scene.render_scene(art.title, ctx)
    if name == "game_menu":
        ctx = scene.Ctx(base / "game" / "fonts", art.characters, art.expressions)
        gm = g["game_menu"]
        img = scene.render_scene(art.backgrounds[gm["scene"]], ctx)
        small = img.resize((w // 4, h // 4), Image.LANCZOS).filter(ImageFilter.GaussianBlur(gm["blur"] / 4))
        img = small.resize((w, h), Image.BICUBIC)
        dark = Image.new("RGB", (w, h), rgba(panel)[:3])
        return Image.blend(img, dark, gm["darken"])
    cv = _cv(size)
    if name in ("textbox", "phone/textbox"):
        _panel(cv, (16, 10, w - 16, h - 6), g, radius=22, edge=with_alpha(line, 0.9), top_line=acc)
        glow(cv, ("ellipse", 120, h * 0.55, 100, 60), acc, radius=60, strength=0.05)
    elif name == "namebox":
        _panel(cv, (1, 1, w - 1, h - 1), g, radius=5, alpha=0.95, edge=acc, edge_w=1.4)
    elif name == "frame":
        _panel(cv, (1, 1, w - 1, h - 1), g, radius=14, alpha=0.94, edge=with_alpha(acc, 0.8), edge_w=1.5, top_line=acc)
    elif name in ("nvl", "phone/nvl"):
        x0 = 200 if name == "nvl" else 20
        _panel(cv, (x0, 20, w - x0, h - 20), g, radius=22, alpha=0.9, edge=with_alpha(line, 0.8))
    elif name in ("notify", "skip"):
        _panel(cv, (-30, 2, w - 30, h - 2), g, radius=(h - 4) / 2, alpha=0.92, edge=with_alpha(acc, 0.7))
        part(cv, ("rrect", 0, 8, 4, h - 8, 2), acc, outline=False, shade=0, rim=0)
    elif name == "window_icon":
        part(cv, ("rrect", 8, 8, w - 8, h - 8, 56), g["icon"]["background"],
             grad=(light_of(g["icon"]["background"], 0.12), g["icon"]["background"]), outline=False, shade=0, rim=0)
        from .scene import el_logo
        el_logo(cv, {"at": (w / 2, h / 2 + 4), "radius": 88, "color": g["icon"]["color"], "accent": g["icon"]["accent"]},
                None, None)
    elif name in ("overlay/main_menu", "phone/overlay/main_menu"):
        pw = 280 if not name.startswith("phone") else 340
        part(cv, ("poly", [(0, 0), (pw, 0), (pw, h), (0, h)]), with_alpha(panel, 0.82),
             grad=(with_alpha(panel, 0.76), with_alpha(panel, 0.9)), outline=False, shade=0, rim=0)
        part(cv, ("poly", [(pw - 2, 0), (pw, 0), (pw, h), (pw - 2, h)]), with_alpha(acc, 0.9), outline=False, shade=0,
             rim=0)
        glow(cv, ("poly", [(pw - 2, 0), (pw, 0), (pw, h), (pw - 2, h)]), acc, radius=8, strength=0.3)
    elif name in ("overlay/game_menu", "phone/overlay/game_menu"):
        pw = 280 if not name.startswith("phone") else 340
        part(cv, ("poly", [(0, 0), (w, 0), (w, h), (0, h)]), with_alpha(panel, 0.72),
             grad=(with_alpha(panel, 0.62), with_alpha(panel, 0.86)), outline=False, shade=0, rim=0)
        part(cv, ("poly", [(0, 0), (pw, 0), (pw, h), (0, h)]), with_alpha(panel, 0.5), outline=False, shade=0, rim=0)
        part(cv, ("rrect", pw - 2, 120, pw, 690, 1), with_alpha(acc, 0.9), outline=False, shade=0, rim=0)
    elif name == "overlay/confirm":
        part(cv, ("poly", [(0, 0), (w, 0), (w, h), (0, h)]), with_alpha(panel, 0.7), outline=False, shade=0, rim=0)
    elif "choice_idle" in name:
        _pill(cv, (30, 1, w - 30, h - 1), with_alpha(g["panel_light"], 0.9),
              grad=(with_alpha(g["panel_light"], 0.92), with_alpha(panel, 0.92)), outline=with_alpha(line, 0.9))
        part(cv, ("ellipse", 50, h / 2, 3.2, 3.2), acc, outline=False, shade=0, rim=0)
        part(cv, ("ellipse", w - 50, h / 2, 3.2, 3.2), acc, outline=False, shade=0, rim=0)
    elif "choice_hover" in name:
        glow(cv, ("rrect", 40, 6, w - 40, h - 6, 12), hov, radius=8, strength=0.35)
        _pill(cv, (30, 1, w - 30, h - 1), with_alpha(mix(panel, hov, 0.35), 0.96),
              grad=(with_alpha(mix(panel, hov, 0.42), 0.97), with_alpha(mix(panel, hov, 0.2), 0.97)), outline=hov, line=1.4)
        part(cv, ("ellipse", 50, h / 2, 3.6, 3.6), hov, outline=False, shade=0, rim=0)
        part(cv, ("ellipse", w - 50, h / 2, 3.6, 3.6), hov, outline=False, shade=0, rim=0)
    elif name == "button/choice_lock":
        ## A padlock for a locked choice (desktop and web): an amber shackle over a solid body.
        lock = (240, 184, 90, 255)   # the "Locked" tag's amber (screens.rpy: choice_locked_tag)
        stroke(cv, [(6.2, 13), (6.2, 8), (8, 4.2), (11, 3), (14, 4.2), (15.8, 8), (15.8, 13)], 2.6, lock, smooth=True)
        part(cv, ("rrect", 2.5, 11.5, 19.5, 24.5, 3), lock, outline=False, shade=0, rim=0)
        part(cv, ("ellipse", 11, 17, 2.1, 2.1), panel, outline=False, shade=0, rim=0)
        part(cv, ("rrect", 10.2, 17, 11.8, 21.5, 0.8), panel, outline=False, shade=0, rim=0)
    elif name in ("button/idle_background", "button/quick_idle_background"):
        pass  # transparent: idle buttons are text only
    elif name == "button/hover_background":
        part(cv, ("rrect", 0, 2, w, h - 2, 4), with_alpha(hov, 0.14), outline=False, shade=0, rim=0)
        part(cv, ("rrect", 0, 5, 3, h - 5, 1.5), hov, outline=False, shade=0, rim=0)
    elif name == "button/quick_hover_background":
        part(cv, ("rrect", 2, 4, w - 2, h - 2, 4), with_alpha(hov, 0.16), outline=False, shade=0, rim=0)
    elif name in ("button/slot_idle_background", "button/slot_hover_background"):
        hover = "hover" in name
        _panel(cv, (2, 2, w - 2, h - 2), g, radius=10, alpha=0.9, edge=hov if hover else with_alpha(line, 0.9),
               edge_w=1.6 if hover else 1.1)
        part(cv, ("rrect", 10, 10, w - 10, 10 + 144, 5), (0, 0, 0, 70), outline=False, shade=0, rim=0)
    elif name in ("button/check_foreground", "button/check_selected_foreground"):
        sel = "selected" in name
        box = (2, h / 2 - 7, 16, h / 2 + 7)
        part(cv, ("rrect", *box, 3.5), acc if sel else (0, 0, 0, 0), outline=True, ink=acc if sel else muted, line=1.4,
             shade=0, rim=0)
        if sel:
            stroke(cv, [(5.5, h / 2), (8.3, h / 2 + 3), (13, h / 2 - 3.5)], 2.0, panel)
    elif name in ("button/radio_foreground", "button/radio_selected_foreground"):
        sel = "selected" in name
        part(cv, ("ellipse", 9, h / 2, 7, 7), (0, 0, 0, 0), outline=True, ink=acc if sel else muted, line=1.4,
             shade=0, rim=0)
        if sel:
            part(cv, ("ellipse", 9, h / 2, 4, 4), acc, outline=False, shade=0, rim=0)
    elif name.startswith("bar/"):
        vert = name in ("bar/top", "bar/bottom")
        full = name in ("bar/left", "bar/bottom")
        box = (7, 0, 18, h) if vert else (0, 7, w, 18)
        if full:
            grad = (light_of(acc, 0.2), acc) if not vert else (acc, light_of(acc, 0.2))
            _pill(cv, box, acc, grad=grad)
        else:
            _pill(cv, box, with_alpha(panel, 0.9), outline=with_alpha(line, 0.9))
    elif name.startswith("scrollbar/"):
        vert = "vertical" in name
        box = (2, 0, 10, h) if vert else (0, 2, w, 10)
        if name.endswith("_bar"):
            _pill(cv, box, with_alpha(panel, 0.55))
        else:
            _pill(cv, box, hov if "hover" in name else with_alpha(acc, 0.85))
    elif name.startswith("slider/"):
        vert = "vertical" in name
        if name.endswith("_bar"):
            box = (10, 0, 15, h) if vert else (0, 10, w, 15)
            _pill(cv, box, with_alpha(line, 0.95) if "hover" in name else with_alpha(line, 0.75))
        else:
            col = hov if "hover" in name else acc
            box = (0, 1, w, h - 1) if vert else (1, 0, w - 1, h)
            part(cv, ("rrect", *box, 3), col, outline=False, shade=0, rim=0)
    return cv.result()

"""The GUI kit's table: which files Ren'Py's template expects, and what art/gui.json draws in each.

File names and sizes follow the launcher's generator (gui7/images.py): they are a contract
with game/gui.rpy, so they stay here. What each file looks like is data: gui.json's "pieces"
maps a file name (without ".png") to a list of drawing operations, or to the name of another
piece drawn the same way at this file's size. Coordinates are numbers or small expressions
of the file's width and height ("w - 16", "h / 2 + 4"); colours are a GUI role ("accent",
"panel", "icon.background", ...), a palette name or "#rrggbb[aa]", optionally as
{"color": C, "alpha": a}, {"mix": [C1, C2, t], "alpha": a} or {"light": [C, k]}.

Validation resolves every expression and colour, so gui.py draws plain numbers and tuples
and a wrong table is one line naming the file and field, before anything is drawn.
"""

from __future__ import annotations

import ast
import json
import math
import operator
from collections.abc import Callable
from typing import Any

from vn.errors import VnError

from .kit import light_of, mix, with_alpha
from .schema import LIMIT, Color, Ctx

FILES: list[tuple[str, tuple[int, int]]] = [
    ("textbox.png", (1280, 185)), ("namebox.png", (300, 36)), ("frame.png", (600, 250)),
    ("main_menu.png", (1280, 720)), ("game_menu.png", (1280, 720)), ("nvl.png", (1280, 720)),
    ("notify.png", (922, 43)), ("skip.png", (240, 43)), ("window_icon.png", (250, 250)),
    ("overlay/main_menu.png", (1280, 720)), ("overlay/game_menu.png", (1280, 720)),
    ("overlay/confirm.png", (1280, 720)),
    ("button/choice_idle_background.png", (790, 35)), ("button/choice_hover_background.png", (790, 35)),
    ("button/choice_lock.png", (22, 26)),
    ("button/idle_background.png", (300, 33)), ("button/hover_background.png", (300, 33)),
    ("button/quick_idle_background.png", (100, 30)), ("button/quick_hover_background.png", (100, 30)),
    ("button/slot_idle_background.png", (276, 206)), ("button/slot_hover_background.png", (276, 206)),
    ("button/check_foreground.png", (18, 33)), ("button/check_selected_foreground.png", (18, 33)),
    ("button/radio_foreground.png", (18, 33)), ("button/radio_selected_foreground.png", (18, 33)),
    ("bar/left.png", (350, 25)), ("bar/right.png", (350, 25)), ("bar/top.png", (25, 350)),
    ("bar/bottom.png", (25, 350)),
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
    ("phone/button/choice_idle_background.png", (790, 35)),
    ("phone/button/choice_hover_background.png", (790, 35)),
]
# The phone ("small" variant) controls are the desktop ones, bigger for a finger:
# bars and sliders 36 px thick (gui.slider_size there), check and radio marks 4/3.
# They are drawn at the desktop size and scaled (Ren'Py frames stretch them anyway).
PHONE: dict[str, tuple[int, int]] = {
    "phone/button/check_foreground.png": (24, 44), "phone/button/check_selected_foreground.png": (24, 44),
    "phone/button/radio_foreground.png": (24, 44), "phone/button/radio_selected_foreground.png": (24, 44),
    "phone/bar/left.png": (350, 36), "phone/bar/right.png": (350, 36),
    "phone/bar/top.png": (36, 350), "phone/bar/bottom.png": (36, 350),
    "phone/scrollbar/horizontal_idle_bar.png": (700, 18),
                                     "phone/scrollbar/horizontal_hover_bar.png": (700, 18),
    "phone/scrollbar/horizontal_idle_thumb.png": (700, 18),
    "phone/scrollbar/horizontal_hover_thumb.png": (700, 18),
    "phone/scrollbar/vertical_idle_bar.png": (18, 700), "phone/scrollbar/vertical_hover_bar.png": (18, 700),
    "phone/scrollbar/vertical_idle_thumb.png": (18, 700),
                                     "phone/scrollbar/vertical_hover_thumb.png": (18, 700),
    "phone/slider/horizontal_idle_bar.png": (350, 36), "phone/slider/horizontal_hover_bar.png": (350, 36),
    "phone/slider/horizontal_idle_thumb.png": (14, 36), "phone/slider/horizontal_hover_thumb.png": (14, 36),
    "phone/slider/vertical_idle_bar.png": (36, 350), "phone/slider/vertical_hover_bar.png": (36, 350),
    "phone/slider/vertical_idle_thumb.png": (36, 14), "phone/slider/vertical_hover_thumb.png": (36, 14),
}
FILES += list(PHONE.items())
SIZES = dict(FILES)
# the pieces gui.json must draw: every file but the scaled phone copies
DRAWN = [rel[:-4] for rel, _ in FILES if rel not in PHONE]

ROLES = ("panel", "panel_light", "accent", "hover", "text", "muted", "line")
ICON_ROLES = ("color", "accent", "background")
SCENES = ("title_scene", "menu_scene")     # a whole picture: the only operation of its piece

Op = dict[str, Any]
Rgba = tuple[int, ...]


class _Piece:
    """What one operation's fields are checked against: the file, its size and the GUI roles."""

    def __init__(self, ctx: Ctx, gui: dict[str, Any], size: tuple[int, int]) -> None:
        self.ctx, self.gui, self.size = ctx, gui, size

    def fail(self, path: str, expected: str, got: Any) -> None:
        self.ctx.fail(path, expected, got)

    def number(self, v: Any, path: str) -> float:
        what = 'a number or an expression of w and h like "w - 16"'
        if isinstance(v, bool) or not isinstance(v, (int, float, str)):
            self.fail(path, what, v)
        if isinstance(v, str):
            try:
                v = _evaluate(ast.parse(v, mode="eval").body, {"w": self.size[0], "h": self.size[1]})
            except (SyntaxError, ValueError, ZeroDivisionError, OverflowError, RecursionError):
                self.fail(path, what, v)
        if not math.isfinite(v) or not -LIMIT <= v <= LIMIT:
            self.fail(path, f"{what}, from {-LIMIT} to {LIMIT}", v)
        return v  # type: ignore[no-any-return]

    def point(self, v: Any, path: str) -> tuple[float, float]:
        if not isinstance(v, list) or len(v) != 2:
            self.fail(path, "a point [x, y]", v)
        return (self.number(v[0], f"{path}[0]"), self.number(v[1], f"{path}[1]"))

    def points(self, v: Any, path: str, least: int = 2) -> list[tuple[float, float]]:
        if not isinstance(v, list) or len(v) < least:
            self.fail(path, f"a list of at least {least} points [x, y]", v)
        return [self.point(p, f"{path}[{i}]") for i, p in enumerate(v)]

    def box(self, v: Any, path: str) -> tuple[float, ...]:
        if not isinstance(v, list) or len(v) != 4:
            self.fail(path, "a box [x0, y0, x1, y1]", v)
        return tuple(self.number(x, f"{path}[{i}]") for i, x in enumerate(v))

    def shape(self, v: Any, path: str) -> tuple[Any, ...]:
        arity = {"rrect": 5, "ellipse": 4}
        what = '["rrect", x0, y0, x1, y1, radius], ["ellipse", x, y, rx, ry] or ["poly", [points]]'
        if not isinstance(v, list) or not v or v[0] not in ("rrect", "ellipse", "poly"):
            self.fail(path, what, v)
        if v[0] == "poly":
            if len(v) != 2:
                self.fail(path, what, v)
            return ("poly", self.points(v[1], f"{path}[1]", least=3))
        if len(v) != arity[v[0]] + 1:
            self.fail(path, what, v)
        return (v[0], *(self.number(x, f"{path}[{i + 1}]") for i, x in enumerate(v[1:])))

    def paint(self, v: Any, path: str) -> Rgba:
        if isinstance(v, str):
            if v in ROLES:
                role: Rgba = self.gui[v]
                return role
            if v.startswith("icon.") and v[5:] in ICON_ROLES:
                icon: Rgba = self.gui["icon"][v[5:]]
                return icon
            if v.startswith("#") or v in self.ctx.palette:
                hexed: Rgba = Color()(v, path, self.ctx)
                return hexed
        what = ("a GUI role (" + ", ".join(ROLES) + ", icon.color, icon.accent, icon.background), a palette "
                'name, "#rrggbb[aa]", or {"color": C, "alpha": a}, {"mix": [C1, C2, t]}, {"light": [C, k]}')
        if not isinstance(v, dict):
            self.fail(path, what, v)
        kinds = [k for k in ("color", "mix", "light") if k in v]
        if len(kinds) != 1 or any(k not in ("color", "mix", "light", "alpha") for k in v):
            self.fail(path, what, v)
        kind, arg = kinds[0], v[kinds[0]]
        if kind == "color":
            base = self.paint(arg, f"{path}.color")
        elif kind == "mix":
            if not isinstance(arg, list) or len(arg) != 3:
                self.fail(f"{path}.mix", "[colour, colour, fraction]", arg)
            base = mix(self.paint(arg[0], f"{path}.mix[0]"), self.paint(arg[1], f"{path}.mix[1]"),
                       self.fraction(arg[2], f"{path}.mix[2]"))
        else:
            if not isinstance(arg, list) or len(arg) != 2:
                self.fail(f"{path}.light", "[colour, fraction]", arg)
            base = light_of(self.paint(arg[0], f"{path}.light[0]"), self.fraction(arg[1], f"{path}.light[1]"))
        if "alpha" in v:
            return with_alpha(base, self.fraction(v["alpha"], f"{path}.alpha"))
        return base

    def fraction(self, v: Any, path: str) -> float:
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not 0 <= v <= 1:
            self.fail(path, "a number from 0 to 1", v)
        return v  # type: ignore[no-any-return]


_OPERATORS: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def _evaluate(node: ast.expr, names: dict[str, int]) -> float:
    """Numbers, w, h, + - * / and parentheses, evaluated as Python would evaluate the same text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value,
                                                                                                  bool):
        return node.value
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_evaluate(node.operand, names)
    if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
        return _OPERATORS[type(node.op)](_evaluate(node.left, names),  # type: ignore[no-any-return]
                                         _evaluate(node.right, names))
    raise ValueError("not an expression of w and h")


# Each operation's fields: name -> (kind, default); kind "?" suffix: may be null or absent.
# REQUIRED is a missing default.
_REQUIRED = object()
OPERATIONS: dict[str, dict[str, tuple[str, Any]]] = {
    # a navy glass panel (gui.py: panel); radius and alpha default to gui.json's radius and opacity
    "panel": {"box": ("box", _REQUIRED), "radius": ("number?", None), "alpha": ("fraction?", None),
              "edge": ("paint?", None), "edge_w": ("number", 1.2), "top_line": ("paint?", None)},
    # a capsule filling the box
    "pill": {"box": ("box", _REQUIRED), "color": ("paint", _REQUIRED), "outline": ("paint?", None),
             "line": ("number", 1.0), "grad": ("paints?", None)},
    # a flat shape; outlined in `ink` when one is given
    "shape": {"shape": ("shape", _REQUIRED), "color": ("paint", _REQUIRED), "grad": ("paints?", None),
              "ink": ("paint?", None), "line": ("number?", None)},
    "glow": {"shape": ("shape", _REQUIRED), "color": ("paint", _REQUIRED), "radius": ("number", _REQUIRED),
             "strength": ("number", 1.0)},
    "stroke": {"points": ("points", _REQUIRED), "width": ("number", _REQUIRED), "color": ("paint", _REQUIRED),
               "smooth": ("bool", False)},
    # the Smile Protocol mark (scene.py's logo element)
    "logo": {"at": ("point", _REQUIRED), "radius": ("number", _REQUIRED), "color": ("paint", _REQUIRED),
             "accent": ("paint", _REQUIRED)},
    # art/title.json, as the main menu
    "title_scene": {},
    # gui.json's game_menu background, blurred and darkened
    "menu_scene": {},
}


def _operation(p: _Piece, v: Any, path: str) -> Op:
    what = "an operation: an object with \"type\" one of " + ", ".join(json.dumps(k) for k in OPERATIONS)
    if not isinstance(v, dict) or v.get("type") not in OPERATIONS:
        p.fail(path, what, v)
    fields = OPERATIONS[v["type"]]
    for k in v:
        if k != "type" and k not in fields:
            raise VnError(f"{p.ctx.file}: {path}.{k}: unknown field (expected one of: type, "
                          + ", ".join(fields) + ")")
    out: Op = {"type": v["type"]}
    for k, (kind, default) in fields.items():
        fp = f"{path}.{k}"
        optional = kind.endswith("?")
        kind = kind.rstrip("?")
        if k not in v or (optional and v[k] is None):
            if default is _REQUIRED:
                raise VnError(f"{p.ctx.file}: {fp}: missing required field")
            out[k] = default
        elif kind == "bool":
            if not isinstance(v[k], bool):
                p.fail(fp, "true or false", v[k])
            out[k] = v[k]
        elif kind == "paints":
            if not isinstance(v[k], list) or len(v[k]) != 2:
                p.fail(fp, "[top colour, bottom colour]", v[k])
            out[k] = (p.paint(v[k][0], f"{fp}[0]"), p.paint(v[k][1], f"{fp}[1]"))
        else:
            out[k] = getattr(p, kind)(v[k], fp)
    if out["type"] == "panel":
        out["radius"] = p.gui["radius"] if out["radius"] is None else out["radius"]
        out["alpha"] = p.gui["opacity"] if out["alpha"] is None else out["alpha"]
    return out


def check_pieces(raw: Any, gui: dict[str, Any], ctx: Ctx, path: str = "pieces") -> dict[str, list[Op]]:
    """gui.json's "pieces", every expression and colour resolved; `gui` is the rest of gui.json, validated."""
    if not isinstance(raw, dict):
        ctx.fail(path, "an object of GUI file names (without .png) to lists of operations", raw)
    for name in raw:
        if name not in DRAWN:
            raise VnError(f"{ctx.file}: {path}.{name}: not a GUI file of the template "
                          "(see vn/sprites/gui_pieces.py: FILES)")
    out: dict[str, list[Op]] = {}
    for name in DRAWN:
        if name not in raw:
            raise VnError(f"{ctx.file}: {path}.{name}: missing (every GUI file needs a piece; "
                          "[] draws nothing)")
        v, vp = raw[name], f"{path}.{name}"
        if isinstance(v, str):          # drawn like another piece, at this file's size
            if v not in raw or not isinstance(raw[v], list):
                ctx.fail(vp, "a list of operations or the name of a piece that has one", v)
            v, vp = raw[v], f"{path}.{v}"
        if not isinstance(v, list):
            ctx.fail(vp, "a list of operations or the name of a piece that has one", v)
        piece = _Piece(ctx, gui, SIZES[name + ".png"])
        ops = [_operation(piece, op, f"{vp}[{i}]") for i, op in enumerate(v)]
        if any(op["type"] in SCENES for op in ops) and len(ops) != 1:
            raise VnError(f"{ctx.file}: {vp}: a title_scene or menu_scene is the piece's only operation")
        out[name] = ops
    return out

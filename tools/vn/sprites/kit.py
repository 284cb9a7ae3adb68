"""Drawing kit: supersampled vector parts with one light, soft shading and ink outlines.

Everything the renderer draws goes through :class:`Canvas` and :func:`part`,
so every sprite, background and GUI piece shares one look:

* shapes are described in output pixels and drawn at ``ss`` times the size,
  then downsampled with LANCZOS (anti-aliasing);
* the light comes from the upper left (``LIGHT``); :func:`part` darkens the
  lower-right band of each shape and adds a faint rim on the upper-left band;
* an ink outline of one width (``Style.outline``) surrounds every outlined part.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

Color = tuple  # (r, g, b, a)

LIGHT = (-0.62, -0.78)  # direction the light comes FROM (upper left), unit-ish


# --- colour helpers ----------------------------------------------------------

def rgba(c: Sequence[int], a: float | None = None) -> Color:
    c = tuple(int(v) for v in c)
    if len(c) == 3:
        c = c + (255,)
    if a is not None:
        c = c[:3] + (max(0, min(255, int(round(a * 255)))),)
    return c


def mix(c1: Sequence[int], c2: Sequence[int], t: float) -> Color:
    c1, c2 = rgba(c1), rgba(c2)
    return tuple(int(round(a + (b - a) * t)) for a, b in zip(c1, c2))


SHADOW_TINT = (52, 48, 110)
LIGHT_TINT = (255, 247, 226)


def shadow_of(c: Sequence[int], k: float = 0.38) -> Color:
    """A cooler, darker version of `c` (shadows lean towards violet-blue)."""
    c = rgba(c)
    mul = tuple(int(v * (1 - k * 0.55)) for v in c[:3]) + (c[3],)
    return mix(mul, SHADOW_TINT + (c[3],), k * 0.45)


def light_of(c: Sequence[int], k: float = 0.35) -> Color:
    c = rgba(c)
    return mix(c, LIGHT_TINT + (c[3],), k)


def with_alpha(c: Sequence[int], a: float) -> Color:
    c = rgba(c)
    return c[:3] + (int(round(c[3] * a)),)


# --- geometry helpers --------------------------------------------------------

def catmull(points: Sequence[tuple], closed: bool = True, steps: int = 10) -> list:
    """Smooth curve through `points` (Catmull-Rom)."""
    pts = list(points)
    n = len(pts)
    if n < 3:
        return pts
    out = []
    rng = range(n) if closed else range(n - 1)
    for i in rng:
        p0 = pts[(i - 1) % n] if closed or i > 0 else pts[0]
        p1 = pts[i]
        p2 = pts[(i + 1) % n]
        p3 = pts[(i + 2) % n] if closed or i + 2 < n else pts[-1]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            x = 0.5 * ((2 * p1[0]) + (-p0[0] + p2[0]) * t + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2
                       + (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * t3)
            y = 0.5 * ((2 * p1[1]) + (-p0[1] + p2[1]) * t + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2
                       + (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t3)
            out.append((x, y))
    if not closed:
        out.append(pts[-1])
    return out


def bezier(p0, p1, p2, steps: int = 16) -> list:
    """Quadratic Bezier from p0 to p2 bent towards p1."""
    out = []
    for i in range(steps + 1):
        t = i / steps
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
        out.append((a * p0[0] + b * p1[0] + c * p2[0], a * p0[1] + b * p1[1] + c * p2[1]))
    return out


def taper(pts: Sequence[tuple], w0: float, w1: float, wmid: float | None = None) -> list:
    """Polygon around the centre line `pts`, width going w0 -> (wmid) -> w1."""
    pts = list(pts)
    n = len(pts)
    left, right = [], []
    for i, (x, y) in enumerate(pts):
        a = pts[max(0, i - 1)]
        b = pts[min(n - 1, i + 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        ln = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / ln, dx / ln
        t = i / (n - 1) if n > 1 else 0
        if wmid is None:
            w = w0 + (w1 - w0) * t
        elif t < 0.5:
            w = w0 + (wmid - w0) * (t * 2)
        else:
            w = wmid + (w1 - wmid) * ((t - 0.5) * 2)
        left.append((x + nx * w / 2, y + ny * w / 2))
        right.append((x - nx * w / 2, y - ny * w / 2))
    return left + right[::-1]


def limb(points: Sequence[tuple], widths: Sequence[float], steps: int = 6) -> list:
    """Polygon of a limb through joint `points` with a width at each joint."""
    pts, ws = [], []
    for i in range(len(points) - 1):
        (x0, y0), (x1, y1) = points[i], points[i + 1]
        for s in range(steps):
            t = s / steps
            pts.append((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t))
            ws.append(widths[i] + (widths[i + 1] - widths[i]) * t)
    pts.append(points[-1])
    ws.append(widths[-1])
    n = len(pts)
    left, right = [], []
    for i, (x, y) in enumerate(pts):
        a = pts[max(0, i - 1)]
        b = pts[min(n - 1, i + 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        ln = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / ln, dx / ln
        left.append((x + nx * ws[i] / 2, y + ny * ws[i] / 2))
        right.append((x - nx * ws[i] / 2, y - ny * ws[i] / 2))
    # round caps
    cap = []
    (ex, ey), w = pts[-1], ws[-1] / 2
    dx, dy = pts[-1][0] - pts[-2][0], pts[-1][1] - pts[-2][1]
    base = math.atan2(dy, dx)
    for k in range(1, 8):
        ang = base + math.pi / 2 - math.pi * k / 8
        cap.append((ex + math.cos(ang) * w, ey + math.sin(ang) * w))
    return left + cap + right[::-1]


def limb_shapes(points: Sequence[tuple], widths: Sequence[float], cap: bool = True) -> list:
    """A limb as shapes for one `part`: a tapered piece per segment and a disc at each bend (and at the
    end when `cap`). Unlike one outline polygon (`limb`), a sharply bent elbow stays one solid limb:
    the polygon's inner side crossed itself there and left a hole that cut the forearm off."""
    shapes: list = []
    for i in range(len(points) - 1):
        shapes.append(("poly", taper([points[i], points[i + 1]], widths[i], widths[i + 1])))
    last = len(points) - 1 if cap else len(points) - 2
    for i in range(1, last + 1):
        (x, y), r = points[i], widths[i] / 2
        shapes.append(("ellipse", x, y, r, r))
    return shapes


def ellipse_pts(cx, cy, rx, ry, n: int = 48, rot: float = 0.0) -> list:
    c, s = math.cos(rot), math.sin(rot)
    out = []
    for i in range(n):
        a = 2 * math.pi * i / n
        x, y = math.cos(a) * rx, math.sin(a) * ry
        out.append((cx + x * c - y * s, cy + x * s + y * c))
    return out


def rrect_pts(x0, y0, x1, y1, r, n: int = 6) -> list:
    r = max(0.0, min(r, (x1 - x0) / 2, (y1 - y0) / 2))
    out = []
    for cx, cy, a0 in ((x1 - r, y0 + r, -90), (x1 - r, y1 - r, 0), (x0 + r, y1 - r, 90), (x0 + r, y0 + r, 180)):
        for k in range(n + 1):
            a = math.radians(a0 + 90 * k / n)
            out.append((cx + math.cos(a) * r, cy + math.sin(a) * r))
    return out


def mirror(pts: Iterable[tuple], cx: float) -> list:
    return [(2 * cx - x, y) for x, y in pts]


# --- canvas ------------------------------------------------------------------

@dataclass
class Style:
    ink: Color = (30, 32, 52, 255)
    outline: float = 2.2     # output pixels
    shade: float = 1.0       # strength of form shading
    rim: float = 0.35        # strength of the upper-left rim light


class Canvas:
    """An RGBA image drawn at `ss` times its output size, with a view transform.

    Shapes are given in "world" units; ``scale``/``ox``/``oy`` map world to output
    pixels (sprites use 1:1, side images zoom onto the head).
    """

    def __init__(self, w: int, h: int, ss: int = 3, style: Style | None = None,
                 scale: float = 1.0, ox: float = 0.0, oy: float = 0.0):
        self.w, self.h, self.ss = w, h, ss
        self.style = style or Style()
        self.scale, self.ox, self.oy = scale, ox, oy
        self.k = ss * scale
        self.img = Image.new("RGBA", (w * ss, h * ss), (0, 0, 0, 0))
        self.masks: dict[str, tuple[int, int, Image.Image]] = {}
        # optional world -> world point transform applied to everything drawn (a tilted head, a lean);
        # lengths (line widths, radii before they become points) are not transformed
        self.warp: Callable[[tuple], tuple] | None = None

    # world -> supersampled pixel coordinates
    def P(self, p) -> tuple:
        if self.warp is not None:
            p = self.warp(p)
        return ((p[0] - self.ox) * self.k, (p[1] - self.oy) * self.k)

    def world(self, q) -> tuple:
        """Supersampled pixel -> world (the inverse of P without the warp)."""
        return (q[0] / self.k + self.ox, q[1] / self.k + self.oy)

    def L(self, v: float) -> float:
        return v * self.k

    def composite(self, layer: Image.Image, x0: int, y0: int) -> None:
        W, H = self.img.size
        lx0, ly0 = max(0, -x0), max(0, -y0)
        lx1, ly1 = min(layer.width, W - x0), min(layer.height, H - y0)
        if lx1 <= lx0 or ly1 <= ly0:
            return
        if (lx0, ly0, lx1, ly1) != (0, 0, layer.width, layer.height):
            layer = layer.crop((lx0, ly0, lx1, ly1))
        self.img.alpha_composite(layer, (x0 + lx0, y0 + ly0))

    def result(self) -> Image.Image:
        return self.img.resize((self.w, self.h), Image.LANCZOS)


def warp_image(cv: Canvas, img: Image.Image, inverse, reach: float = 40.0, cell: float = 30.0) -> Image.Image:
    """`img` (a layer of `cv`'s size) moved by a smooth world -> world map whose inverse is `inverse`.

    Only the area around the layer's content (plus `reach` world units, the most anything moves) is
    resampled: a mesh of quads about `cell` units wide, each mapped bilinearly, with premultiplied
    alpha so edges stay clean. Deterministic like everything else."""
    W, H = img.size
    bb = img.getchannel("A").getbbox()
    if bb is None:
        return img.copy()
    m = int(cv.L(reach))
    x0, y0, x1, y1 = max(0, bb[0] - m), max(0, bb[1] - m), min(W, bb[2] + m), min(H, bb[3] + m)
    cols = max(1, int(round((x1 - x0) / cv.L(cell))))
    rows = max(1, int(round((y1 - y0) / cv.L(cell))))
    xs = [x0 + int(round((x1 - x0) * i / cols)) for i in range(cols + 1)]
    ys = [y0 + int(round((y1 - y0) * j / rows)) for j in range(rows + 1)]

    def px(q):
        p = inverse(cv.world(q))
        return ((p[0] - cv.ox) * cv.k, (p[1] - cv.oy) * cv.k)

    grid = [[px((x, y)) for x in xs] for y in ys]
    mesh = []
    for j in range(rows):
        for i in range(cols):
            nw, sw, se, ne = grid[j][i], grid[j + 1][i], grid[j + 1][i + 1], grid[j][i + 1]
            mesh.append(((xs[i], ys[j], xs[i + 1], ys[j + 1]), nw + sw + se + ne))
    return img.convert("RGBa").transform((W, H), Image.MESH, mesh, Image.BILINEAR).convert("RGBA")


# Shapes: ("poly", pts) | ("smooth", pts) | ("ellipse", cx, cy, rx, ry) | ("rrect", x0, y0, x1, y1, r)
# A shape wrapped as ("cut", shape) is subtracted.

def _shape_pts(shape) -> list:
    kind = shape[0]
    if kind == "poly":
        return list(shape[1])
    if kind == "smooth":
        return catmull(shape[1], closed=True, steps=8)
    if kind == "ellipse":
        _, cx, cy, rx, ry = shape[:5]
        n = max(24, min(96, int((rx + ry) * 0.8)))
        return ellipse_pts(cx, cy, rx, ry, n, shape[5] if len(shape) > 5 else 0.0)
    if kind == "rrect":
        _, x0, y0, x1, y1, r = shape
        return rrect_pts(x0, y0, x1, y1, r)
    if kind == "cut":
        return _shape_pts(shape[1])
    raise ValueError(kind)


def _bbox(polys) -> tuple:
    xs = [p[0] for pts in polys for p in pts]
    ys = [p[1] for pts in polys for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def _lut_threshold(lo: int, hi: int):
    return [0 if v <= lo else 255 if v >= hi else int((v - lo) * 255 / (hi - lo)) for v in range(256)]


_DILATE_LUT = _lut_threshold(6, 60)


def _shift(mask: Image.Image, dx: int, dy: int) -> Image.Image:
    out = Image.new("L", mask.size, 0)
    out.paste(mask, (dx, dy))
    return out


def _scaled(mask: Image.Image, a: float) -> Image.Image:
    if a >= 0.999:
        return mask
    return mask.point([int(v * a) for v in range(256)])


def vgrad(size, top, bottom, mid=None) -> Image.Image:
    """A vertical gradient image (RGBA)."""
    w, h = size
    grad = Image.linear_gradient("L").resize((max(1, w), max(1, h)), Image.BILINEAR)
    if mid is None:
        a = Image.new("RGBA", (w, h), rgba(top))
        b = Image.new("RGBA", (w, h), rgba(bottom))
        return Image.composite(b, a, grad)
    top_half = vgrad((w, h // 2 + 1), top, mid)
    bot_half = vgrad((w, h - h // 2), mid, bottom)
    out = Image.new("RGBA", (w, h))
    out.paste(top_half, (0, 0))
    out.paste(bot_half, (0, h // 2))
    return out


def part(cv: Canvas, shapes, fill, *, outline: bool = True, shade: float = 1.0, rim: float = 1.0,
         depth: float | None = None, alpha: float = 1.0, clip: str | None = None, name: str | None = None,
         grad: tuple | None = None, ink: Color | None = None, line: float | None = None,
         shade_color: Color | None = None) -> None:
    """Draw filled `shapes` as one shaded, outlined part.

    depth: width (world units) of the shaded band on the side away from the light.
    clip: name of an earlier part whose mask limits this one.
    name: remember this part's mask for later clips.
    grad: (top, bottom) colours instead of a flat fill.
    """
    if isinstance(shapes, tuple) and shapes and isinstance(shapes[0], str):
        shapes = [shapes]
    polys = [[cv.P(p) for p in _shape_pts(s)] for s in shapes]
    x0, y0, x1, y1 = _bbox(polys)
    st = cv.style
    ow = cv.L(st.outline if line is None else line) if outline else 0
    margin = int(ow + 4)
    bx0, by0 = int(math.floor(x0)) - margin, int(math.floor(y0)) - margin
    W, H = int(math.ceil(x1)) + margin - bx0, int(math.ceil(y1)) + margin - by0
    if W <= 0 or H <= 0:
        return
    mask = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(mask)
    for s, pts in zip(shapes, polys):
        d.polygon([(x - bx0, y - by0) for x, y in pts], fill=0 if s[0] == "cut" else 255)
    if clip is not None and clip in cv.masks:
        cx0, cy0, cm = cv.masks[clip]
        region = Image.new("L", (W, H), 0)
        region.paste(cm, (cx0 - bx0, cy0 - by0))
        mask = ImageChops.multiply(mask, region)
    if name is not None:
        cv.masks[name] = (bx0, by0, mask)
    if outline and ow > 0:
        dil = mask.filter(ImageFilter.BoxBlur(ow)).point(_DILATE_LUT)
        if rgba(fill)[3] < 250 or alpha < 0.98:
            dil = ImageChops.subtract(dil, mask)   # a ring only, so a see-through fill stays see-through
        lay = Image.new("RGBA", (W, H), rgba(ink or st.ink))
        lay.putalpha(_scaled(dil, alpha * (rgba(ink or st.ink)[3] / 255)))
        cv.composite(lay, bx0, by0)
    if grad is not None:
        base = vgrad((W, H), grad[0], grad[1])
        fill_col = rgba(grad[0])
    else:
        fill_col = rgba(fill)
        base = Image.new("RGBA", (W, H), fill_col)
    fa = fill_col[3] / 255 * alpha
    if st.shade > 0 and shade > 0:
        dep = depth if depth is not None else max(2.0, min(0.2 * min(x1 - x0, y1 - y0) / cv.k, 26))
        dd = cv.L(dep)
        sx, sy = int(round(-LIGHT[0] * dd)), int(round(-LIGHT[1] * dd))
        band = ImageChops.subtract(mask, _shift(mask, -sx, -sy))
        band = band.filter(ImageFilter.GaussianBlur(max(1.0, dd * 0.3)))
        band = ImageChops.multiply(band, mask)
        sc = shade_color or shadow_of(fill_col)
        sh = Image.new("RGBA", (W, H), rgba(sc))
        base = Image.composite(sh, base, _scaled(band, min(1.0, 0.85 * shade * st.shade)))
        if rim > 0 and st.rim > 0:
            rd = max(2, int(dd * 0.35))
            rband = ImageChops.subtract(mask, _shift(mask, int(round(-LIGHT[0] * rd)), int(round(-LIGHT[1] * rd))))
            rband = rband.filter(ImageFilter.GaussianBlur(max(1.0, rd * 0.4)))
            rband = ImageChops.multiply(rband, mask)
            lt = Image.new("RGBA", (W, H), light_of(fill_col, 0.45))
            base = Image.composite(lt, base, _scaled(rband, min(1.0, rim * st.rim)))
    base.putalpha(_scaled(mask, fa))
    cv.composite(base, bx0, by0)


def stroke(cv: Canvas, pts, width: float, color, *, smooth: bool = False, closed: bool = False,
           alpha: float = 1.0, taper_to: float | None = None, clip: str | None = None) -> None:
    """A line of `width` world units through `pts` (round joints and caps)."""
    if smooth:
        pts = catmull(pts, closed=closed, steps=10)
    if taper_to is not None:
        part(cv, [("poly", taper(pts, width, taper_to, None))], color, outline=False, shade=0, rim=0,
             alpha=alpha, clip=clip)
        return
    P = [cv.P(p) for p in pts]
    w = max(1.0, cv.L(width))
    x0, y0, x1, y1 = _bbox([P])
    m = int(w) + 3
    bx0, by0 = int(x0) - m, int(y0) - m
    W, H = int(x1) + m - bx0 + 1, int(y1) + m - by0 + 1
    mask = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(mask)
    Q = [(x - bx0, y - by0) for x, y in P]
    if closed:
        Q = Q + [Q[0]]
    d.line(Q, fill=255, width=int(round(w)), joint="curve")
    r = w / 2
    for (x, y) in (Q[0], Q[-1]):
        d.ellipse((x - r, y - r, x + r, y + r), fill=255)
    if clip is not None and clip in cv.masks:
        cx0, cy0, cm = cv.masks[clip]
        region = Image.new("L", (W, H), 0)
        region.paste(cm, (cx0 - bx0, cy0 - by0))
        mask = ImageChops.multiply(mask, region)
    col = rgba(color)
    lay = Image.new("RGBA", (W, H), col)
    lay.putalpha(_scaled(mask, alpha * col[3] / 255))
    cv.composite(lay, bx0, by0)


def glow(cv: Canvas, shapes, color, radius: float, strength: float = 1.0, core: bool = False) -> None:
    """A soft light: `shapes` blurred by `radius` world units."""
    if isinstance(shapes, tuple) and shapes and isinstance(shapes[0], str):
        shapes = [shapes]
    polys = [[cv.P(p) for p in _shape_pts(s)] for s in shapes]
    x0, y0, x1, y1 = _bbox(polys)
    r = cv.L(radius)
    m = int(r * 2.2) + 2
    bx0, by0 = int(x0) - m, int(y0) - m
    W, H = int(x1) + m - bx0, int(y1) + m - by0
    # blur at reduced resolution for speed
    f = max(1, int(r / 6))
    sw, sh = max(1, W // f), max(1, H // f)
    mask = Image.new("L", (sw, sh), 0)
    d = ImageDraw.Draw(mask)
    for pts in polys:
        d.polygon([((x - bx0) / f, (y - by0) / f) for x, y in pts], fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(r / f)).resize((W, H), Image.BILINEAR)
    col = rgba(color)
    lay = Image.new("RGBA", (W, H), col)
    lay.putalpha(_scaled(mask, min(1.0, strength * col[3] / 255)))
    cv.composite(lay, bx0, by0)


def text(cv: Canvas, xy, s: str, font_path: str, size: float, color, *, anchor: str = "la",
         alpha: float = 1.0, tracking: float = 0.0) -> tuple:
    """Draw text at world position `xy`; returns its world-space bbox."""
    font = ImageFont.truetype(font_path, max(1, int(round(cv.L(size)))))
    x, y = cv.P(xy)
    col = rgba(color)
    tmp = ImageDraw.Draw(cv.img)
    if tracking:
        # draw letter by letter with extra spacing
        widths = [tmp.textlength(ch, font=font) for ch in s]
        total = sum(widths) + cv.L(tracking) * (len(s) - 1)
        if anchor[0] == "m":
            x -= total / 2
        elif anchor[0] == "r":
            x -= total
        lay = Image.new("RGBA", cv.img.size, (0, 0, 0, 0))
        d = ImageDraw.Draw(lay)
        cx = x
        for ch, w in zip(s, widths):
            d.text((cx, y), ch, font=font, fill=col, anchor="l" + anchor[1])
            cx += w + cv.L(tracking)
        if alpha < 1:
            lay.putalpha(_scaled(lay.getchannel("A"), alpha))
        bb = lay.getbbox()
        cv.img.alpha_composite(lay)
    else:
        bb = tuple(int(math.floor(v)) if i < 2 else int(math.ceil(v))
                   for i, v in enumerate(tmp.textbbox((x, y), s, font=font, anchor=anchor)))
        m = 4
        lay = Image.new("RGBA", (bb[2] - bb[0] + 2 * m, bb[3] - bb[1] + 2 * m), (0, 0, 0, 0))
        d = ImageDraw.Draw(lay)
        d.text((x - bb[0] + m, y - bb[1] + m), s, font=font, fill=col, anchor=anchor)
        if alpha < 1:
            lay.putalpha(_scaled(lay.getchannel("A"), alpha))
        cv.composite(lay, int(bb[0]) - m, int(bb[1]) - m)
    if not bb:
        return (0, 0, 0, 0)
    return (bb[0] / cv.k + cv.ox, bb[1] / cv.k + cv.oy, bb[2] / cv.k + cv.ox, bb[3] / cv.k + cv.oy)


def batch(cv: Canvas, color, *, lines=(), width: float = 1.0, polys=(), alpha: float = 1.0) -> None:
    """Many thin lines and small flat polygons of one colour in one pass (fast for rain, grids, windows)."""
    allpts = [cv.P(p) for ln in lines for p in ln] + [cv.P(p) for pg in polys for p in pg]
    if not allpts:
        return
    xs, ys = [p[0] for p in allpts], [p[1] for p in allpts]
    w = max(1.0, cv.L(width))
    m = int(w) + 3
    bx0 = max(0, int(min(xs)) - m)
    by0 = max(0, int(min(ys)) - m)
    bx1 = min(cv.img.width, int(max(xs)) + m + 1)
    by1 = min(cv.img.height, int(max(ys)) + m + 1)
    if bx1 <= bx0 or by1 <= by0:
        return
    mask = Image.new("L", (bx1 - bx0, by1 - by0), 0)
    d = ImageDraw.Draw(mask)
    for ln in lines:
        q = [(x - bx0, y - by0) for x, y in (cv.P(p) for p in ln)]
        d.line(q, fill=255, width=int(round(w)), joint="curve")
    for pg in polys:
        d.polygon([(x - bx0, y - by0) for x, y in (cv.P(p) for p in pg)], fill=255)
    col = rgba(color)
    lay = Image.new("RGBA", mask.size, col)
    lay.putalpha(_scaled(mask, alpha * col[3] / 255))
    cv.composite(lay, bx0, by0)

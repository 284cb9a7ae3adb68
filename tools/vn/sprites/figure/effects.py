"""Effects over a finished figure: the hologram (tint, scanlines, glow) and its projector."""

from __future__ import annotations

from PIL import Image, ImageChops, ImageFilter, ImageOps

from ..kit import Canvas, glow, light_of, part, rgba, shadow_of, with_alpha
from .geometry import SPRITE_H, SPRITE_W, Spec


def hologram(img: Image.Image, fx: Spec, ss: int) -> Image.Image:
    col = rgba(fx["color"])
    a = img.getchannel("A")
    lum = ImageOps.autocontrast(img.convert("L"), cutoff=1)
    dark = shadow_of(col, 0.85)[:3]
    tinted = ImageOps.colorize(lum, black=dark, mid=col[:3], white=(236, 255, 255), midpoint=110)
    tinted = tinted.convert("RGBA")
    # vertical fade towards the projector and scanlines
    w, h = img.size
    fade = Image.linear_gradient("L").resize((1, h)).point(
        lambda v: 255 if v < 150 else max(0, 255 - (v - 150) * 2)).resize((w, h))
    lines = Image.new("L", (1, h), 255)
    step = max(2, int(fx["scanlines"] * ss))
    px = lines.load()
    assert px is not None
    for y in range(0, h, step):
        for k in range(max(1, ss)):
            if y + k < h:
                px[0, y + k] = 150
    lines = lines.resize((w, h))
    alpha = ImageChops.multiply(ImageChops.multiply(a, fade), lines).point(lambda v: int(v * fx["opacity"]))
    tinted.putalpha(alpha)
    # glow behind
    g = a.resize((w // 4, h // 4)).filter(ImageFilter.GaussianBlur(fx["glow"] * ss / 4)).resize((w, h))
    glow_l = Image.new("RGBA", (w, h), col)
    glow_l.putalpha(ImageChops.multiply(g, fade).point(lambda v: int(v * 0.75)))
    out = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    out.alpha_composite(glow_l)
    out.alpha_composite(tinted)
    return out


def projector(cv: Canvas, fx: Spec) -> None:
    col = fx["color"]
    cx = SPRITE_W / 2
    y = SPRITE_H - 22
    part(cv, ("poly", [(cx - 70, y), (cx + 70, y), (cx + 140, 0 + 80), (cx - 140, 80)]),
         with_alpha(col, 0.07),
         outline=False, shade=0, rim=0)
    glow(cv, ("ellipse", cx, y, 90, 14), col, radius=18, strength=0.8)
    part(cv, ("ellipse", cx, y + 6, 96, 18), (40, 52, 72, 255), depth=6)
    part(cv, ("ellipse", cx, y, 84, 12), col, outline=False, shade=0.3)
    part(cv, ("ellipse", cx, y, 62, 8), light_of(col, 0.6), outline=False, shade=0)


def finish_image(img: Image.Image, cv: Canvas, c: Spec) -> Image.Image:
    fx = c["effects"]["hologram"]
    if fx is not None:
        img = hologram(img, fx, cv.ss)
        if fx["projector"]:
            base = Canvas(cv.w, cv.h, cv.ss, cv.style, cv.scale, cv.ox, cv.oy)
            projector(base, fx)
            base.img.alpha_composite(img)
            img = base.img
    return img.resize((cv.w, cv.h), Image.Resampling.LANCZOS)

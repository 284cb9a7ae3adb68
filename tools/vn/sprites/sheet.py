"""`vn sprites sheet`: one labelled PNG of every sprite, side image, background, CG and the title."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from vn.atomic import write_bytes

THUMB = 0.42          # sprite scale on the sheet
BG_W, BG_H = 384, 216
PAD = 16
LABEL_H = 24
INK = (232, 238, 246)
MUTED = (125, 135, 150)
BACK = (15, 27, 45)
CARD = (27, 45, 71)


def _font(base: Path, size: int, bold: bool = True) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    p = base / "game" / "fonts" / ("Quicksand-Bold.ttf" if bold else "Quicksand-Medium.ttf")
    try:
        return ImageFont.truetype(str(p), size)
    except OSError:
        return ImageFont.load_default()


def _checker(w: int, h: int) -> Image.Image:
    img = Image.new("RGBA", (w, h), CARD + (255,))
    d = ImageDraw.Draw(img)
    for y in range(0, h, 16):
        for x in range(0, w, 16):
            if (x // 16 + y // 16) % 2:
                d.rectangle((x, y, x + 15, y + 15), fill=(33, 53, 82, 255))
    return img


def make_sheet(base: Path, manifest: dict[str, Any]) -> Image.Image:
    base = Path(base)
    game = base / "game"
    f_head, f_lab, f_small = _font(base, 34), _font(base, 17), _font(base, 13, bold=False)
    chars = manifest["characters"]
    sprite_w, sprite_h = int(400 * THUMB), int(640 * THUMB)
    per_row = 2
    cols = 6 * per_row
    width = PAD + cols * (sprite_w + 4) + (per_row - 1) * PAD * 2 + PAD
    width = max(width, PAD + 5 * (BG_W + PAD))
    sprite_chars = [c for c in chars.values() if not c.get("side_only")]
    side_chars = [c for c in chars.values()
                  if c.get("side_only") or any(f["image"].startswith("side ") for f in c["files"])]
    # one row of six expressions per pose (the default one first); two characters side by side
    pairs = [sprite_chars[i:i + per_row] for i in range(0, len(sprite_chars), per_row)]
    pose_rows = [max(1 + len(c.get("poses") or []) for c in pair) for pair in pairs]
    bg = manifest.get("backgrounds", []) + manifest.get("cg", [])
    bg_cols = (width - PAD) // (BG_W + PAD)
    bg_rows = (len(bg) + bg_cols - 1) // bg_cols
    side_h = int(260 * 0.8) + LABEL_H + PAD
    height = (90 + sum(n * (sprite_h + LABEL_H) + LABEL_H + PAD for n in pose_rows) + 70
              + side_h * (1 if side_chars else 0)
              + 70 + bg_rows * (BG_H + LABEL_H + PAD) + 70 + 360 + PAD)
    sheet = Image.new("RGBA", (width, height), BACK + (255,))
    d = ImageDraw.Draw(sheet)
    d.text((PAD, 22), "Smile Protocol: sprites, backgrounds and closing illustrations", font=f_head, fill=INK)
    y = 90
    for pair, n_poses in zip(pairs, pose_rows, strict=True):
        for col, c in enumerate(pair):
            x0 = PAD + col * (6 * (sprite_w + 4) + PAD * 2)
            d.text((x0, y), f"{c['name']}  ({c['id']})", font=f_lab, fill=(95, 227, 200))
            sprites = [f for f in c["files"] if not f["image"].startswith("side ")]
            for r, pose in enumerate([None] + list(c.get("poses") or [])):
                ry = y + LABEL_H + r * (sprite_h + LABEL_H)
                for k, f in enumerate(f for f in sprites if f.get("pose") == pose):
                    x = x0 + k * (sprite_w + 4)
                    card = _checker(sprite_w, sprite_h)
                    try:
                        im = Image.open(game / f["file"]).convert("RGBA")
                        im = im.resize((sprite_w, sprite_h), Image.Resampling.LANCZOS)
                        card.alpha_composite(im)
                    except OSError:
                        ImageDraw.Draw(card).text((10, 10), "missing", font=f_small, fill=(255, 120, 120))
                    sheet.alpha_composite(card, (x, ry))
                    label = f"{pose} {f['attribute']}" if pose else f["attribute"]
                    d.text((x + 4, ry + sprite_h + 2), label, font=f_small, fill=INK if pose else MUTED)
        y += n_poses * (sprite_h + LABEL_H) + LABEL_H + PAD
    if side_chars:
        y += 20
        d.text((PAD, y), "Side images", font=f_head, fill=INK)
        y += 50
        x = PAD
        for c in side_chars:
            for f in c["files"]:
                if not f["image"].startswith("side "):
                    continue
                w, h = int(f["width"] * 0.8), int(f["height"] * 0.8)
                card = _checker(w, h)
                try:
                    im = Image.open(game / f["file"]).convert("RGBA")
                    card.alpha_composite(im.resize((w, h), Image.Resampling.LANCZOS))
                except OSError:
                    pass
                sheet.alpha_composite(card, (x, y))
                d.text((x + 4, y + h + 2), f["image"], font=f_small, fill=MUTED)
                x += w + 8
        y += side_h
    y += 20
    d.text((PAD, y), "Backgrounds and closing illustrations", font=f_head, fill=INK)
    y += 50
    for i, b in enumerate(bg):
        cx = PAD + (i % bg_cols) * (BG_W + PAD)
        cy = y + (i // bg_cols) * (BG_H + LABEL_H + PAD)
        try:
            im = Image.open(game / b["file"]).convert("RGBA").resize((BG_W, BG_H), Image.Resampling.LANCZOS)
            sheet.alpha_composite(im, (cx, cy))
        except OSError:
            d.rectangle((cx, cy, cx + BG_W, cy + BG_H), outline=(255, 120, 120))
        d.text((cx + 2, cy + BG_H + 3), b["image"], font=f_lab, fill=INK)
    y += bg_rows * (BG_H + LABEL_H + PAD) + 20
    d.text((PAD, y), "Title screen and GUI", font=f_head, fill=INK)
    y += 50
    try:
        mm = Image.open(game / "gui" / "main_menu.png").convert("RGBA")
        ov = Image.open(game / "gui" / "overlay" / "main_menu.png").convert("RGBA")
        mm.alpha_composite(ov)
        tb = Image.open(game / "gui" / "textbox.png").convert("RGBA")
        mm.alpha_composite(tb, (0, 720 - tb.height))
        sheet.alpha_composite(mm.resize((576, 324), Image.Resampling.LANCZOS), (PAD, y))
        x = PAD + 576 + PAD
        for name in ("button/choice_idle_background.png", "button/choice_hover_background.png", "namebox.png",
                     "button/slot_idle_background.png", "window_icon.png", "frame.png", "bar/left.png",
                     "bar/right.png"):
            im = Image.open(game / "gui" / name).convert("RGBA")
            if im.width > 420:
                im = im.resize((420, int(im.height * 420 / im.width)), Image.Resampling.LANCZOS)
            if im.height > 150:
                im = im.resize((int(im.width * 150 / im.height), 150), Image.Resampling.LANCZOS)
            if x + im.width > width - PAD:
                x = PAD + 576 + PAD
                y += 170
            sheet.alpha_composite(im, (x, y))
            d.text((x, y + im.height + 2), name, font=f_small, fill=MUTED)
            x += im.width + PAD * 2
    except OSError:
        pass
    return sheet.convert("RGB")


def write_sheet(base: Path, manifest: dict[str, Any], out: Path) -> Path:
    img = make_sheet(base, manifest)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False, compress_level=6)
    write_bytes(out, buf.getvalue())
    return out

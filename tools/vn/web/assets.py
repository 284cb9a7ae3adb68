"""Images and fonts for the web bundle.

- Images: only those the story can show (and the GUI pieces the player uses),
  converted to WebP with Pillow. Lossy (quality 80) for everything, with the
  alpha plane kept at a slightly lower quality; lossless is used instead when
  it comes out smaller (flat GUI pieces). Output names carry a content hash, so
  a static host may cache them forever. Converted files are cached by content
  hash under ~/.cache/vn/web (or $VN_CACHE_DIR), so a rebuild is quick.
- Fonts: the game's own fonts (the gui text, name and interface fonts and the
  italic/bold replacements Ren'Py uses for them), subset with fontTools to the
  characters the story, its translations and the interface use, as WOFF2
  (WOFF when brotli is missing), with their licence files.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from .. import atomic
from ..cache import cache_root
from ..errors import VnError

WEBP_QUALITY = 80
WEBP_ALPHA_QUALITY = 85
WEBP_METHOD = 5
CACHE_VERSION = "1"

# GUI files the player uses (relative to game/), by role.
GUI_FILES = {
    "textbox": "gui/textbox.png",
    "namebox": "gui/namebox.png",
    "main_overlay": "gui/overlay/main_menu.png",
    "game_overlay": "gui/overlay/game_menu.png",
    "choice_idle": "gui/button/choice_idle_background.png",
    "choice_hover": "gui/button/choice_hover_background.png",
    "choice_lock": "gui/button/choice_lock.png",
    "slot_idle": "gui/button/slot_idle_background.png",
    "slot_hover": "gui/button/slot_hover_background.png",
    "frame": "gui/frame.png",
    "icon": "gui/window_icon.png",
}
# The dyslexia-friendly font offered in the player's preferences: Debian's fonts-opendyslexic
# (CC-BY-3.0 and the Bitstream Vera licence), installed by tools/install-deps.sh.
DYSLEXIC_DIR = Path("/usr/share/fonts/opentype/opendyslexic")
DYSLEXIC_FACES = ((400, "normal", "OpenDyslexic-Regular.otf"), (700, "normal", "OpenDyslexic-Bold.otf"),
                  (400, "italic", "OpenDyslexic-Italic.otf"))
DYSLEXIC_LICENCE = Path("/usr/share/doc/fonts-opendyslexic/copyright")
# Image names whose first word marks a whole picture (a background, an illustration): these
# get a text alternative; sprites are described by their character's name instead.
PICTURE_TAGS = ("bg", "cg")
LICENCE = re.compile(r"^(copyright|licen[cs]e|ofl)", re.I)


@dataclass
class ImageOut:
    path: str        # relative to the bundle
    width: int
    height: int
    size: int


def cache_dir() -> Path | None:
    root = cache_root()
    return root / "web" if root else None


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-") or "image"


def encode_webp(data: bytes) -> tuple[bytes, int, int]:
    """PNG/JPEG bytes -> (WebP bytes, width, height)."""
    with Image.open(io.BytesIO(data)) as im:
        im.load()
        has_alpha = im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info)
        im = im.convert("RGBA" if has_alpha else "RGB")
        if has_alpha and im.getextrema()[3][0] == 255:
            im = im.convert("RGB")
            has_alpha = False
        lossy = io.BytesIO()
        im.save(lossy, "WEBP", quality=WEBP_QUALITY, alpha_quality=WEBP_ALPHA_QUALITY, method=WEBP_METHOD)
        best = lossy.getvalue()
        if im.width * im.height <= 400_000 or not has_alpha:
            lossless = io.BytesIO()
            im.save(lossless, "WEBP", lossless=True, quality=50, method=2)
            if len(lossless.getvalue()) < len(best):
                best = lossless.getvalue()
        return best, im.width, im.height


def convert_image(src: Path, out_dir: Path, name: str, cache: Path | None) -> ImageOut:
    try:
        data = src.read_bytes()
    except OSError as e:
        raise VnError(f"{src}: cannot read image ({e.strerror})")
    key = hashlib.sha256(data + f"|{CACHE_VERSION}|{WEBP_QUALITY}|{WEBP_ALPHA_QUALITY}|{WEBP_METHOD}".encode()).hexdigest()
    cached = cache / f"{key}.webp" if cache else None
    meta = cache / f"{key}.size" if cache else None
    webp = None
    if cached and cached.is_file() and meta and meta.is_file():
        try:
            width, height = (int(v) for v in meta.read_text().split())
            webp = cached.read_bytes()
        except (OSError, ValueError):
            webp = None
    if webp is None:
        try:
            webp, width, height = encode_webp(data)
        except (OSError, ValueError) as e:
            raise VnError(f"{src}: not an image Pillow can read ({e})")
        if cache:
            try:
                atomic.write_bytes(cached, webp)
                atomic.write_text(meta, f"{width} {height}")
            except OSError:
                pass  # the cache is only an optimisation
    rel = f"img/{_slug(name)}-{hashlib.sha256(webp).hexdigest()[:8]}.webp"
    (out_dir / rel).parent.mkdir(parents=True, exist_ok=True)
    (out_dir / rel).write_bytes(webp)
    return ImageOut(rel, width, height, len(webp))


def convert_images(game_dir: Path, images: dict[str, str], out_dir: Path) -> dict[str, ImageOut]:
    """name -> converted image, for `images` mapping a name to a file relative to game/."""
    cache = cache_dir()
    jobs = {name: game_dir / rel for name, rel in images.items()}
    rv: dict[str, ImageOut] = {}
    workers = max(1, min(8, os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {name: pool.submit(convert_image, src, out_dir, name, cache) for name, src in jobs.items()}
        for name, fut in futures.items():
            rv[name] = fut.result()
    return rv


def gui_images(game_dir: Path, main_menu: str | None, game_menu: str | None) -> dict[str, str]:
    """role -> file relative to game/, for the GUI pieces that exist."""
    rv = {}
    files = dict(GUI_FILES)
    files["main_menu"] = main_menu or "gui/main_menu.png"
    files["game_menu"] = game_menu or "gui/game_menu.png"
    for role, rel in files.items():
        if isinstance(rel, str) and (game_dir / rel).is_file():
            rv[role] = rel
    return rv


# Fonts ----------------------------------------------------------------------------

def font_format() -> tuple[str, str]:
    try:
        import brotli  # noqa: F401
        return "woff2", "woff2"
    except ImportError:
        return "woff", "woff"


def subset_font(src: Path, chars: str, dest: Path) -> str:
    """Subset `src` to `chars` into `dest` (suffix chosen here); return the CSS format."""
    flavor, fmt = font_format()
    try:
        import logging

        from fontTools import subset
        logging.getLogger("fontTools").setLevel(logging.ERROR)
    except ImportError:  # without fontTools, ship the font whole
        shutil.copyfile(src, dest.with_suffix(src.suffix))
        return "truetype" if src.suffix.lower() == ".ttf" else "opentype"
    options = subset.Options()
    options.flavor = flavor
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    try:
        font = subset.load_font(str(src), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=chars)
        subsetter.subset(font)
        subset.save_font(font, str(dest.with_suffix("." + flavor)), options)
    except Exception as e:  # fontTools raises many kinds
        raise VnError(f"{src}: cannot subset font ({e})")
    return fmt


def needed_chars(texts: list[str]) -> str:
    chars = set(chr(c) for c in range(0x20, 0x7F))
    chars |= set("\u00a0\u2026\u2018\u2019\u201c\u201d\u2013\u2014\u00b7\u2022\u00ab\u00bb\u00bf\u00a1")
    for t in texts:
        chars.update(t)
    chars.discard("\n")
    return "".join(sorted(chars))


def dyslexic_fonts() -> list[tuple[int, str, Path]]:
    """(weight, style, file) of the dyslexia-friendly font; empty when it is not installed."""
    faces = [(w, st, DYSLEXIC_DIR / f) for w, st, f in DYSLEXIC_FACES]
    if not DYSLEXIC_LICENCE.is_file() or not all(p.is_file() for _, _, p in faces):
        return []
    return faces


def image_alt(base: Path, name: str) -> str | None:
    """A short text alternative for a background or illustration `name` ("bg lowline_street").

    The art spec's title (art/backgrounds/NAME.json, art/cg/NAME.json) when the game has
    one, else the image's own name in words ("Lowline street")."""
    parts = name.split()
    if len(parts) < 2 or parts[0] not in PICTURE_TAGS:
        return None
    folder = {"bg": "backgrounds", "cg": "cg"}[parts[0]]
    spec = base / "art" / folder / f"{parts[1]}.json"
    try:
        title = json.loads(spec.read_text(encoding="utf-8")).get("title")
        if isinstance(title, str) and title.strip():
            return title.strip()
    except (OSError, ValueError, AttributeError):
        pass
    words = " ".join(parts[1:]).replace("_", " ")
    return words[:1].upper() + words[1:]


def copy_licences(font_dirs: set[Path], out_dir: Path) -> list[str]:
    rv = []
    for d in sorted(font_dirs):
        if not d.is_dir():
            continue
        for f in sorted(d.iterdir()):
            if f.is_file() and LICENCE.match(f.name):
                (out_dir / "fonts").mkdir(parents=True, exist_ok=True)
                shutil.copyfile(f, out_dir / "fonts" / f.name)
                rv.append(f"fonts/{f.name}")
    return rv

"""`vn web build`: the static site, built in a temporary folder and moved into place.

Order of work: one engine run (story export + web extras), then the compile,
which validates everything; only then is anything written, into a temporary
folder beside the output, which replaces the output in one rename. A failure
at any point leaves the output folder as it was.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import os
import shutil
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .. import atomic
from ..engine import game_base
from ..errors import VnError
from . import assets
from .compile import Compiled, compile_story, story_hash
from .engine import web_export
from .theme import theme_css
from .translations import language_code

PLAYER_DIR = Path(__file__).parent / "player"
# The player: its style sheet and its scripts, native ES modules with no build step
# (js/main.js imports the others; js/file.js is the classic script for file:// pages).
PLAYER_FILES = ("player.css", *sorted(p.relative_to(PLAYER_DIR).as_posix()
                                       for p in (PLAYER_DIR / "js").glob("*.js")))
PLAYER_ENTRY = "js/main.js"
BUILD_INFO = "build.json"
BUILD_FORMAT = "vn-web-build"


@dataclass
class BuildResult:
    out: Path
    total_bytes: int
    files: dict[str, int] = field(default_factory=dict)   # bundle path -> bytes
    statements: int = 0
    images: int = 0
    languages: list[str] = field(default_factory=list)
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)   # file:line: what the player skips

    def by_kind(self) -> dict[str, int]:
        kinds: dict[str, int] = {}
        for path, size in self.files.items():
            kind = path.split("/")[0] if "/" in path else path
            kinds[kind] = kinds.get(kind, 0) + size
        return kinds


def _is_previous_build(out: Path) -> bool:
    if not out.is_dir():
        return False
    if not any(out.iterdir()):
        return True
    try:
        info = json.loads((out / BUILD_INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(info, dict) and info.get("format") == BUILD_FORMAT


def _dump(data) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _font_faces(game_dir: Path, gui: dict, replacements: list[dict]) -> list[tuple[str, str, int, str]]:
    """(family, file relative to game/, weight, style) for the fonts the player uses."""
    faces = []
    text_font = gui.get("text_font")
    for family, key in (("vn-text", "text_font"), ("vn-name", "name_text_font"), ("vn-ui", "interface_text_font")):
        path = gui.get(key)
        if isinstance(path, str) and (game_dir / path).is_file():
            faces.append((family, path, 400, "normal"))
    if isinstance(text_font, str) and (game_dir / text_font).is_file():
        for r in replacements:
            if r.get("font") == text_font and isinstance(r.get("use"), str) and (game_dir / r["use"]).is_file():
                faces.append(("vn-text", r["use"], 700 if r.get("bold") else 400,
                              "italic" if r.get("italic") else "normal"))
    return faces


def build_site(base: Path, data: dict, compiled: Compiled, dest: Path) -> dict[str, int]:
    """Write the whole site into the empty folder `dest`; return path -> size."""
    game_dir = base / "game"
    story = compiled.story
    gui = data.get("gui", {})
    config = data.get("config", {})

    # Images the story shows, then the GUI pieces.
    converted = assets.convert_images(game_dir, compiled.images, dest)
    images = {}
    for name, rec in story["images"].items():
        if "file" in rec:
            out = converted[name]
            images[name] = {"f": out.path, "w": out.width, "h": out.height}
            alt = assets.image_alt(base, name)
            if alt:
                images[name]["alt"] = alt
        else:
            images[name] = {"solid": rec["solid"]}
    story["images"] = images
    gui_src = assets.gui_images(game_dir, gui.get("main_menu_background"), gui.get("game_menu_background"))
    gui_out = assets.convert_images(game_dir, {f"gui-{role}": rel for role, rel in gui_src.items()}, dest)
    gui_paths = {role: gui_out[f"gui-{role}"].path for role in gui_src}

    # Sound files the story plays, as they are (Ogg Opus, already small); the player
    # fetches each only when it plays, so the first line never waits for music.
    for rel in compiled.audio:
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(game_dir / rel, target)
    # The button style's interface sounds (hover, select): the player plays them on the same
    # actions as Ren'Py's buttons. A file that is not built is left out (lint's audio-missing
    # names it).
    ui_sounds = {kind: rel for kind, rel in (data.get("ui_sounds") or {}).items()
                 if isinstance(rel, str) and (game_dir / rel).is_file()}
    for rel in ui_sounds.values():
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(game_dir / rel, target)

    # Fonts, subset to what the game shows.
    chars = assets.needed_chars(compiled.texts + [s for tl in compiled.translations.values()
                                                  for s in tl["strings"].values()]
                                + _ui_texts())
    fonts_css = []
    done: dict[str, tuple[str, str]] = {}
    font_dirs = set()
    (dest / "fonts").mkdir(exist_ok=True)
    for family, rel, weight, style in _font_faces(game_dir, gui, data.get("fonts", [])):
        if rel not in done:
            src = game_dir / rel
            font_dirs.add(src.parent)
            stem = assets._slug(Path(rel).stem)
            target = dest / "fonts" / stem
            fmt = assets.subset_font(src, chars, target)
            written = next(p for p in (dest / "fonts").iterdir() if p.stem == stem)
            digest = hashlib.sha256(written.read_bytes()).hexdigest()[:8]
            final = written.with_name(f"{stem}-{digest}{written.suffix}")
            written.rename(final)
            done[rel] = (f"fonts/{final.name}", fmt)
        path, fmt = done[rel]
        fonts_css.append({"family": family, "src": path, "format": fmt, "weight": weight, "style": style})
    assets.copy_licences(font_dirs, dest)
    # The dyslexia-friendly font players may pick in Preferences (Debian's fonts-opendyslexic).
    for weight, style, src in assets.dyslexic_fonts():
        stem = assets._slug(src.stem)
        fmt = assets.subset_font(src, chars, dest / "fonts" / stem)
        written = next(p for p in (dest / "fonts").iterdir() if p.stem == stem)
        digest = hashlib.sha256(written.read_bytes()).hexdigest()[:8]
        final = written.with_name(f"{stem}-{digest}{written.suffix}")
        written.rename(final)
        fonts_css.append({"family": "vn-dyslexic", "src": f"fonts/{final.name}", "format": fmt,
                          "weight": weight, "style": style})
    if any(f["family"] == "vn-dyslexic" for f in fonts_css):
        shutil.copyfile(assets.DYSLEXIC_LICENCE, dest / "fonts" / "COPYRIGHT-OpenDyslexic.txt")

    # The story data and the translations.
    title = config.get("name") if isinstance(config.get("name"), str) else base.name
    story.update({
        "title": title,
        "window_title": config.get("window_title") if isinstance(config.get("window_title"), str) else title,
        "game_version": config.get("version") if isinstance(config.get("version"), str) else "",
        "about": gui.get("about") if isinstance(gui.get("about"), str) else "",
        "save_key": str(config.get("save_directory") or title),
        "screen": [int(config.get("screen_width") or 1280), int(config.get("screen_height") or 720)],
        "defaults": {"text_cps": int(data.get("preferences", {}).get("text_cps") or 0),
                     "afm_time": int(data.get("preferences", {}).get("afm_time") or 15)},
        "history_length": int(gui.get("history_length") or 250),
        "window_mode": config.get("window") if config.get("window") in ("auto", "show", "hide") else "hide",
        "lang_code": "en", "lang_name": "English",
        "dyslexic_font": any(f["family"] == "vn-dyslexic" for f in fonts_css),
        "language_codes": {lang: language_code(lang) for lang in compiled.translations},
        "ui_sounds": ui_sounds,
    })
    story["hash"] = story_hash({k: story[k] for k in ("code", "labels", "vars", "functions", "consts", "files")})
    (dest / "story.json").write_text(_dump(story), encoding="utf-8")
    if compiled.translations:
        (dest / "tl").mkdir()
        for lang, tl in compiled.translations.items():
            (dest / "tl" / f"{lang}.json").write_text(
                _dump({"dialogue": tl["dialogue"], "strings": tl["strings"]}), encoding="utf-8")

    # The player: theme, scripts, page.
    (dest / "theme.css").write_text(theme_css(gui, fonts_css, gui_paths), encoding="utf-8")
    for name in PLAYER_FILES:
        (dest / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(PLAYER_DIR / name, dest / name)
    head = []
    if "icon" in gui_paths:
        head.append(f'<link rel="icon" href="{html.escape(gui_paths["icon"])}">')
    else:  # no icon: say so, or browsers ask for /favicon.ico
        head.append('<link rel="icon" href="data:,">')
    head.append('<link rel="preload" href="story.json" as="fetch" crossorigin>')
    # Every module up front: the browser would otherwise find them one import level at a time.
    for name in PLAYER_FILES:
        if name.startswith("js/") and name not in (PLAYER_ENTRY, "js/file.js"):
            head.append(f'<link rel="modulepreload" href="{name}">')
    if "main_menu" in gui_paths:
        head.append(f'<link rel="preload" href="{html.escape(gui_paths["main_menu"])}" as="image">')
    for path in sorted({f["src"] for f in fonts_css if f["family"] == "vn-ui"}):
        head.append(f'<link rel="preload" href="{html.escape(path)}" as="font" type="font/{fonts_css[0]["format"]}" crossorigin>')
    page = (PLAYER_DIR / "index.html").read_text(encoding="utf-8")
    page = page.replace("{{TITLE}}", html.escape(title)).replace("{{LANG}}", "en") \
        .replace("{{HEAD}}", "\n".join(head))
    (dest / "index.html").write_text(page, encoding="utf-8")

    sizes = {}
    for p in sorted(dest.rglob("*")):
        if p.is_file():
            sizes[p.relative_to(dest).as_posix()] = p.stat().st_size
    info = {"format": BUILD_FORMAT, "version": 1, "title": title, "story_hash": story["hash"],
            "statements": len(story["code"]), "images": len(images),
            "languages": sorted(compiled.translations), "total_bytes": sum(sizes.values()),
            "files": len(sizes)}
    (dest / BUILD_INFO).write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    sizes[BUILD_INFO] = (dest / BUILD_INFO).stat().st_size
    return sizes


# itch.io's limits for an HTML5 game (its upload guide): index.html at the top of the zip,
# at most 1,000 files, no path over 240 characters, at most 500 MB unpacked.
ZIP_MAX_FILES = 1000
ZIP_MAX_PATH = 240
ZIP_MAX_BYTES = 500_000_000


def zip_site(site: Path, dest: str | Path) -> dict[str, int]:
    """Pack the built site `site` into the zip `dest`, index.html at its root (itch.io's
    HTML5 format); written atomically. Returns {"files", "bytes" (packed), "unpacked"}.
    The player asks only for relative URLs, so the zip works from any sub-path."""
    files = sorted(p for p in site.rglob("*") if p.is_file())
    rels = [p.relative_to(site).as_posix() for p in files]
    unpacked = sum(p.stat().st_size for p in files)
    if "index.html" not in rels:
        raise VnError(f"{site}: not a web build (no index.html)")
    long = [r for r in rels if len(r) > ZIP_MAX_PATH]
    if len(rels) > ZIP_MAX_FILES or long or unpacked > ZIP_MAX_BYTES:
        why = (f"{len(rels)} files (itch.io takes {ZIP_MAX_FILES})" if len(rels) > ZIP_MAX_FILES else
               f"path longer than {ZIP_MAX_PATH} characters: {long[0]}" if long else
               f"{unpacked} bytes unpacked (itch.io takes {ZIP_MAX_BYTES})")
        raise VnError(f"{site}: too big for an itch.io HTML5 zip: {why}")
    dest = atomic.check_output(dest).resolve()
    buf = io.BytesIO()     # built in memory (the site is a few MB), then written by vn.atomic
    with zipfile.ZipFile(buf, "w") as z:
        for path, rel in zip(files, rels):
            # Images, fonts and sound are compressed already; text is worth deflating.
            packed = path.suffix in (".webp", ".woff2", ".woff", ".ogg", ".opus")
            info = zipfile.ZipInfo(rel, date_time=(2000, 1, 1, 0, 0, 0))   # same site, same bytes
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_STORED if packed else zipfile.ZIP_DEFLATED
            z.writestr(info, path.read_bytes())
    dest.parent.mkdir(parents=True, exist_ok=True)
    atomic.write_bytes(dest, buf.getvalue())
    return {"files": len(rels), "bytes": dest.stat().st_size, "unpacked": unpacked}



def _ui_texts() -> list[str]:
    from .translations import UI_STRINGS
    return list(UI_STRINGS) + ["\u221e", "\u00d7", "\u2013", "\u2014", "\u2192", "1 \u2013 9", "Skip Mode"]


def build_web(game: str | Path | None = None, out: str | Path | None = None, *,
              data: dict | None = None, strict: bool = False) -> BuildResult:
    """Build the web player for the game at `game` into `out` (default: BASE/out/web)."""
    started = time.monotonic()
    base = game_base(game)
    out = Path(out).resolve() if out else base / "out" / "web"
    if out.exists() and not _is_previous_build(out):
        raise VnError(f"{out}: exists and is not a web build; refusing to replace it")
    atomic.check_output(out, folder=True)
    if data is None:
        data = web_export(base)
    compiled = compile_story(data, base / "game", strict=strict)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent))
    try:
        sizes = build_site(base, data, compiled, tmp)
        os.chmod(tmp, 0o755)
        atomic.replace_folder(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return BuildResult(out=out, total_bytes=sum(sizes.values()), files=sizes,
                       statements=len(compiled.story["code"]), images=len(compiled.story["images"]),
                       languages=sorted(compiled.translations), seconds=time.monotonic() - started,
                       warnings=compiled.warnings)

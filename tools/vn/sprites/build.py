"""`vn sprites build`: specs -> PNGs, incremental, parallel, atomic, deterministic.

Every output has a stamp: a hash of the renderer's source, the fonts and the
specs it is drawn from. A build validates every spec first (nothing is written
if one is wrong), then redraws only outputs whose stamp changed or whose file
is missing, in worker processes, each PNG written through ``vn.atomic``.
"""

from __future__ import annotations

import hashlib
import io
import json
import multiprocessing
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from vn.atomic import write_bytes, write_text
from vn.errors import VnError

from . import poses, specs

PKG_DIR = Path(__file__).resolve().parent
STAMPS = Path(".vn") / "sprites" / "stamps.json"
MANIFEST = Path("game") / "images" / "manifest.json"
FONT_FILES = ("LeagueSpartan-Bold.otf", "Quicksand-Bold.ttf", "Lato-Bold.ttf", "Quicksand-Medium.ttf")
# Modules of the package that draw nothing: editing them redraws nothing (the stamp skips them).
NOT_DRAWING = frozenset({"__main__.py", "build.py", "check.py", "poses.py", "sheet.py"})


@dataclass
class Output:
    path: str            # relative to the base directory, e.g. "game/images/characters/calla happy.png"
    size: tuple          # (width, height)
    label: str           # for progress and the contact sheet
    stamp: str = ""


@dataclass
class Job:
    kind: str            # "sprite", "side", "bg", "cg", "gui"
    name: str
    outputs: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)


def renderer_hash(base: Path) -> str:
    h = hashlib.sha256()
    # Every module of the drawing code, subpackages too (figure/): an edit anywhere redraws.
    for p in sorted(PKG_DIR.rglob("*.py")):
        if p.name in NOT_DRAWING and p.parent == PKG_DIR:
            continue
        h.update(p.relative_to(PKG_DIR).as_posix().encode())
        h.update(p.read_bytes())
    for name in FONT_FILES:
        p = base / "game" / "fonts" / name
        h.update(name.encode())
        if p.exists():
            st = p.stat()
            h.update(f"{st.st_size}".encode())
    return h.hexdigest()


def _h(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def plan(art: specs.Art, base: Path) -> list[Job]:
    """Every job and output the specs call for, with stamps."""
    from . import figure, gui
    rh = renderer_hash(base)
    jobs: list[Job] = []
    ed = art.digest["expressions"]
    for cid, c in art.characters.items():
        cd = art.digest["character:" + cid]
        for target in ("sprite", "side"):
            if not c["outputs"][target]:
                continue
            # the default pose, then one job per named stance (sprites only: a side image is a face)
            stances = [None] + (list(c["build"]["stances"]) if target == "sprite" else [])
            for stance in stances:
                job = Job(target, cid, extra={"stance": stance})
                for e in specs.EXPRESSION_NAMES:
                    if target == "sprite":
                        label = f"{cid} {stance} {e}" if stance else f"{cid} {e}"
                        o = Output(f"game/images/characters/{label}.png", (figure.SPRITE_W, figure.SPRITE_H), label)
                    else:
                        o = Output(f"game/images/side/side {cid} {e}.png", (figure.SIDE_W, figure.SIDE_H),
                                   f"side {cid} {e}")
                    o.stamp = _h(rh, target, cd, ed, json.dumps(art.expressions[e], sort_keys=True, default=list), e,
                                 *([stance] if stance else []))
                    job.outputs.append(o)
                jobs.append(job)

    def scene_deps(s) -> list[str]:
        ds = []
        for layer in s["layers"]:
            if layer["type"] == "figure":
                ds.append(art.digest["character:" + layer["character"]])
                ds.append(ed)
            elif layer["type"] == "person" and layer["character"]:   # its colours come from the character
                ds.append(art.digest["character:" + layer["character"]])
        return ds

    for name, s in art.backgrounds.items():
        o = Output(f"game/images/bg/bg {name}.png", (1280, 720), f"bg {name}")
        o.stamp = _h(rh, "bg", art.digest["bg:" + name], *scene_deps(s))
        jobs.append(Job("bg", name, [o]))
    for name, s in art.cgs.items():
        o = Output(f"game/images/cg/cg {name}.png", (1280, 720), f"cg {name}")
        o.stamp = _h(rh, "cg", art.digest["cg:" + name], *scene_deps(s))
        jobs.append(Job("cg", name, [o]))
    if art.gui is not None and art.title is not None:
        gm = art.gui["game_menu"]["scene"]
        deps = [art.digest["gui"], art.digest["title"], art.digest["bg:" + gm]] + scene_deps(art.title)
        for rel, size in gui.FILES:
            job = Job("gui", rel)
            o = Output(f"game/gui/{rel}", size, f"gui {rel}")
            o.stamp = _h(rh, "gui", rel, *deps)
            job.outputs.append(o)
            jobs.append(job)
    return jobs


# --- encoding -------------------------------------------------------------------

def encode_png(img: Image.Image, kind: str) -> bytes:
    """Small, deterministic PNGs: sprites and GUI pieces keep full alpha; pictures are RGB."""
    buf = io.BytesIO()
    if kind in ("bg", "cg") or (kind == "gui" and img.mode == "RGB"):
        # Full colour: a 256-colour palette spent itself on the large areas and turned
        # small bright details (neon signs, glows, flowers) into the wrong colours.
        img.convert("RGB").save(buf, "PNG", compress_level=9)
    else:
        img.save(buf, "PNG", compress_level=6)
    return buf.getvalue()


# --- workers ----------------------------------------------------------------------

_ART: specs.Art | None = None
_BASE: Path | None = None


def _init_worker(base: str, art: specs.Art) -> None:
    global _ART, _BASE
    _ART, _BASE = art, Path(base)


def run_job(job: Job) -> list:
    """Draw one job's stale outputs and write them; returns [(path, w, h)]."""
    import copy
    from . import figure, gui, scene
    art, base = _ART, _BASE
    done = []
    if job.kind in ("sprite", "side"):
        c = copy.deepcopy(art.characters[job.name])
        names = [o.label.split()[-1] for o in job.outputs]
        imgs = figure.render(c, {n: art.expressions[n] for n in names}, job.kind, job.extra.get("stance"))
        for o, n in zip(job.outputs, names):
            write_bytes(base / o.path, encode_png(imgs[n], job.kind))
            done.append((o.path, imgs[n].width, imgs[n].height))
    elif job.kind in ("bg", "cg"):
        s = (art.backgrounds if job.kind == "bg" else art.cgs)[job.name]
        ctx = scene.Ctx(base / "game" / "fonts", art.characters, art.expressions)
        img = scene.render_scene(s, ctx)
        o = job.outputs[0]
        write_bytes(base / o.path, encode_png(img, job.kind))
        done.append((o.path, img.width, img.height))
    elif job.kind == "gui":
        o = job.outputs[0]
        img = gui.render(job.name, art, base)
        write_bytes(base / o.path, encode_png(img, "gui"))
        done.append((o.path, img.width, img.height))
    return done


# --- progress ---------------------------------------------------------------------

class Progress:
    def __init__(self, total: int, stream=None, width: int = 30):
        self.total, self.n, self.width = total, 0, width
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()

    def step(self, k: int, label: str) -> None:
        self.n += k
        filled = int(self.width * self.n / max(1, self.total))
        line = f"[{'#' * filled}{' ' * (self.width - filled)}] {self.n}/{self.total} {label}"
        if self.tty:
            self.stream.write("\r" + line.ljust(78)[:120])
            if self.n >= self.total:
                self.stream.write("\n")
        else:
            # In a log, one line per tenth of the build is enough.
            tenth = max(1, self.total // 10)
            if self.n >= self.total or (self.n // tenth) != ((self.n - k) // tenth):
                self.stream.write(line + "\n")
        self.stream.flush()


# --- manifest ---------------------------------------------------------------------

def manifest(art: specs.Art, jobs: list[Job]) -> dict:
    chars = {}
    for cid, c in art.characters.items():
        entry = {"id": cid, "name": c["name"], "kind": c["kind"], "image": cid,
                 "side_only": not c["outputs"]["sprite"], "attributes": list(specs.EXPRESSION_NAMES),
                 "poses": list(c["build"]["stances"]) if c["outputs"]["sprite"] else [], "files": []}
        chars[cid] = entry
    bgs, cgs, guis = [], [], []
    for job in jobs:
        for o in job.outputs:
            rel = o.path[len("game/"):]
            if job.kind in ("sprite", "side"):
                attr = o.label.split()[-1]
                image = o.label
                entry = {"image": image, "attribute": attr, "file": rel, "width": o.size[0], "height": o.size[1]}
                if job.extra.get("stance"):
                    entry["pose"] = job.extra["stance"]
                chars[job.name]["files"].append(entry)
            elif job.kind == "bg":
                bgs.append({"name": job.name, "image": f"bg {job.name}", "file": rel, "width": o.size[0],
                            "height": o.size[1], "title": art.backgrounds[job.name]["title"]})
            elif job.kind == "cg":
                cgs.append({"name": job.name, "image": f"cg {job.name}", "file": rel, "width": o.size[0],
                            "height": o.size[1], "title": art.cgs[job.name]["title"]})
            else:
                guis.append({"file": rel, "width": o.size[0], "height": o.size[1]})
    return {"format": "vn-sprite-manifest", "version": 1, "characters": chars, "backgrounds": bgs, "cg": cgs,
            "gui": guis}


# --- build ------------------------------------------------------------------------

def load_stamps(base: Path) -> dict:
    p = base / STAMPS
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def check_base(base: Path) -> Path:
    base = Path(base)
    if not (base / "game").is_dir():
        raise VnError(f"{base}: not a game base directory (no game/ folder)")
    return base


def check_fonts(art: specs.Art, base: Path) -> None:
    """Open every font a scene spec draws text with, before anything is drawn: a missing or
    broken font file is bad input naming the font and the first spec that wants it."""
    from PIL import ImageFont
    from . import scene
    fonts_dir = base / "game" / "fonts"
    scenes = [(f"art/backgrounds/{n}.json", s) for n, s in art.backgrounds.items()]
    scenes += [(f"art/cg/{n}.json", s) for n, s in art.cgs.items()]
    if art.title is not None:
        scenes.append(("art/title.json", art.title))
    opened: set[str] = set()
    for spec_name, s in scenes:
        for i, layer in enumerate(s["layers"]):
            for key in scene.fonts_of(layer):
                name = scene.FONTS[key]
                if name in opened:
                    continue
                path = fonts_dir / name
                try:
                    ImageFont.truetype(str(path), 12)
                except (OSError, ValueError):
                    # FreeType says only "cannot open resource" or "unknown file format"
                    why = ("missing" if not path.exists() else "not a file" if not path.is_file()
                           else "not readable" if not os.access(path, os.R_OK) else "not a font file")
                    raise VnError(f"{path}: cannot open the {key} font ({why}); "
                                  f"{spec_name}: layers[{i}] ({layer['type']}) draws text with it") from None
                opened.add(name)


def build(base: Path, *, jobs_n: int | None = None, force: bool = False, quiet: bool = False,
          stream=None) -> dict:
    """Build what is stale. Returns {"written": [...], "skipped": n, "removed": [...], "seconds": t}."""
    t0 = time.time()
    base = check_base(base)
    art = specs.load_art(base)          # raises VnError before anything is written
    jobs = plan(art, base)
    stamps = {} if force else load_stamps(base)
    previous = dict(load_stamps(base))
    todo: list[Job] = []
    skipped = 0
    for job in jobs:
        stale = [o for o in job.outputs
                 if stamps.get(o.path) != o.stamp or not (base / o.path).exists()]
        skipped += len(job.outputs) - len(stale)
        if stale:
            todo.append(Job(job.kind, job.name, stale, dict(job.extra)))
    if any(j.kind in ("bg", "cg", "gui") for j in todo):
        check_fonts(art, base)
    written: list[str] = []
    new_stamps = {o.path: o.stamp for job in jobs for o in job.outputs}
    total = sum(len(j.outputs) for j in todo)
    if todo:
        prog = None if quiet else Progress(total, stream)
        # heavy jobs first so the pool stays busy
        weight = {"sprite": 6, "side": 3, "cg": 5, "bg": 2, "gui": 1}
        todo.sort(key=lambda j: -weight[j.kind])
        n = jobs_n or min(len(todo), os.cpu_count() or 1)
        done_stamps = {k: v for k, v in stamps.items() if k in new_stamps}
        try:
            if n > 1 and len(todo) > 1:
                ctxm = multiprocessing.get_context("fork")
                with ctxm.Pool(n, initializer=_init_worker, initargs=(str(base), art)) as pool:
                    for job, res in zip_results(pool.imap_unordered(_run_indexed, list(enumerate(todo))), todo):
                        for (path, w, h) in res:
                            written.append(path)
                            done_stamps[path] = new_stamps[path]
                        if prog:
                            prog.step(len(res), job.outputs[-1].label)
            else:
                _init_worker(str(base), art)
                for job in todo:
                    res = run_job(job)
                    for (path, w, h) in res:
                        written.append(path)
                        done_stamps[path] = new_stamps[path]
                    if prog:
                        prog.step(len(res), job.outputs[-1].label)
        finally:
            _save_stamps(base, done_stamps, stamps)
    # outputs of specs that no longer exist
    removed = []
    for old in previous:
        if old not in new_stamps and (base / old).exists() and old.startswith(("game/images/", "game/gui/")):
            (base / old).unlink()
            removed.append(old)
    _save_stamps(base, new_stamps, stamps)
    man = json.dumps(manifest(art, jobs), indent=1, sort_keys=False) + "\n"
    mp = base / MANIFEST
    if not mp.exists() or mp.read_text(encoding="utf-8") != man:
        write_text(mp, man)
        written.append(MANIFEST.as_posix())
    # the layered images the engine shows the sprites through (poses that survive a new face)
    rpy, pp = poses.layered_rpy(art), base / poses.POSES_RPY
    if not pp.exists() or pp.read_text(encoding="utf-8") != rpy:
        write_text(pp, rpy)
        written.append(poses.POSES_RPY)
    return {"written": written, "skipped": skipped, "removed": removed, "seconds": time.time() - t0,
            "outputs": sum(len(j.outputs) for j in jobs)}


def _run_indexed(arg):
    i, job = arg
    return i, run_job(job)


def zip_results(it, todo):
    for i, res in it:
        yield todo[i], res


def _save_stamps(base: Path, new: dict, old: dict) -> None:
    if new == old:
        return
    write_text(base / STAMPS, json.dumps(new, indent=0, sort_keys=True) + "\n")
    old.clear()
    old.update(new)

"""`vn sprites`: the art pipeline (specs in art/ -> game/images and game/gui).

CLI wiring: ``register(subparsers)`` adds ``sprites build|check|sheet``; each
sub-command sets ``func`` to a function taking the parsed args and returning
an exit code (0 clean, 1 problems found, 2 bad input).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from vn.errors import VnError, input_dir, one_line

__all__ = ["register", "cmd_build", "cmd_check", "cmd_sheet"]


def _base(args: argparse.Namespace) -> Path:
    return input_dir(getattr(args, "game_dir", None) or ".")


def cmd_build(args: argparse.Namespace) -> int:
    from .build import build
    try:
        from vn.lock import game_lock
        with game_lock(_base(args), "sprites build"):
            res = build(_base(args), jobs_n=getattr(args, "jobs", None), force=getattr(args, "force", False),
                        quiet=getattr(args, "quiet", False))
    except VnError as e:
        print(f"vn: {one_line(str(e))}", file=sys.stderr)
        return 2
    n = len([w for w in res["written"] if w.endswith(".png")])
    print(f"sprites: {n} image(s) written, {res['skipped']} up to date, {len(res['removed'])} removed, "
          f"{res['seconds']:.2f}s")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from . import check as chk
    base = _base(args)
    try:
        manifest = chk.load_manifest(base)
        if getattr(args, "story", None):
            story = chk.load_story(Path(args.story))
        else:
            # Imported here: only this sub-command needs the engine's export.
            from vn.export import export_story
            story = export_story(base)
            chk.validate_story(story, "story export")
        rep = chk.check(manifest, story)
    except VnError as e:
        print(f"vn: {one_line(str(e))}", file=sys.stderr)
        return 2
    if getattr(args, "json", False):
        print(json.dumps(rep, indent=2))
    else:
        print(chk.format_text(rep))
    return 1 if rep["missing"] else 0


def cmd_sheet(args: argparse.Namespace) -> int:
    from vn.atomic import check_output

    from .build import build
    from .check import load_manifest
    from .sheet import write_sheet
    base = _base(args)
    try:
        out = check_output(Path(args.out) if getattr(args, "out", None)
                           else base / "out" / "contact_sheet.png")
        build(base, quiet=True)
        manifest = load_manifest(base)
        write_sheet(base, manifest, out)
    except VnError as e:
        print(f"vn: {one_line(str(e))}", file=sys.stderr)
        return 2
    print(f"contact sheet: {out}")
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Add `sprites` with build/check/sheet to an argparse subparsers object."""
    p = subparsers.add_parser("sprites", help="draw sprites, backgrounds and the GUI from art/ specs",
                              description="The art pipeline: art/ specs -> game/images and game/gui.")
    sub = p.add_subparsers(dest="sprites_command", metavar="{build,check,sheet}")
    sub.required = True

    b = sub.add_parser("build", help="draw what changed (incremental, parallel)")
    b.add_argument("game_dir", nargs="?", default=".", metavar="GAME_DIR",
                   help="project base directory containing game/ and art/ (default: .)")
    b.add_argument("--force", action="store_true", help="redraw everything")
    b.add_argument("--jobs", "-j", type=int, default=None, help="worker processes (default: CPU count)")
    b.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    b.set_defaults(func=cmd_build)

    c = sub.add_parser("check", help="cross-check the manifest against the story export")
    c.add_argument("game_dir", nargs="?", default=".", metavar="GAME_DIR")
    c.add_argument("--json", action="store_true", help="print the report as JSON")
    c.add_argument("--story", metavar="STORY_JSON", help="story export JSON (default: run vn export)")
    c.set_defaults(func=cmd_check)

    s = sub.add_parser("sheet", help="write a labelled contact sheet PNG")
    s.add_argument("game_dir", nargs="?", default=".", metavar="GAME_DIR")
    s.add_argument("--out", metavar="FILE", help="output PNG (default: out/contact_sheet.png)")
    s.set_defaults(func=cmd_sheet)
    return p


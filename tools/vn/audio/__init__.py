"""`vn audio`: the sound pipeline (ABC sources in audio/ -> Ogg Opus in game/audio/).

``register(subparsers)`` adds ``audio build``, ``audio check`` and ``audio listen`` (30-second
excerpts and SoX spectrograms to listen to and look at); each returns an
exit code (0 clean, 1 problems found, 2 bad input or environment, with one line
``vn: audio/x.abc:12: ...``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from vn.errors import VnError, input_dir

__all__ = ["cmd_build", "cmd_check", "cmd_listen", "register"]


def _base(args: argparse.Namespace) -> Path:
    return input_dir(getattr(args, "game_dir", None) or ".")


def cmd_build(args: argparse.Namespace) -> int:
    from .build import build
    try:
        from vn.lock import game_lock
        with game_lock(_base(args), "audio build"):
            res = build(_base(args), force=args.force, quiet=args.quiet, jobs_n=args.jobs)
    except VnError as e:
        print(f"vn: {e}", file=sys.stderr)
        return 2
    print(f"audio: {len(res['written'])} file(s) written, {res['skipped']} up to date, "
          f"{len(res['removed'])} removed, {res['seconds']:.2f}s")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .check import check, format_text
    base = _base(args)
    try:
        story: Mapping[str, Any] | None = None
        if args.story:
            from vn.story import load
            story = load(args.story)
        elif not args.no_story:
            from vn.export import export_story
            story = export_story(base)
        rep = check(base, story)
    except (VnError, OSError, ValueError) as e:
        print(f"vn: {e}", file=sys.stderr)
        return 2
    print(json.dumps(rep, indent=2) if args.json else format_text(rep))
    return 1 if rep["problems"] else 0


def cmd_listen(args: argparse.Namespace) -> int:
    from .listen import KINDS, listen
    try:
        kinds = KINDS if args.kind == "all" else (args.kind,)
        done = listen(_base(args), Path(args.out), seconds=args.seconds, kinds=kinds)
    except VnError as e:
        print(f"vn: {e}", file=sys.stderr)
        return 2
    for ex in done:
        print(f"{ex.audio}  {ex.picture}  {ex.title}")
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    p = subparsers.add_parser("audio", help="build and check the music, ambience and effects")
    sub = p.add_subparsers(dest="audio_command", metavar="SUBCOMMAND")
    sub.required = True
    b = sub.add_parser("build", help="render audio/*/*.abc into game/audio/ (incremental)")
    b.add_argument("game_dir", nargs="?", default=".")
    b.add_argument("--force", action="store_true", help="render everything again")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    b.add_argument("--jobs", type=int, default=None, help="worker processes (default: CPU count)")
    b.set_defaults(func=cmd_build)
    c = sub.add_parser("check", help="built files up to date and at their loudness; played files exist")
    c.add_argument("game_dir", nargs="?", default=".")
    c.add_argument("--story", help="a story export (vn export) instead of exporting now")
    c.add_argument("--no-story", action="store_true", help="skip the script's play statements "
                   "(literal file names in the scripts are still checked)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_check)
    li = sub.add_parser("listen", help="a 30-second excerpt of each built piece and its SoX spectrogram")
    li.add_argument("game_dir", nargs="?", default=".")
    li.add_argument("--out", default="out/listen",
                    help="folder for KIND-NAME.ogg and KIND-NAME.png (default out/listen)")
    li.add_argument("--seconds", type=float, default=30.0)
    li.add_argument("--kind", choices=["music", "ambience", "sfx", "ui", "all"], default="music")
    li.set_defaults(func=cmd_listen)
    return p

"""`vn export`: the story as Ren'Py itself parsed it, written as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from . import atomic
from .engine import READING_FILES, find_engine, game_base, staged_game
from .engine_report import failure_line
from .errors import VnError

EXPORT_FILES = (*READING_FILES, "vn_export.rpy")


INDENT = 1   # `vn export`'s own text: json.dumps(story, ensure_ascii=False, indent=1) + "\n"


def export_story(path: str | Path | None = None, timeout: float = 300) -> dict[str, Any]:
    """Run the engine's parser on the game at `path` and return the story JSON."""
    story, _ = _export(path, timeout, indent=None)
    return story


def export_text(path: str | Path | None = None, timeout: float = 300) -> tuple[dict[str, Any], str]:
    """The story and its text as `vn export` writes it, which the engine writes itself
    (encoding 100 MB of JSON with an indent is pure Python: once, not twice)."""
    return _export(path, timeout, indent=INDENT)


def _export(path: str | Path | None, timeout: float, indent: int | None) -> tuple[dict[str, Any], str]:
    base = game_base(path)
    engine = find_engine()
    # The export holds no translations (vn_export.rpy skips game/tl), so the engine
    # is spared parsing them: about a fifth of its start on this game.
    with staged_game(base, EXPORT_FILES, leave_out=("tl",)) as staged:
        out = staged / "story.json"
        argv = ["vn_export", "--out", str(out)] + ([] if indent is None else ["--indent", str(indent)])
        proc = engine.run(staged, argv, timeout=timeout, env={"HOME": str(staged)})
        if proc.returncode != 0 or not out.exists():
            raise VnError(failure_line(proc, staged))
        text = out.read_text(encoding="utf-8")
    story: dict[str, Any] = json.loads(text)
    warn_stand_ins(story)
    return story, (text if indent is not None else "")


def warn_stand_ins(story: dict[str, Any]) -> None:
    """One warning per module the game imports and the engine lacks: the script was read
    with an empty stand-in, so whatever the game does with the module is not seen."""
    for s in story.get("stand_ins", []):
        print(f"vn: warning: {s['file']}:{s['line']}: module {s['module']} is not in this "
              "engine; read with an empty stand-in (install it to run the game)",
              file=sys.stderr)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("export", help="write the parsed story as JSON",
                              description="Parse the game with Ren'Py's own parser and write "
                                          "every statement, character and image as JSON.")
    p.add_argument("game_dir", nargs="?", default=".", help="the game's base directory")
    p.add_argument("--out", "-o", default="-", help="file to write (default: standard output)")
    p.set_defaults(func=main)


def main(args: argparse.Namespace) -> int:
    if args.out != "-":
        atomic.check_output(args.out)
    story, text = export_text(args.game_dir)
    if args.out == "-":
        print(text, end="")
    else:
        atomic.write_text(Path(args.out), text)
        nodes = len(story["nodes"])
        print(f"{args.out}: {nodes} statements, {len(story['labels'])} labels, "
              f"{len(story['characters'])} characters")
    return 0

"""`vn play`: launch the game in the real Ren'Py engine."""

from __future__ import annotations

import argparse
import os
import sys

from .engine import find_engine, game_base, staged_game
from .errors import VnError

NO_DISPLAY = (
    "no display found (DISPLAY and WAYLAND_DISPLAY are unset): Ren'Py needs a desktop "
    "session to play. Play in a browser instead: `make web-serve`, then open the "
    "address it prints."
)


def has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("play", help="play the game in Ren'Py",
                              description="Launch the game in the real Ren'Py engine.")
    p.add_argument("game_dir", nargs="?", default=".", help="the game's base directory")
    p.set_defaults(func=main)


def main(args: argparse.Namespace) -> int:
    base = game_base(args.game_dir)
    engine = find_engine()
    if not has_display():
        raise VnError(NO_DISPLAY)
    env = dict(os.environ)
    env.setdefault("SDL_VIDEODRIVER", "x11" if env.get("DISPLAY") else "wayland")
    print(f"vn: starting {base} with {' '.join(engine.command)}", file=sys.stderr)
    if (base / "game" / "vn_py311_shim.rpy").exists():
        return engine.run(base, [], env=env, display=True, capture=False).returncode
    # A game without the shim gets it in a staged view; saves still go to ~/.renpy.
    with staged_game(base) as staged:
        return engine.run(staged, [], env=env, display=True, capture=False).returncode

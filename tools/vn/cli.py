"""The `vn` command: one front door to every tool of the project."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from . import __version__
from .errors import VnError, one_line


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vn", description="Tools for Ren'Py visual novels: export, lint, play, "
                               "routes, sprites, audio, web, translate.")
    parser.add_argument("--version", action="version", version=f"vn {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True

    # Imported here so `vn --help` stays fast and each verb stays one module.
    from . import audio, export, lint, play, routes, sprites, translate, web
    for module in (play, lint, export, routes, sprites, audio, translate, web):
        module.register(subparsers)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    """Run `vn` with `argv` and return its exit code (0 clean, 1 problems, 2 bad input)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse reports usage errors with status 2
        return int(e.code or 0)
    try:
        return int(args.func(args))
    except VnError as e:
        print(f"vn: {one_line(str(e))}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("vn: interrupted", file=sys.stderr)
        return 130


def main() -> None:
    try:
        code = run()
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`vn ... | head`): stop quietly, as cat and grep do. Point
        # stdout at /dev/null so the interpreter's own flush at exit cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 141
    sys.exit(code)

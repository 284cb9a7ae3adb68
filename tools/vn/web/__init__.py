"""`vn web`: the story as a small static site, played in any browser.

`vn web build [GAME_DIR] [--out DIR]` runs Ren'Py once to export the story as
its own parser sees it (plus characters, transforms, transitions and
translations as the engine evaluates them), compiles that into the player's
story data (failing with file:line on anything the player cannot show as
Ren'Py does), converts the images the story uses to WebP, subsets the fonts,
and moves the finished site into place in one step.

`vn web serve [DIR] [--port N]` serves a built site on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("web", help="build or serve the web player",
                              description="Build the game as a static web site, or serve one.")
    sub = p.add_subparsers(dest="web_command", metavar="ACTION")
    sub.required = True

    b = sub.add_parser("build", help="build the static site",
                       description="Export the story with Ren'Py's own parser and build the web player.")
    b.add_argument("game_dir", nargs="?", default=".", help="the game's base directory")
    b.add_argument("--out", "-o", default=None, help="output folder (default: GAME_DIR/out/web)")
    b.add_argument("--json", action="store_true", help="report the build as JSON")
    b.add_argument("--strict", action="store_true",
                   help="a statement the web player cannot show is an error (default: a warning, "
                        "and the player skips it with a console note)")
    b.add_argument("--zip", metavar="FILE", default=None,
                   help="also pack the site as an itch.io HTML5 zip (index.html at its root)")
    b.set_defaults(func=build_main)

    s = sub.add_parser("serve", help="serve a built site on 127.0.0.1",
                       description="Serve a built web player on 127.0.0.1 and print its address.")
    s.add_argument("dir", nargs="?", default="out/web", help="the built site (default: out/web)")
    s.add_argument("--port", "-p", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    s.add_argument("--verbose", "-v", action="store_true", help="log every request")
    s.set_defaults(func=serve_main)


def build_main(args: argparse.Namespace) -> int:
    import json

    from .. import atomic
    from .build import build_web, zip_site
    if args.zip:
        atomic.check_output(args.zip)      # a bad zip path fails before the build, not after
    from ..engine import game_base
    from ..lock import game_lock
    with game_lock(game_base(args.game_dir), "web build"):
        result = build_web(args.game_dir, args.out, strict=args.strict)
    packed = zip_site(result.out, args.zip) if args.zip else None
    kinds = result.by_kind()
    for w in result.warnings:
        print(f"vn: warning: {w}", file=sys.stderr)
    if args.json:
        print(json.dumps({"out": str(result.out), "total_bytes": result.total_bytes,
                          "files": len(result.files), "statements": result.statements,
                          "images": result.images, "languages": result.languages,
                          "bytes_by_kind": kinds, "seconds": round(result.seconds, 2),
                          "warnings": result.warnings,
                          "zip": dict(packed, path=str(args.zip)) if packed else None}, indent=1))
    else:
        mb = result.total_bytes / 1e6
        langs = ", ".join(result.languages) or "none"
        print(f"{result.out}: {len(result.files)} files, {mb:.2f} MB "
              f"({result.statements} statements, {result.images} images, translations: {langs}) "
              f"in {result.seconds:.1f}s")
        if packed:
            print(f"{args.zip}: {packed['files']} files, {packed['bytes'] / 1e6:.2f} MB zipped "
                  f"(itch.io HTML5: index.html at the root)")
    return 0


def serve_main(args: argparse.Namespace) -> int:
    from .serve import check_site, make_server, url_of
    directory = check_site(args.dir)
    server = make_server(directory, args.port, quiet=not args.verbose)
    print(f"Serving {directory} at {url_of(server)} (Ctrl+C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
    finally:
        server.server_close()
    return 0

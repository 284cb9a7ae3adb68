"""Benchmark of `vn sprites build` (not a test): full build, no-op rebuild, output size.

Builds the real game's art into a temporary copy of the project (art/, game/
fonts and the renderer are all it reads), so the working tree is untouched.

    .venv/bin/python bench/sprites_bench.py [--jobs N]

The no-op rebuild is reported as a ratio of the full build in the same run.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from vn.sprites.build import build  # noqa: E402


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=None, help="worker processes (default: one per core)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="sprites-bench-") as tmp:
        base = Path(tmp)
        shutil.copytree(ROOT / "art", base / "art")
        shutil.copytree(ROOT / "game" / "fonts", base / "game" / "fonts")
        t0 = time.perf_counter()
        build(base, jobs_n=args.jobs, quiet=True)
        full = time.perf_counter() - t0
        t0 = time.perf_counter()
        build(base, jobs_n=args.jobs, quiet=True)
        noop = time.perf_counter() - t0
        images = folder_size(base / "game" / "images")
        gui = folder_size(base / "game" / "gui")
        count = sum(1 for _ in (base / "game").rglob("*.png"))
    print(f"{'what':<24}{'value':>14}")
    print(f"{'images drawn':<24}{count:>14}")
    print(f"{'full build':<24}{full:>13.2f}s")
    print(f"{'no-op rebuild':<24}{noop:>13.3f}s")
    print(f"{'no-op / full':<24}{noop / full:>14.4f}")
    print(f"{'game/images size':<24}{images / 1e6:>12.1f}MB")
    print(f"{'game/gui size':<24}{gui / 1e6:>12.2f}MB")


if __name__ == "__main__":
    main()

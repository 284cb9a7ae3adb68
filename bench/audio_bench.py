"""Benchmark of `vn audio build` (not a test): full build, no-op rebuild, size on desktop and web.

Builds the real game's sound from audio/ into a temporary folder, so the working
tree is untouched. `vn web build` copies every file the game plays, the button style's interface sounds
included, so the web carries the same size as the desktop.

    .venv/bin/python bench/audio_bench.py [--jobs N]
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

from vn.audio.build import build


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=None, help="worker processes (default: one per core)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="audio-bench-") as tmp:
        base = Path(tmp)
        shutil.copytree(ROOT / "audio", base / "audio")
        t0 = time.perf_counter()
        res = build(base, jobs_n=args.jobs, quiet=True)
        full = time.perf_counter() - t0
        t0 = time.perf_counter()
        again = build(base, jobs_n=args.jobs, quiet=True)
        noop = time.perf_counter() - t0
        files = [p for p in (base / "game" / "audio").rglob("*.ogg")]
        size = sum(p.stat().st_size for p in files)
    print(f"audio build: {len(res['written'])} files in {full:.1f}s; no-op rebuild {noop:.2f}s "
          f"({len(again['written'])} written, {noop / full:.1%} of the full build)")
    print(f"audio size: {size / 1e6:.2f} MB, the same on the desktop and the web (budget 4 MB)")


if __name__ == "__main__":
    main()

"""Benchmark: `vn translate status` and `export` on a whole game (default: this repository).

Usage: .venv/bin/python bench/translate_bench.py [GAME_DIR] [--language spanish] [--repeat 3] [--json]

Reports, best and median of the repeats, in seconds:
- status (end to end): `vn translate status --json`, engine start included;
- export po / export csv (end to end), engine start included;
- and their parts: the engine's dump (one Ren'Py start, shared by status and
  export), building the catalog (states, stale matching, placeholder checks),
  and writing the PO / CSV text.
The game directory is only read.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from vn.translate import formats  # noqa: E402
from vn.cli import run  # noqa: E402
from vn.translate.dump import dump  # noqa: E402
from vn.translate.model import Catalog  # noqa: E402


def timed(fn, repeat: int) -> tuple[list[float], object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return times, result


def quiet(argv: list[str]) -> int:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return run(["translate", *argv])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("game_dir", nargs="?", default=str(ROOT))
    ap.add_argument("--language", default="spanish")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args()
    lang, game, n = args.language, args.game_dir, args.repeat

    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        results["status (end to end)"], code = timed(
            lambda: quiet(["status", lang, game, "--json"]), n)
        for fmt in ("po", "csv"):
            out = str(Path(tmp) / f"out.{fmt}")
            results[f"export {fmt} (end to end)"], _ = timed(
                lambda: quiet(["export", lang, game, "--format", fmt, "--out", out]), n)
    results["  engine dump (one Ren'Py start)"], data = timed(lambda: dump(game)[0], n)
    results["  catalog + status report"], cat = timed(
        lambda: (lambda c: (c, c.to_json()))(Catalog(data, lang))[0], n)
    results["  write PO text"], po = timed(lambda: formats.export(cat, "po"), n)
    results["  write CSV text"], _ = timed(lambda: formats.export(cat, "csv"), n)

    counts = cat.counts()
    summary = {
        "game": str(Path(game).resolve()), "language": lang, "repeat": n,
        "status_exit_code": code, "entries": counts,
        "dialogue_lines": cat.counts([l for l in cat.lines if l.unit.kind == "dialogue"])["total"],
        "po_bytes": len(po.encode("utf-8")),
        "seconds": {k.strip(): {"best": round(min(v), 3), "median": round(statistics.median(v), 3)}
                    for k, v in results.items()},
    }
    if args.json:
        print(json.dumps(summary, indent=1))
        return 0
    print(f"vn translate on {summary['game']} ({lang}): {counts['total']} entries, "
          f"{summary['dialogue_lines']} dialogue lines; {n} run(s) each")
    print(f"  {'':<36} {'best':>8} {'median':>8}")
    for name, times in results.items():
        print(f"  {name:<36} {min(times):>7.2f}s {statistics.median(times):>7.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

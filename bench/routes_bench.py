"""Benchmark of `vn routes` (not a test): exploration versus naive path enumeration.

Stress stories are generated as story-export JSON in Python (no engine):
N sequential three-way menus; every option moves two counters kept in range
by a clamp helper, `adjust(name, delta)`, of the same shape as the game's; an
ending rule on the counters picks one of three endings. The number of paths is
3**N, the number of distinct states stays small: that gap is what exploration
exploits.

    .venv/bin/python bench/routes_bench.py              # the default table
    .venv/bin/python bench/routes_bench.py --sizes 30 200 --naive 8 10 12 --limit 6
    .venv/bin/python bench/routes_bench.py --story /tmp/real_story.json   # + a real game

(`vn export GAME_DIR --out /tmp/real_story.json` writes a game's story export.)

Columns: menus, configurations stored, distinct store states, paths (exact),
seconds for exploration + analysis, seconds for the naive enumerator (which
replays every path from the start), the speed-up, and the seconds of odds and
influence (`vn routes` with odds on) and their ratio to exploration.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "tests"))  # the story generators and the naive enumerator live with the tests

from vn.routes import analyse_story  # noqa: E402
from vn.routes.mute import _folded_branches_never_taken  # noqa: E402
from vn.routes.odds import odds  # noqa: E402
from vn.routes.graph import StoryGraph  # noqa: E402
from routes_naive import enumerate_paths  # noqa: E402
from vn.routes.startup import build_program  # noqa: E402
from routes_synth import chain_of_menus  # noqa: E402


def without_gc(fn):
    """Run as `vn routes` runs (routes.main): no cyclic garbage collection meanwhile."""
    def run(*args):
        gc.collect()
        gc.disable()
        try:
            return fn(*args)
        finally:
            gc.enable()
    return run


@without_gc
def measure(menus: int, limit: int, naive: bool) -> dict:
    story = chain_of_menus(menus, width=3, limit=limit)
    t0 = time.perf_counter()
    a = analyse_story(story)
    explore_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    odds(a)
    row = {"menus": menus, "configs": len(a.ex), "states": len(a.ex.states), "paths": a.paths,
           "explore_s": explore_s, "naive_s": None, "odds_s": time.perf_counter() - t0}
    if naive:
        graph = StoryGraph(story)
        prog, initial = build_program(graph)
        t0 = time.perf_counter()
        total, _ = enumerate_paths(graph, prog, initial)
        row["naive_s"] = time.perf_counter() - t0
        if total != a.paths:
            raise SystemExit(f"{menus} menus: naive count {total} != explored count {a.paths}")
    return row


@without_gc
def measure_story(path: str) -> dict:
    story = json.loads(Path(path).read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    a = analyse_story(story, path)
    seconds = time.perf_counter() - t0
    t1 = time.perf_counter()
    odds(a)
    odds_s = time.perf_counter() - t1
    # dead branches of folded dialogue ifs: each distinct combination of the values their
    # conditions read, against every arrival whole (mute.py)
    t2 = time.perf_counter()
    fast = _folded_branches_never_taken(a)
    dead_s = time.perf_counter() - t2
    t3 = time.perf_counter()
    assert _folded_branches_never_taken(a, plain=True) == fast
    dead_plain_s = time.perf_counter() - t3
    menus = sum(1 for n in story["nodes"] if n.get("kind") == "menu")
    return {"name": Path(path).name, "menus": menus, "configs": len(a.ex),
            "states": len(a.ex.states), "paths": a.paths, "explore_s": seconds, "naive_s": None,
            "odds_s": odds_s, "dead_s": dead_s, "dead_plain_s": dead_plain_s}


def short_int(n: int | None) -> str:
    if n is None:
        return "inf"
    s = str(n)
    return s if len(s) <= 12 else f"{s[0]}.{s[1:3]}e{len(s) - 1}"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="*", default=[30, 200], help="menus, exploration only")
    p.add_argument("--naive", type=int, nargs="*", default=[8, 10, 12],
                   help="menus, exploration and naive enumeration")
    p.add_argument("--limit", type=int, default=6, help="counters are clamped to 0..LIMIT")
    p.add_argument("--story", metavar="STORY_JSON", help="also analyse this story export (a real game)")
    args = p.parse_args(argv)

    rows = [measure(n, args.limit, True) for n in args.naive]
    rows += [measure(n, args.limit, False) for n in args.sizes]
    header = (f"{'menus':>6} {'configs':>9} {'states':>7} {'paths':>14} {'explore s':>10} {'naive s':>9} "
              f"{'speed-up':>9} {'odds s':>7} {'odds/expl':>9}")
    print(f"vn routes benchmark: three-way menus, counters clamped to 0..{args.limit}")
    print(header)
    print("-" * len(header))
    for r in rows:
        naive = f"{r['naive_s']:9.2f}" if r["naive_s"] is not None else f"{'-':>9}"
        ratio = f"{r['naive_s'] / r['explore_s']:8.0f}x" if r["naive_s"] is not None else f"{'-':>9}"
        print(f"{r['menus']:>6} {r['configs']:>9,} {r['states']:>7,} {short_int(r['paths']):>14} "
              f"{r['explore_s']:10.2f} {naive} {ratio} {r['odds_s']:7.2f} {r['odds_s'] / r['explore_s']:8.2f}x")
    if args.story:
        r = measure_story(args.story)
        print(f"{r['menus']:>6} {r['configs']:>9,} {r['states']:>7,} {short_int(r['paths']):>14} "
              f"{r['explore_s']:10.2f} {'-':>9} {'-':>9}   ({r['name']}: its menu statements)")
        print(f"odds and influence on {r['name']}: {r['odds_s']:.2f} s, "
              f"{r['odds_s'] / r['explore_s']:.2f}x the exploration and analysis")
        print(f"dead branches of folded dialogue ifs on {r['name']}: {r['dead_s']:.3f} s, "
              f"every arrival whole {r['dead_plain_s']:.2f} s "
              f"({r['dead_plain_s'] / max(r['dead_s'], 1e-6):.0f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

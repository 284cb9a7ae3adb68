"""Benchmark of the web export: bundle size and time to the first line.

    .venv/bin/python bench/web_bench.py [GAME_DIR] [--site DIR] [--runs N] [--json]

Builds the web player (unless --site names a build), reports its size (total,
by kind, gzip-compressed as a compressing host would send it, and the bytes
actually fetched before the title screen and before the first line), then
opens it in headless Chromium (Debian's /usr/bin/chromium) on 127.0.0.1 with a
cold cache, N times, clicking Start the moment the title screen is ready:

- title:       navigation start -> title screen interactive
- first line:  navigation start -> first line on screen (images decoded), with
               the game's transitions as shipped (the story opens with
               `scene ... with fade_slow`, 1.6 s of authored fade) and with
               transitions off (the player's own cost)

and sets them beside Ren'Py's own web runtime (BASELINE below).
This is a benchmark, not a test: it reports, it does not assert.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from vn.web.build import ZIP_MAX_FILES, build_web, zip_site  # noqa: E402
from vn.web.serve import serve_in_thread  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

# Ren'Py's own web runtime, downloaded before a game's first line (game.zip comes on top).
# The file set (renpy.wasm, renpy.data, renpy.js, renpy-pre.js, ...) is Ren'Py's
# web support package as listed by renpy.org/dl/8.5.3/renpy-8.5.3-web.update.json;
# renpy.org/doc/html/web.html documents the platform but gives no byte counts.
# The sizes are as reported by projects that ship Ren'Py 8 web builds:
# renpy.wasm "~21 MB beside renpy.data ~14 MB", and renpy.wasm "20.6 MiB".
BASELINE = {
    "name": "Ren'Py 8 web runtime (renpy.wasm + renpy.data)",
    "bytes": 35_000_000,
    "detail": "renpy.wasm ~21 MB + renpy.data ~14 MB, before the game's own game.zip",
}

AUTOSTART = """
(() => {
  let clicked = false;
  new MutationObserver(() => {
    const b = document.body;
    if (!clicked && b && b.dataset.vnState === 'title') {
      const start = document.querySelector('[data-vn=start]');
      if (start) { clicked = true; start.click(); }
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-vn-state'] });
})();
"""

FETCHED = """
(upTo) => {
  const nav = performance.getEntriesByType('navigation')[0];
  let bytes = nav ? nav.encodedBodySize : 0;
  for (const r of performance.getEntriesByType('resource')) {
    if (r.responseEnd <= upTo) bytes += r.encodedBodySize;
  }
  return bytes;
}
"""


def sizes(site: Path) -> dict:
    files = {p.relative_to(site).as_posix(): p for p in site.rglob("*") if p.is_file()}
    raw = {k: p.stat().st_size for k, p in files.items()}
    gz = {k: len(gzip.compress(p.read_bytes(), 9)) for k, p in files.items()}
    kinds: dict[str, list[int]] = {}
    for k in files:
        kind = k.split("/")[0] if "/" in k else k
        kinds.setdefault(kind, [0, 0])
        kinds[kind][0] += raw[k]
        kinds[kind][1] += min(raw[k], gz[k])
    return {"total": sum(raw.values()), "gzip_total": sum(min(raw[k], gz[k]) for k in files),
            "files": len(files), "by_kind": {k: {"bytes": v[0], "gzip": v[1]} for k, v in sorted(kinds.items())}}


def measure(url: str, save_key: str, runs: int) -> dict:
    from playwright.sync_api import sync_playwright
    results: dict[str, list[float]] = {"title_ms": [], "first_line_ms": [], "first_line_no_transitions_ms": [],
                                       "bytes_before_title": [], "bytes_before_first_line": []}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for i in range(runs):
            for transitions in (True, False):
                ctx = browser.new_context(viewport={"width": 1280, "height": 720}, bypass_csp=True)
                if not transitions:
                    ctx.add_init_script(f"localStorage.setItem({json.dumps(f'vn-web/{save_key}/prefs')}, "
                                        "JSON.stringify({skipTransitions: true}))")
                ctx.add_init_script(AUTOSTART)
                page = ctx.new_page()
                page.goto(url)
                page.wait_for_function("window.vnMetrics && window.vnMetrics.firstLine !== undefined", timeout=30000)
                m = page.evaluate("window.vnMetrics")
                if transitions:
                    results["title_ms"].append(m["titleReady"])
                    results["first_line_ms"].append(m["firstLine"])
                    results["bytes_before_title"].append(page.evaluate(FETCHED, m["titleReady"]))
                    results["bytes_before_first_line"].append(page.evaluate(FETCHED, m["firstLine"]))
                else:
                    results["first_line_no_transitions_ms"].append(m["firstLine"])
                ctx.close()
        browser.close()
    return {k: {"median": statistics.median(v), "min": min(v), "max": max(v), "runs": v} for k, v in results.items()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("game_dir", nargs="?", default=str(ROOT))
    ap.add_argument("--site", help="an existing build to measure (default: build one)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    report: dict = {}
    with tempfile.TemporaryDirectory(prefix="vn-web-bench-") as tmp:
        if args.site:
            site = Path(args.site)
        else:
            t = time.monotonic()
            result = build_web(args.game_dir, Path(tmp) / "site")
            report["build_seconds"] = round(time.monotonic() - t, 2)
            t = time.monotonic()
            build_web(args.game_dir, Path(tmp) / "site")
            report["rebuild_seconds"] = round(time.monotonic() - t, 2)
            site = result.out
        story = json.loads((site / "story.json").read_text(encoding="utf-8"))
        report["size"] = sizes(site)
        t = time.monotonic()
        report["zip"] = zip_site(site, Path(tmp) / "itch.zip")     # `vn web build --zip`, for itch.io
        report["zip"]["seconds"] = round(time.monotonic() - t, 2)
        server, url = serve_in_thread(site)
        try:
            report["timing"] = measure(url, story["save_key"], args.runs)
        finally:
            server.shutdown()
            server.server_close()
    report["baseline"] = BASELINE
    report["ratio_vs_baseline"] = round(BASELINE["bytes"] / report["size"]["total"], 1)

    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    s, t = report["size"], report["timing"]
    mb = lambda n: f"{n / 1e6:.2f} MB"  # noqa: E731
    print(f"bundle: {mb(s['total'])} in {s['files']} files ({mb(s['gzip_total'])} with gzip on text)")
    for kind, v in s["by_kind"].items():
        print(f"  {kind:12} {mb(v['bytes']):>10}  gzip {mb(v['gzip']):>10}")
    if "build_seconds" in report:
        print(f"build: {report['build_seconds']} s, rebuild: {report['rebuild_seconds']} s")
    z = report["zip"]
    print(f"itch.io zip: {z['files']} files (limit {ZIP_MAX_FILES}), {mb(z['bytes'])} zipped, "
          f"{mb(z['unpacked'])} unpacked, packed in {z['seconds']} s")
    print(f"fetched before the title screen:  {mb(t['bytes_before_title']['median'])}")
    print(f"fetched before the first line:    {mb(t['bytes_before_first_line']['median'])}")
    print(f"navigation -> title interactive:  {t['title_ms']['median']:.0f} ms "
          f"(min {t['title_ms']['min']:.0f}, max {t['title_ms']['max']:.0f}, {args.runs} cold runs)")
    print(f"navigation -> first line (transitions as shipped): {t['first_line_ms']['median']:.0f} ms")
    print(f"navigation -> first line (transitions off):        {t['first_line_no_transitions_ms']['median']:.0f} ms")
    print(f"baseline: {BASELINE['name']}: ~{BASELINE['bytes'] / 1e6:.0f} MB ({BASELINE['detail']}); "
          f"the whole web bundle is {report['ratio_vs_baseline']}x smaller")
    return 0


if __name__ == "__main__":
    sys.exit(main())

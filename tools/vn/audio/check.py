"""`vn audio check`: every built file up to date and at its loudness; every played file there.

Loudness is measured on the decoded files (what players hear), not trusted from
the build: integrated loudness within TOLERANCE of the kind's target, true peak
at most -1 dBTP.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .build import KINDS, OUT, find_sources, load_stamps, plan
from .measure import measure

TOLERANCE = {"music": 1.0, "ambience": 1.0, "sfx": 2.0, "ui": 2.0}   # LU; short sounds gate coarsely
MAX_TRUE_PEAK = -1.0
AUDIO_NAME = re.compile(r"""["']((?:audio/)[^"'\s]+?\.(?:ogg|opus|wav|mp3|flac))["']""")


def references(base: Path) -> dict[str, list[tuple[str, int]]]:
    """Audio files named as literals in the game's scripts (play statements, styles,
    defines), outside comments: file relative to game/ -> where."""
    game = base / "game"
    out: dict[str, list[tuple[str, int]]] = {}
    for path in sorted(game.rglob("*.rpy")):
        if path.relative_to(game).parts[0] == "tl" or not path.is_file():
            continue  # translations, and a folder or pipe named *.rpy
        file = path.relative_to(base).as_posix()
        for number, text in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if text.lstrip().startswith("#"):
                continue
            for name in AUDIO_NAME.findall(text):
                out.setdefault(name, []).append((file, number))
    return out


def check(base: Path, story: Mapping[str, Any] | None = None) -> dict[str, Any]:
    base = Path(base).resolve()
    sources, _ = plan(base)
    stamps = load_stamps(base)
    files, problems = [], []
    for s in sources:
        p = base / s.out
        rec = {"file": s.out, "source": s.rel, "kind": s.kind, "exists": p.is_file(),
               "up_to_date": p.is_file() and stamps.get(s.out) == s.stamp}
        if rec["exists"]:
            m = measure(p)
            rec.update(lufs=m.lufs, true_peak=m.true_peak, seconds=round(m.seconds, 2),
                       bytes=p.stat().st_size)
            target = KINDS[s.kind].lufs
            if abs(m.lufs - target) > TOLERANCE[s.kind]:
                problems.append(f"{s.out}: {m.lufs:.1f} LUFS, target {target:g} ± {TOLERANCE[s.kind]:g}")
            if m.true_peak > MAX_TRUE_PEAK:
                problems.append(f"{s.out}: true peak {m.true_peak:.1f} dBTP is above {MAX_TRUE_PEAK:g}")
        if not rec["up_to_date"]:
            problems.append(f"{s.out}: {'out of date' if rec['exists'] else 'not built'} "
                            f"(run `vn audio build`)")
        files.append(rec)
    refs = references(base)
    if story is not None:
        from .plays import played_files
        for name, where in played_files(story).items():
            refs.setdefault(name, []).extend(where)
    missing = [{"file": name, "where": [f"{f}:{n}" for f, n in sorted(set(w))]}
               for name, w in sorted(refs.items()) if not (base / "game" / name).is_file()]
    for gone in missing:
        problems.append(f"game/{gone['file']} is played ({gone['where'][0]}) but does not exist")
    built = {Path(s.out).relative_to("game").as_posix() for s in sources}
    unused = sorted(built - set(refs))
    return {"files": files, "missing": missing, "unused": unused, "problems": problems,
            "total_bytes": sum(f.get("bytes", 0) for f in files),
            "sources": len(find_sources(base)), "out": OUT.as_posix()}


def format_text(rep: dict[str, Any]) -> str:
    lines = [f"{'file':44} {'LUFS':>6} {'dBTP':>6} {'s':>6} {'KB':>6}"]
    for f in rep["files"]:
        if f["exists"]:
            lines.append(f"{f['file']:44} {f['lufs']:6.1f} {f['true_peak']:6.1f} {f['seconds']:6.1f} "
                         f"{f['bytes'] / 1024:6.0f}")
        else:
            lines.append(f"{f['file']:44} (not built)")
    lines.append(f"{len(rep['files'])} file(s), {rep['total_bytes'] / 1024 / 1024:.2f} MB")
    if rep["unused"]:
        lines.append("not played by any script: " + ", ".join(rep["unused"]))
    lines += [f"problem: {p}" for p in rep["problems"]]
    return "\n".join(lines)

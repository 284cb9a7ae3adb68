"""`vn audio build`: ABC sources in audio/ -> Ogg Opus files in game/audio/.

Each source goes ABC --abc2midi--> MIDI --FluidSynth + SoundFont--> PCM
--loop wrap--> --ffmpeg loudnorm (two passes, linear gain)--> Opus.

The folder a source sits in is its kind (music, ambience, sfx, ui), which sets
the loudness target, the bit rate and whether it loops. Every output has a
stamp: a hash of the source, this package's code, the tool versions and the
SoundFont. A build checks every source first (nothing is written if one is
wrong), then renders only outputs whose stamp changed or whose file is missing.
"""

from __future__ import annotations

import array
import hashlib
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vn.atomic import write_bytes, write_text
from vn.errors import VnError

from .midi import MidiError, length_seconds
from .ogg import add_pre_skip, trim_end

PKG_DIR = Path(__file__).resolve().parent
SOURCES = Path("audio")
OUT = Path("game") / "audio"
STAMPS = Path(".vn") / "audio" / "stamps.json"
SOUNDFONT = Path(os.environ.get("VN_SOUNDFONT", "/usr/share/sounds/sf2/TimGM6mb.sf2"))
RATE = 48000
TRUE_PEAK = -2.0   # loudnorm's ceiling: 1 dB under the -1 dBTP limit is room for Opus's overshoot
# A loop is encoded with this much of its own end in front of it and of its start after it,
# both discarded again by every decoder (the Opus pre-skip and end trimming): the codec,
# the resampler inside loudnorm and the `%%vn` filters start cold and stop dead on them, so
# the loop's first and last samples come out converged (RFC 7845 asks for 80 ms at least).
PRE_ROLL = round(0.25 * RATE)


@dataclass(frozen=True)
class Kind:
    lufs: float      # integrated loudness target (EBU R128)
    bitrate: str     # Opus bit rate
    channels: int
    loop: bool       # rendered as a seamless loop


# Music sits at -18 LUFS; room tones well under it, so dialogue-length scenes do not tire;
# effects near the music so a chime is heard over it; interface sounds quiet.
KINDS: dict[str, Kind] = {
    "music": Kind(-18.0, "36k", 2, True),
    "ambience": Kind(-28.0, "24k", 1, True),
    "sfx": Kind(-20.0, "32k", 1, False),
    "ui": Kind(-30.0, "24k", 1, False),
}

# `%%vn` directives: post-processing that ABC cannot say. Values in Hz.
DIRECTIVES = {"lowpass": (20.0, 20000.0), "highpass": (20.0, 20000.0)}
ABC_ERROR = re.compile(r"^Error in line-char (\d+)-(\d+) : (.*)$", re.MULTILINE)


@dataclass
class Source:
    path: Path       # absolute
    rel: str         # "audio/music/theme.abc"
    kind: str
    name: str        # "music/theme"
    out: str         # "game/audio/music/theme.ogg"
    filters: list[str] = field(default_factory=list)
    stamp: str = ""


def tool_versions() -> str:
    """The versions of the tools a build depends on, as one string (part of every stamp)."""
    parts = []
    for cmd in (["abc2midi", "-ver"], ["fluidsynth", "--version"], ["ffmpeg", "-version"]):
        exe = shutil.which(cmd[0])
        if exe is None:
            raise VnError(f"{cmd[0]} is not installed (run tools/install-deps.sh)")
        r = subprocess.run([exe, *cmd[1:]], capture_output=True, text=True, check=False)
        parts.append((r.stdout or r.stderr).strip().splitlines()[0])
    if not SOUNDFONT.is_file():
        raise VnError(f"{SOUNDFONT}: SoundFont not found (Debian package timgm6mb-soundfont)")
    st = SOUNDFONT.resolve().stat()
    parts.append(f"{SOUNDFONT.resolve().name}:{st.st_size}")
    return "\n".join(parts)


# The modules whose code decides what a rendered file holds: editing one of them renders
# everything again; the command line, `audio check`, `audio listen` and plays.py do not.
RENDER_MODULES = ("build.py", "midi.py", "ogg.py")


def code_hash() -> str:
    h = hashlib.sha256()
    for name in RENDER_MODULES:
        h.update(name.encode() + b"\0" + (PKG_DIR / name).read_bytes())
    return h.hexdigest()


def find_sources(base: Path) -> list[Source]:
    root = base / SOURCES
    out = []
    for p in sorted(root.glob("*/*.abc")):
        kind = p.parent.name
        rel = p.relative_to(base).as_posix()
        if kind not in KINDS:
            raise VnError(f"{rel}:1: folder {kind!r} is not a kind of sound ({', '.join(KINDS)})")
        name = f"{kind}/{p.stem}"
        out.append(Source(p, rel, kind, name, (OUT / kind / (p.stem + ".ogg")).as_posix()))
    return out


def parse_directives(src: Source, text: str) -> None:
    """Read the `%%vn NAME VALUE` lines into ffmpeg filters; a bad one is a VnError."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.startswith("%%vn"):
            continue
        words = line.split()
        if len(words) != 3 or words[1] not in DIRECTIVES:
            raise VnError(f"{src.rel}:{number}: expected `%%vn lowpass HZ` or `%%vn highpass HZ`, "
                          f"got {line.strip()!r}")
        lo, hi = DIRECTIVES[words[1]]
        try:
            value = float(words[2])
        except ValueError:
            value = -1.0
        if not lo <= value <= hi:
            raise VnError(f"{src.rel}:{number}: {words[1]} wants a frequency in Hz "
                          f"between {lo:g} and {hi:g}, got {words[2]!r}")
        src.filters.append(f"{words[1]}=f={value:g}")


def to_midi(src: Source, text: str, tmp: Path) -> bytes:
    """abc2midi's MIDI for the source; its first error becomes a VnError at file:line."""
    mid = tmp / (src.name.replace("/", "_") + ".mid")
    r = subprocess.run(["abc2midi", str(src.path), "-o", str(mid)],
                       capture_output=True, text=True, check=False)
    m = ABC_ERROR.search(r.stdout + "\n" + r.stderr)
    if m:
        raise VnError(f"{src.rel}:{m.group(1)}: {m.group(3).strip()} (column {m.group(2)})")
    if r.returncode != 0 or not mid.is_file():
        raise VnError(f"{src.rel}:1: abc2midi wrote no MIDI ({(r.stderr or r.stdout).strip()[:200]})")
    data = mid.read_bytes()
    try:
        if length_seconds(data) <= 0.05:
            raise VnError(f"{src.rel}:1: the tune has no notes")
    except MidiError as e:
        raise VnError(f"{src.rel}:1: abc2midi wrote a MIDI file that cannot be read ({e})") from None
    return data


def _run(cmd: list[str], data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    r = subprocess.run(cmd, input=data, capture_output=True, check=False)
    if r.returncode != 0:
        raise VnError(f"{cmd[0]} failed: {r.stderr.decode(errors='replace').strip().splitlines()[-1:]}")
    return r


def render_pcm(midi: bytes, channels: int, tmp: Path, stem: str) -> bytes:
    """FluidSynth's rendering as interleaved float32 at 48 kHz, release tail included."""
    mid, wav = tmp / (stem + ".mid"), tmp / (stem + ".wav")
    mid.write_bytes(midi)
    _run(["fluidsynth", "-ni", "-q", "-r", str(RATE), "-g", "0.6", "-O", "float", "-T", "wav",
          "-F", str(wav), str(SOUNDFONT), str(mid)])
    return _run(["ffmpeg", "-nostdin", "-v", "error", "-i", str(wav), "-ac", str(channels),
                 "-f", "f32le", "-"]).stdout


def wrap_loop(pcm: bytes, channels: int, seconds: float) -> bytes:
    """Cut at the music's end and mix what rings on past it into the start, so the file's
    last sample runs straight into its first: a loop with no gap, no click, no lost tail."""
    samples = array.array("f")
    samples.frombytes(pcm)
    n = round(seconds * RATE) * channels
    if len(samples) < n:
        samples.extend([0.0] * (n - len(samples)))
    body, tail = samples[:n], samples[n:]
    for i in range(len(tail)):
        body[i % n] += tail[i]
    return body.tobytes()


def with_rolls(pcm: bytes, channels: int, frames: int = PRE_ROLL) -> bytes:
    """The loop with its last `frames` frames copied in front of it and its first `frames`
    after it (the loop repeated as often as that needs, if it is shorter)."""
    samples = array.array("f")
    samples.frombytes(pcm)
    need = frames * channels
    ring = array.array("f")
    while len(ring) < need and samples:
        ring += samples
    return (ring[len(ring) - need:] + samples + ring[:need]).tobytes()


def trim_tail(pcm: bytes, channels: int, floor_db: float = -50.0, fade: float = 0.08) -> bytes:
    """Cut an effect where it has died away (50 dB under its peak), with a short fade:
    FluidSynth renders the rests of the last bar and every bell's long ring."""
    samples = array.array("f")
    samples.frombytes(pcm)
    if not samples:
        return pcm
    floor = max(abs(min(samples)), abs(max(samples))) * 10 ** (floor_db / 20)
    end = len(samples)
    while end > 0 and abs(samples[end - 1]) <= floor:
        end -= 1
    end = min(len(samples), end - end % channels + channels * round(0.02 * RATE))
    body = samples[:end]
    n = min(len(body) // channels, round(fade * RATE))
    for k in range(n):   # linear fade over the last `fade` seconds
        g = k / n
        for c in range(channels):
            body[len(body) - (k + 1) * channels + c] *= g
    return body.tobytes()


# EBU R128 measures loudness over 400 ms blocks: a sound shorter than one block (an interface
# tick) has no block, no loudness and no gain, so it is padded with silence to a bit more.
MIN_EFFECT_SECONDS = 0.45


def pad_to_block(pcm: bytes, channels: int) -> bytes:
    """The effect, followed by silence if it is shorter than MIN_EFFECT_SECONDS."""
    need = round(MIN_EFFECT_SECONDS * RATE) * channels * 4 - len(pcm)
    return pcm + bytes(need) if need > 0 else pcm


def loudnorm_json(stderr: str) -> dict[str, Any]:
    m = re.search(r"\{[^{}]*\"input_i\"[^{}]*\}", stderr, re.DOTALL)
    if not m:
        raise VnError("ffmpeg loudnorm printed no measurement")
    measured: dict[str, Any] = json.loads(m.group(0))
    return measured


def _measure(raw: list[str], pcm: bytes, pre: str, target: str) -> dict[str, Any]:
    r = _run(["ffmpeg", "-nostdin", "-hide_banner", *raw, "-af",
              f"{pre}loudnorm={target}:print_format=json", "-f", "null", "-"], pcm)
    return loudnorm_json(r.stderr.decode(errors="replace"))


def encode(pcm: bytes, kind: Kind, filters: list[str]) -> bytes:
    """Two-pass loudnorm with linear gain (one gain for the whole file keeps a loop's seam
    intact), then Opus in Ogg, bit-exact so the same input gives the same bytes."""
    raw = ["-f", "f32le", "-ar", str(RATE), "-ac", str(kind.channels), "-i", "pipe:0"]
    target = f"I={kind.lufs}:TP={TRUE_PEAK}:LRA=20"
    pre = "".join(f + "," for f in filters)
    m = _measure(raw, pcm, pre, target)
    headroom = TRUE_PEAK - (float(m["input_tp"]) + kind.lufs - float(m["input_i"]))
    if headroom < 0 and not kind.loop:
        # A click or a strike peaks too high for a linear gain to reach the target (loudnorm
        # would fall back to its dynamic mode, which mangles short sounds): limit the peaks
        # first, by the missing headroom and a decibel more, then measure again.
        limit = max(0.0625, 10 ** ((float(m["input_tp"]) + headroom - 1.0) / 20))
        pre += f"alimiter=limit={limit:.4f}:attack=1:release=30:level=0,"
        m = _measure(raw, pcm, pre, target)
    if kind.loop:
        # Pure gain, no loudnorm second pass: its 192 kHz round trip through a resampler
        # shifts the file's edges by a sample or two, which is a step at the loop's seam.
        gain = min(kind.lufs - float(m["input_i"]), TRUE_PEAK - float(m["input_tp"]))
        final = f"{pre}volume={gain:.3f}dB"
    else:
        final = ""
    measured = (f"measured_I={m['input_i']}:measured_TP={m['input_tp']}:measured_LRA={m['input_lra']}:"
                f"measured_thresh={m['input_thresh']}:offset={m['target_offset']}:linear=true")
    with tempfile.TemporaryDirectory(prefix="vn-audio-") as d:
        out = Path(d) / "out.ogg"
        _run(["ffmpeg", "-nostdin", "-v", "error", *raw, "-af",
              final or f"{pre}loudnorm={target}:{measured},aresample={RATE}",
              "-c:a", "libopus", "-b:a", kind.bitrate, "-ac", str(kind.channels),
              "-fflags", "+bitexact", "-flags:a", "+bitexact", "-map_metadata", "-1",
              "-f", "ogg", str(out)], pcm)
        return out.read_bytes()


def render(src: Source, midi: bytes) -> bytes:
    kind = KINDS[src.kind]
    with tempfile.TemporaryDirectory(prefix="vn-audio-") as d:
        pcm = render_pcm(midi, kind.channels, Path(d), "x")
    if kind.loop:
        pcm = wrap_loop(pcm, kind.channels, length_seconds(midi))
        ogg = encode(with_rolls(pcm, kind.channels), kind, src.filters)
        return trim_end(add_pre_skip(ogg, PRE_ROLL), len(pcm) // 4 // kind.channels)
    return encode(pad_to_block(trim_tail(pcm, kind.channels), kind.channels), kind, src.filters)


def _work(item: tuple[str, str, bytes, str]) -> tuple[str, float]:
    out, kind, midi, filters = item
    t = time.monotonic()
    src = Source(Path(), "", kind, "", out, json.loads(filters))
    write_bytes(Path(out), render(src, midi))
    return out, time.monotonic() - t


def load_stamps(base: Path) -> dict[str, Any]:
    try:
        stamps: dict[str, Any] = json.loads((base / STAMPS).read_text())
        return stamps
    except (OSError, ValueError):
        return {}


def plan(base: Path) -> tuple[list[Source], dict[str, bytes]]:
    """Every source, checked and stamped, with its MIDI: raises VnError on the first bad one."""
    sources = find_sources(base)
    common = _h(code_hash(), tool_versions())
    midis: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="vn-audio-") as d:
        for src in sources:
            try:
                text = src.path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as e:
                raise VnError(f"{src.rel}:1: cannot read ({e})") from None
            parse_directives(src, text)
            midis[src.out] = to_midi(src, text, Path(d))
            src.stamp = _h(common, src.kind, text)
    return sources, midis


def _h(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def build(base: Path, force: bool = False, quiet: bool = False,
          jobs_n: int | None = None) -> dict[str, Any]:
    """Render what is out of date; returns {"written", "skipped", "removed", "seconds"}."""
    t0 = time.monotonic()
    base = Path(base).resolve()
    if not base.is_dir():
        raise VnError(f"{base}: not a folder (give the game's base directory)")
    sources, midis = plan(base)
    old = load_stamps(base)
    todo = [s for s in sources if force or old.get(s.out) != s.stamp or not (base / s.out).is_file()]
    written: list[str] = []
    cwd = os.getcwd()
    os.chdir(base)   # workers write paths relative to the base
    try:
        items = [(s.out, s.kind, midis[s.out], json.dumps(s.filters)) for s in todo]
        n = min(len(items), jobs_n or os.cpu_count() or 1)
        if n > 1:
            with multiprocessing.get_context("spawn").Pool(n) as pool:
                results = pool.imap_unordered(_work, items)
                for i, (out, secs) in enumerate(results, 1):
                    written.append(out)
                    if not quiet:
                        print(f"audio: [{i}/{len(items)}] {out} ({secs:.1f}s)", file=sys.stderr)
        else:
            for i, item in enumerate(items, 1):
                out, secs = _work(item)
                written.append(out)
                if not quiet:
                    print(f"audio: [{i}/{len(items)}] {out} ({secs:.1f}s)", file=sys.stderr)
    finally:
        os.chdir(cwd)
    current = {s.out for s in sources}
    removed = []
    for out in sorted(set(old) - current):   # only files an earlier build wrote
        p = base / out
        if p.is_file():
            p.unlink()
            removed.append(out)
    stamps = {s.out: s.stamp for s in sources}
    if stamps != old:
        write_text(base / STAMPS, json.dumps(stamps, indent=1, sort_keys=True) + "\n")
    return {"written": sorted(written), "skipped": len(sources) - len(todo), "removed": removed,
            "seconds": time.monotonic() - t0}

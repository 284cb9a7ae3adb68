"""Listening as a person would (issue 14): a 30-second excerpt of each built piece, and
SoX's spectrogram of it, a picture an image viewer shows.

    vn audio listen [DIR] [--out out/listen] [--seconds 30] [--kind music]

For every `game/audio/<kind>/*.ogg` the build made (music by default; `--kind all` for the
room tones, effects and interface sounds too), ffmpeg decodes the first N seconds (a track
shorter than that is looped, as the game loops it) into `<out>/<kind>-<name>.ogg` to play
back, and SoX draws `<out>/<kind>-<name>.png` (Debian's `sox`: its `spectrogram` effect,
time across, frequency up to 24 kHz on a log-power colour scale, the piece's title on top).
Outputs are written whole (vn.atomic); the excerpts are Opus, like the game's files.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from vn.atomic import check_output, write_bytes
from vn.audio.measure import decode
from vn.errors import VnError

KINDS = ("music", "ambience", "sfx", "ui")
RATE = 48000


@dataclass
class Excerpt:
    source: Path           # the built file
    audio: Path            # the excerpt, Ogg Opus
    picture: Path          # its spectrogram, PNG
    title: str


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if not path:
        raise VnError(f"{name} not found: install Debian's {package} (tools/install-deps.sh, `make deps`)")
    return path


def _run(cmd: list[str], data: bytes | None = None) -> bytes:
    r = subprocess.run(cmd, input=data, capture_output=True, check=False)
    if r.returncode != 0:
        last = r.stderr.decode(errors="replace").strip().splitlines()[-1:]
        raise VnError(f"{Path(cmd[0]).name} failed: {last[0] if last else 'exit ' + str(r.returncode)}")
    return r.stdout


def title_of(base: Path, kind: str, name: str) -> str:
    """The piece's title: its ABC source's first `T:` line (the file name when there is none)."""
    src = base / "audio" / kind / f"{name}.abc"
    try:
        m = re.search(r"^T:\s*(.+)$", src.read_text(encoding="utf-8"), re.M)
    except (OSError, UnicodeDecodeError):
        m = None
    return m.group(1).strip() if m else name


def listen(base: Path, out: Path, seconds: float = 30.0,
           kinds: tuple[str, ...] = ("music",)) -> list[Excerpt]:
    if not 1 <= seconds <= 600:
        raise VnError(f"--seconds {seconds:g}: give 1 to 600")
    check_output(out, folder=True)
    ffmpeg = _tool("ffmpeg", "ffmpeg")
    sox = _tool("sox", "sox")
    built = [p for kind in kinds for p in sorted((base / "game" / "audio" / kind).glob("*.ogg"))]
    if not built:
        raise VnError(f"{base / 'game' / 'audio'}: no built {'/'.join(kinds)} files "
                      "(run `vn audio build` first)")
    done = []
    with tempfile.TemporaryDirectory(prefix="vn-listen-") as tmp:
        wav = Path(tmp) / "excerpt.wav"
        for src in built:
            kind, name = src.parent.name, src.stem
            title = title_of(base, kind, name)
            # Looped here, sample for sample, as the game loops it (ffmpeg's -stream_loop
            # would drop each lap's Opus pre-skip: a gap at every seam that the game has not).
            pcm = decode(src, channels=2, rate=RATE)
            want = int(seconds * RATE) * 2
            if kind in ("music", "ambience") and pcm:
                pcm = pcm * -(-want // len(pcm))
            _run([ffmpeg, "-nostdin", "-v", "error", "-y", "-f", "f32le", "-ar", str(RATE), "-ac", "2",
                  "-i", "-", "-c:a", "pcm_s16le", str(wav)], pcm[:want].tobytes())
            audio = _run([ffmpeg, "-nostdin", "-v", "error", "-i", str(wav), "-c:a", "libopus",
                          "-b:a", "96k", "-map_metadata", "-1", "-fflags", "+bitexact", "-f", "ogg", "-"])
            png = Path(tmp) / "spectrogram.png"
            _run([sox, str(wav), "-n", "remix", "-", "spectrogram", "-x", "1200", "-y", "513",
                  "-z", "100", "-t", f"{title} ({kind}/{name}, {seconds:g} s)", "-o", str(png)])
            ex = Excerpt(src, out / f"{kind}-{name}.ogg", out / f"{kind}-{name}.png", title)
            write_bytes(ex.audio, audio)
            write_bytes(ex.picture, png.read_bytes())
            done.append(ex)
    return done

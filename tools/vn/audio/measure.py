"""Measuring built files with ffmpeg: loudness (EBU R128), true peak, duration, samples."""

from __future__ import annotations

import array
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from vn.errors import VnError


@dataclass
class Measure:
    lufs: float          # integrated loudness
    true_peak: float     # dBTP
    seconds: float


def measure(path: Path) -> Measure:
    r = subprocess.run(["ffmpeg", "-nostdin", "-hide_banner", "-nostats", "-i", str(path),
                        "-af", "ebur128=peak=true", "-f", "null", "-"],
                       capture_output=True, text=True, check=False)
    if r.returncode != 0:
        raise VnError(f"{path}: ffmpeg cannot decode it")
    summary = r.stderr[r.stderr.rfind("Summary:"):]
    i = re.search(r"I:\s+(-?[\d.]+|-inf) LUFS", summary)
    tp = re.search(r"Peak:\s+(-?[\d.]+|-inf) dBFS", summary)
    t = re.findall(r"t:\s*([\d.]+)", r.stderr)
    if not (i and tp):
        raise VnError(f"{path}: ffmpeg printed no loudness summary")
    return Measure(float(i.group(1)), float(tp.group(1)), float(t[-1]) if t else 0.0)


def decode(path: Path, channels: int = 1, rate: int = 48000) -> array.array[float]:
    """The file's samples as float32, interleaved."""
    r = subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-i", str(path), "-ac", str(channels),
                        "-ar", str(rate), "-f", "f32le", "-"], capture_output=True, check=False)
    if r.returncode != 0:
        raise VnError(f"{path}: ffmpeg cannot decode it")
    a = array.array("f")
    a.frombytes(r.stdout)
    return a


def seam_jump(samples: array.array[float], channels: int = 1) -> tuple[float, float]:
    """(the step from the last frame to the first, the 99.9th percentile of steps inside):
    a seamless loop's seam step is no bigger than the steps the music takes anyway."""
    steps = []
    for c in range(channels):
        ch = samples[c::channels]
        steps += [abs(ch[k + 1] - ch[k]) for k in range(0, len(ch) - 1, 7)]
    steps.sort()
    typical = steps[int(len(steps) * 0.999)] if steps else 0.0
    seam = max(abs(samples[c] - samples[len(samples) - channels + c]) for c in range(channels))
    return seam, typical


def seam_ratios(samples: array.array[float], channels: int = 1) -> tuple[float, float]:
    """How much a loop's seam breaks the waveform, per the worst channel: (the step from the
    last sample to the first, over the 99.9th percentile of the track's own steps; the change
    of slope across the seam, over the 99.9th percentile of the track's own changes of slope).
    A click shows as a step or a bend many times what the music does anywhere else."""
    worst_step = worst_bend = 0.0
    for c in range(channels):
        ch = samples[c::channels]
        n = len(ch)
        if n < 3:
            continue
        steps = sorted(abs(ch[k + 1] - ch[k]) for k in range(0, n - 1, 31))
        bends = sorted(abs(ch[k + 2] - 2 * ch[k + 1] + ch[k]) for k in range(0, n - 2, 31))
        step = abs(ch[0] - ch[-1]) / max(steps[int(len(steps) * 0.999)], 1e-9)
        bend = abs((ch[1] - ch[0]) - (ch[-1] - ch[-2])) / max(bends[int(len(bends) * 0.999)], 1e-9)
        worst_step, worst_bend = max(worst_step, step), max(worst_bend, bend)
    return worst_step, worst_bend

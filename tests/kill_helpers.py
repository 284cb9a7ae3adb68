"""Killing a writing verb with SIGKILL at chosen moments (issue 18), shared by test_kills.py.

A verb runs as a forked copy of the test process (no interpreter start, so a kill costs
only the time it waits), in its own process group: the kill reaches the verb and
everything it started (the engine, FluidSynth, a pool of workers) at once, as the
OOM killer or a closed terminal would."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path
from typing import Callable

PART = ".part"


def forked(fn: Callable[[], int]) -> int:
    """Start `fn` in a forked child (its own process group, output to /dev/null); its pid."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 70
        try:
            os.setpgid(0, 0)
            null = os.open(os.devnull, os.O_RDWR)
            for fd in (0, 1, 2):
                os.dup2(null, fd)
            code = int(fn() or 0)
        except BaseException:  # noqa: BLE001 - the child's exit code says it
            code = 71
        finally:
            os._exit(code)
    try:
        os.setpgid(pid, pid)  # also from the parent, so a kill at once finds the group
    except OSError:
        pass
    return pid


def _reap(pid: int) -> int:
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def _alive(pgid: int) -> bool:
    """A process of group `pgid` still runs (a zombie waiting for init to reap it does not)."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            return True
    return False


def _gone(pgid: int, timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if not _alive(pgid):
            return True
        time.sleep(0.005)
    return False


def run_to_end(fn: Callable[[], int], timeout: float = 300) -> tuple[int, float]:
    """Run `fn` forked to the end: (exit code, seconds)."""
    t = time.monotonic()
    pid = forked(fn)
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status), time.monotonic() - t
        if time.monotonic() - t > timeout:
            os.killpg(pid, signal.SIGKILL)
            _reap(pid)
            raise AssertionError(f"did not finish in {timeout} s")
        time.sleep(0.003)


def kill_at(fn: Callable[[], int], after: float) -> bool:
    """Start `fn`, SIGKILL its whole process group `after` seconds later; True if it
    finished first. Returns once every process of the group is gone."""
    pid = forked(fn)
    end = time.monotonic() + after
    while time.monotonic() < end:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            _gone(pid)
            return True
        time.sleep(min(0.002, max(0.0, end - time.monotonic())))
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    _reap(pid)
    assert _gone(pid), f"processes of group {pid} survived SIGKILL"
    return False


def moments(n: int, duration: float, seed: int) -> list[float]:
    """`n` kill times spread evenly over `duration` (one at random in each of n equal
    slices), from `seed`, so CI kills at the same moments every run."""
    import random
    rnd = random.Random(seed)
    return [duration * (i + rnd.random()) / n for i in range(n)]


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under `root` but what killed runs left (`.*.part`)."""
    out = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).as_posix()
        if any(part.startswith(".") and part.endswith(PART) for part in rel.split("/")):
            continue
        if p.is_file():
            out[rel] = p.read_bytes()
    return out


def litter(root: Path) -> list[Path]:
    return [p for p in root.rglob(f"*{PART}") if p.name.startswith(".")]


def whole(rel: str, data: bytes) -> None:
    """The file opens as what its name says."""
    if rel.endswith((".png", ".webp")):
        import io

        from PIL import Image
        with Image.open(io.BytesIO(data)) as im:
            im.load()
    elif rel.endswith(".json"):
        json.loads(data)
    elif rel.endswith(".ogg"):
        assert data.startswith(b"OggS") and len(data) > 200, rel
    elif rel.endswith((".rpy", ".dot", ".html", ".js", ".css")):
        data.decode("utf-8")


def old_or_new(state: dict[str, bytes], old: dict[str, bytes], new: dict[str, bytes]) -> list[str]:
    """The paths whose content is neither the old one nor the new one (absent counts)."""
    bad = []
    for rel in sorted(set(old) | set(new) | set(state)):
        got = state.get(rel)
        if got is not None:
            whole(rel, got)
        if got != old.get(rel) and got != new.get(rel):
            bad.append(rel)
    return bad

"""Finding the Ren'Py engine and running it on a game.

Every verb that needs the engine runs it on a *staged view* of the game: a
temporary base directory whose `game/` mirrors the real one with symlinks,
plus the files `vn` adds (the Python 3.11 shim, the exporter, the autoplay
hook). Ren'Py writes its .rpyc files, cache and saves into the stage, so the
user's game directory and saves are never touched, and any Ren'Py 8 game can
be pointed at.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .cache import cache_root
from .errors import VnError, one_line

ENGINE_ENV = "VN_RENPY"
DEBIAN_RENPY = "/usr/games/renpy"
ENGINE_FILES = Path(__file__).parent / "engine_files"
# Staged into every game: a parse and bytecode cache for engines that never write .rpyc files.
SCRIPT_CACHE_FILE = "00000vn_script_cache.rpy"
# Staged by every verb that only reads the game (never by play): the shim, stand-ins for
# modules the game imports and the engine lacks (vn_standin_modules.rpy), and skipping
# the pickles Debian's engine makes of each file and never writes (00vn_fast_load.rpy).
READING_FILES = ("vn_py311_shim.rpy", "vn_standin_modules.rpy", "00vn_fast_load.rpy")
INSTALL_HINT = (
    "Ren'Py engine not found: install Debian's package (sudo apt-get install renpy) "
    f"or point {ENGINE_ENV} at an official SDK's renpy.sh"
)
# What Ren'Py writes into a game directory; never mirrored into a stage.
ENGINE_OUTPUT = {"cache", "saves"}
ENGINE_OUTPUT_SUFFIXES = (".rpyc", ".rpymc", ".bak")


@dataclass(frozen=True)
class Engine:
    command: tuple[str, ...]

    def run(self, base: Path, args: Sequence[str], *, env: dict[str, str] | None = None,
            display: bool = False, timeout: float | None = None,
            capture: bool = True) -> subprocess.CompletedProcess[str]:
        """Run `renpy BASE ARGS...` and return the finished process."""
        full_env = headless_env() if not display else dict(os.environ)
        root = cache_root()
        if root is not None:
            full_env.setdefault("VN_ENGINE_CACHE", str(root / "engine"))
        full_env.update(env or {})
        return subprocess.run([*self.command, str(base), *args], env=full_env,
                              capture_output=capture, text=True, timeout=timeout,
                              stdin=subprocess.DEVNULL)


def headless_env() -> dict[str, str]:
    env = dict(os.environ)
    env["SDL_VIDEODRIVER"] = "dummy"
    env["SDL_AUDIODRIVER"] = "dummy"
    return env


def find_engine() -> Engine:
    """The engine named by $VN_RENPY, else Debian's renpy, else `renpy` on PATH."""
    configured = os.environ.get(ENGINE_ENV)
    if configured:
        path = Path(configured)
        if not path.is_file() or not os.access(path, os.X_OK):
            raise VnError(f"{ENGINE_ENV}={configured}: not an executable renpy.sh")
        return Engine((str(path),))
    for candidate in (DEBIAN_RENPY, shutil.which("renpy")):
        if candidate and os.access(candidate, os.X_OK):
            return Engine((candidate,))
    raise VnError(INSTALL_HINT)


def game_base(path: str | os.PathLike[str] | None) -> Path:
    """The base directory of a game: the folder holding `game/`.

    Accepts the base directory itself or its `game/` folder."""
    base = Path(path or ".").resolve()
    if base.name == "game" and not (base / "game").is_dir() and base.is_dir():
        base = base.parent
    if not (base / "game").is_dir():
        raise VnError(f"{base}: not a Ren'Py game (no game/ directory)")
    return base


# Symbolic link loops already reported by this process (lint stages the game more than once).
_loops_reported: set[str] = set()


def _skip_loop(path: Path, why: str = "symbolic link loop") -> None:
    """A link loop in game/ is skipped with a warning: a game cannot mean to contain
    itself, and the rest of it is still worth checking. Said once per path. So is a pipe,
    socket or device file: the engine would wait on it for ever."""
    if str(path) not in _loops_reported:
        _loops_reported.add(str(path))
        print(f"vn: warning: {one_line(str(path))}: {why}, skipped", file=sys.stderr)


def _mirror(source: Path, target: Path, leave_out: frozenset[str] = frozenset(),
            ancestors: frozenset[tuple[int, int]] = frozenset()) -> None:
    target.mkdir(parents=True, exist_ok=True)
    try:
        st = source.stat()
        entries = sorted(os.scandir(source), key=lambda e: e.name)
    except OSError as e:
        raise VnError(f"{source}: {e.strerror}") from None
    # The folders being walked, by device and inode: a link back to one of them is a loop.
    ancestors = ancestors | {(st.st_dev, st.st_ino)}
    for entry in entries:
        if entry.name.startswith(".") or entry.name in ENGINE_OUTPUT or entry.name in leave_out:
            continue
        src = Path(entry.path)
        try:
            is_dir = entry.is_dir()
            if is_dir:
                sub = entry.stat()
        except OSError as e:  # ELOOP: a link to itself, or a chain of links that never ends
            if e.errno != errno.ELOOP:
                raise VnError(f"{src}: {e.strerror}") from None
            _skip_loop(src)
            continue
        if is_dir:
            if (sub.st_dev, sub.st_ino) in ancestors:
                _skip_loop(src)
            else:
                _mirror(src, target / entry.name, ancestors=ancestors)
        elif entry.name.endswith(ENGINE_OUTPUT_SUFFIXES):
            continue
        elif not entry.is_file() and os.path.exists(src):  # a dangling link stays as before
            _skip_loop(src, "not a regular file (a pipe, socket or device)")
        else:
            (target / entry.name).symlink_to(src)


def stage(base: Path, into: Path, extra_files: Sequence[str] = ("vn_py311_shim.rpy",),
          leave_out: Sequence[str] = ()) -> Path:
    """Build a staged view of `base` inside `into`; return the staged base.

    `leave_out` names folders of game/ not to mirror (a verb that never reads
    translations leaves out `tl`: Ren'Py parses every script at each start)."""
    staged = into / "base"
    _mirror(base / "game", staged / "game", frozenset(leave_out))
    for name in (SCRIPT_CACHE_FILE, *extra_files):
        dest = staged / "game" / name
        if dest.is_symlink() or dest.exists():
            dest.unlink()
        shutil.copyfile(ENGINE_FILES / name, dest)
    return staged


def _compiled_scripts(staged_game_dir: Path) -> dict[Path, bytes]:
    """The .rpyc files the engine wrote into a stage, by path inside game/."""
    if not staged_game_dir.is_dir():
        return {}
    return {p.relative_to(staged_game_dir): p.read_bytes()
            for p in staged_game_dir.rglob("*.rpyc") if p.is_file() and not p.is_symlink()}


@contextmanager
def staged_game(base: Path, extra_files: Sequence[str] = ("vn_py311_shim.rpy",),
                keep: Path | None = None, leave_out: Sequence[str] = (),
                keep_compiled: bool = False) -> Iterator[Path]:
    """A temporary staged view of the game, removed afterwards unless `keep` is given.

    With `keep_compiled`, a kept stage made again keeps the .rpyc files the engine wrote
    there for scripts that still exist, as a player's game folder does between sessions
    (they carry the statement names that saves refer to)."""
    if keep is not None:
        compiled = _compiled_scripts(keep / "base" / "game") if keep_compiled else {}
        if keep.exists():
            shutil.rmtree(keep)
        keep.mkdir(parents=True)
        staged = stage(base, keep, extra_files, leave_out)
        for rel, data in compiled.items():
            if (staged / "game" / rel).with_suffix(".rpy").exists():
                (staged / "game" / rel).write_bytes(data)
        yield staged
        return
    with tempfile.TemporaryDirectory(prefix="vn-stage-") as tmp:
        yield stage(base, Path(tmp), extra_files, leave_out)

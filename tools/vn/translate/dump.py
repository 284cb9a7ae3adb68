"""Running the engine: the translation dump, and Ren'Py's own `translate` command.

Both run on a staged view of the game (see vn.engine). The files of the
language being written are *copies* in the stage, never symlinks, so the
engine cannot write through to the real game; what they held when staged is
kept as a snapshot, so the caller can tell whether someone saved one of them
while the engine ran.
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import atomic
from ..engine import READING_FILES, Engine, find_engine, game_base, staged_game
from ..engine_report import failure_line
from ..errors import VnError

DUMP_FILES = (*READING_FILES, "vn_translations.rpy")
INIT_FILES = READING_FILES
LANGUAGE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
TIMEOUT = 600.0


def check_language(language: str) -> str:
    """A Ren'Py language name: a Python identifier, as `translate LANG` needs."""
    if not LANGUAGE.match(language or "") or language == "None":
        raise VnError(f"{language!r}: not a language name (Ren'Py needs an identifier, "
                      "like spanish or pt_br)")
    return language


def tl_dir(base: Path, language: str, tl_directory: str = "tl") -> Path:
    return base / "game" / tl_directory / language


@dataclass
class Snapshot:
    """The bytes of a language's tl files when they were staged."""
    base: Path
    language: str
    files: dict[str, bytes] = field(default_factory=dict)  # "game/tl/LANG/x.rpy" -> bytes

    def changed_since(self) -> list[str]:
        """Files whose real content is no longer what was staged."""
        changed = []
        for rel, data in self.files.items():
            path = self.base / rel
            try:
                if path.read_bytes() != data:
                    changed.append(rel)
            except FileNotFoundError:
                changed.append(rel)
        return changed


def take_snapshot(base: Path, language: str) -> Snapshot:
    """The bytes of every file of game/tl/LANG/ (compiled files excepted)."""
    snap = Snapshot(base, language)
    real = tl_dir(base, language)
    if not real.is_dir():
        return snap
    for path in sorted(real.rglob("*")):
        if not path.is_file() or path.name.startswith("."):
            continue
        if path.name.endswith((".rpyc", ".rpymc", ".bak")):
            continue
        snap.files[path.relative_to(base).as_posix()] = path.read_bytes()
    return snap


def _copy_language(base: Path, staged: Path, language: str) -> Snapshot:
    """Replace the stage's symlinks to game/tl/LANG/ files by copies of a snapshot."""
    snap = take_snapshot(base, language)
    for rel, data in snap.files.items():
        dest = staged / rel
        if dest.is_symlink() or dest.exists():
            dest.unlink()
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)
    return snap


def _run(engine: Engine, staged: Path, args: list[str],
         timeout: float) -> subprocess.CompletedProcess[str]:
    return engine.run(staged, args, timeout=timeout, env={"HOME": str(staged)})


def dump(path: str | Path | None, *, copy_language: str | None = None,
         timeout: float = TIMEOUT) -> tuple[dict[str, Any], Snapshot | None]:
    """Run the translation dump on the game at `path`.

    With `copy_language`, that language's tl files are staged as copies and
    their snapshot is returned with the dump."""
    base = game_base(path)
    engine = find_engine()
    with staged_game(base, DUMP_FILES) as staged:
        snap = _copy_language(base, staged, copy_language) if copy_language else None
        out = staged / "vn-translations.json"
        proc = _run(engine, staged, ["vn_translations", "--out", str(out)], timeout)
        if proc.returncode != 0 or not out.exists():
            raise VnError(failure_line(proc, staged))
        data = json.loads(out.read_text(encoding="utf-8"))
    data["base"] = str(base)
    return data, snap


@dataclass
class InitResult:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    output: str = ""


def run_translate(path: str | Path | None, language: str, *, timeout: float = TIMEOUT,
                  extra_args: tuple[str, ...] = ()) -> InitResult:
    """Ren'Py's own `translate LANG` on a stage; copy back only game/tl/LANG/ files.

    Ren'Py's command only appends the blocks and strings a language lacks. That
    is checked, not trusted: every existing file must come back from the stage
    starting with exactly the bytes it had, or nothing is copied back. The
    copy-back is atomic per file, and refused if a translator saved one of the
    files while the engine ran."""

    check_language(language)
    base = game_base(path)
    engine = find_engine()
    result = InitResult()
    with staged_game(base, INIT_FILES) as staged:
        snap = _copy_language(base, staged, language)
        proc = _run(engine, staged, ["translate", language, *extra_args], timeout)
        if proc.returncode != 0:
            raise VnError(failure_line(proc, staged))
        result.output = (proc.stdout or "").strip()
        out_dir = tl_dir(staged, language)
        writes: dict[str, bytes] = {}
        for path_ in sorted(out_dir.rglob("*")) if out_dir.is_dir() else []:
            if path_.is_symlink() or not path_.is_file():
                continue
            if not path_.name.endswith((".rpy", ".rpym")):
                continue
            rel = path_.relative_to(staged).as_posix()
            data = path_.read_bytes()
            before = snap.files.get(rel)
            if before is None:
                writes[rel] = _without_todo_markers(data)
                result.created.append(rel)
            elif data != before:
                if not data.startswith(before):
                    raise VnError(f"{rel}: Ren'Py's translate command changed existing text "
                                  "(expected it only to append); nothing was copied back")
                writes[rel] = before + _without_todo_markers(data[len(before):])
                result.updated.append(rel)
        commit(base, snap, writes)
    return result


# Ren'Py heads what it appends with "# TODO: Translation updated at DATE". The comment
# outlives the translation it asked for; `vn translate status` is what says what is left.
_TODO_MARKER = re.compile(rb"^(\xef\xbb\xbf)?# TODO: Translation updated at [^\n]*\n(?:\n)?", re.MULTILINE)


def _without_todo_markers(text: bytes) -> bytes:
    return _TODO_MARKER.sub(rb"\1", text)  # a new file keeps its byte order mark


def commit(base: Path, snap: Snapshot, writes: dict[str, bytes]) -> None:
    """Write `writes` (relative path -> bytes) into the game, all or none if possible."""
    if not writes:
        return
    changed = [rel for rel in snap.changed_since() if rel in writes]
    created_meanwhile = [rel for rel in writes if rel not in snap.files and (base / rel).exists()]
    if changed or created_meanwhile:
        rel = (changed or created_meanwhile)[0]
        raise VnError(f"{rel}: changed while vn was working on it; nothing was written, run again")
    # These are the translator's own files: a replaced file keeps its mode.
    atomic.write_many({base / rel: data for rel, data in writes.items()}, keep_mode=True)


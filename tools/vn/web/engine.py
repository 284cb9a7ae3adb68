"""One engine run that gives the web build everything it reads.

The engine runs on a staged view of the game (see `vn.engine`) with the story
exporter (`engine_files/vn_export.rpy`) and the web extras
(`web/engine_files/vn_web_export.rpy`) added. The extras command calls the
exporter's own `build_export()` and adds what the player needs beyond it:
character arguments, transforms and transitions as the engine evaluates them,
gui/config values and the translations of `game/tl/`.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from ..engine import READING_FILES, find_engine, game_base, staged_game
from ..engine_report import failure_line
from ..errors import VnError

WEB_ENGINE_FILE = Path(__file__).parent / "engine_files" / "vn_web_export.rpy"
STAGED_FILES = (*READING_FILES, "vn_export.rpy")


def web_export(path: str | Path | None = None, timeout: float = 300) -> dict[str, Any]:
    """Run the engine on the game at `path`; return the story export plus web extras."""
    base = game_base(path)
    engine = find_engine()
    with staged_game(base, STAGED_FILES) as staged:
        dest = staged / "game" / WEB_ENGINE_FILE.name
        if dest.is_symlink() or dest.exists():
            dest.unlink()
        shutil.copyfile(WEB_ENGINE_FILE, dest)
        out = staged / "web.json"
        proc = engine.run(staged, ["vn_web_export", "--out", str(out)], timeout=timeout,
                          env={"HOME": str(staged)})
        if proc.returncode != 0 or not out.exists():
            raise VnError(failure_line(proc, staged))
        export: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        return export

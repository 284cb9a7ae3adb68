"""Where `vn` keeps what it can rebuild: encoded web images, the engine's parses."""

from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path | None:
    """$VN_CACHE_DIR, else $XDG_CACHE_HOME/vn or ~/.cache/vn; None when $VN_NO_CACHE is set."""
    if os.environ.get("VN_NO_CACHE"):
        return None
    root = os.environ.get("VN_CACHE_DIR")
    if root:
        return Path(root)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "vn"

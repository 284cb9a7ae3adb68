"""Issue 18: bad input and bad output paths end in one line and exit 2, never a traceback,
and generated files are readable like any file the user writes.

Bad inputs go through the real command line (`vn.cli.run`) and each test checks the same
contract: exit 2, one stderr line `vn: <file>: ...`, no traceback, outputs unchanged."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from vn import atomic
from vn.cli import run

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- one atomic writer, normal permissions -------------------------------------------------

@pytest.mark.parametrize("mask", [0o022, 0o027, 0o077])
def test_atomic_new_file_has_mode_0666_minus_umask(tmp_path, mask):
    old = os.umask(mask)
    try:
        atomic.write_text(tmp_path / "a.json", "{}")
        atomic.write_many({tmp_path / "b.po": b"x", tmp_path / "sub" / "c.csv": b"y"})
    finally:
        os.umask(old)
    for name in ("a.json", "b.po", "sub/c.csv"):
        assert _mode(tmp_path / name) == 0o666 & ~mask, name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "b.po", "sub"]  # no .part left


def test_atomic_replaced_file_gets_normal_mode_unless_kept(tmp_path):
    out = tmp_path / "out.png"
    out.write_bytes(b"old")
    os.chmod(out, 0o600)  # as the old mkstemp writer left it
    atomic.write_bytes(out, b"new")
    assert _mode(out) == 0o666 & ~_umask() and out.read_bytes() == b"new"
    tl = tmp_path / "script.rpy"
    tl.write_bytes(b"old")
    os.chmod(tl, 0o640)
    atomic.write_many({tl: b"new"}, keep_mode=True)
    assert _mode(tl) == 0o640 and tl.read_bytes() == b"new"


def test_atomic_failure_leaves_the_old_file(tmp_path):
    out = tmp_path / "out.json"
    out.write_text("old")

    with pytest.raises(TypeError):
        atomic.write_many({tmp_path / "new.json": b"whole", out: "not bytes"})  # type: ignore[dict-item]
    assert out.read_text() == "old" and not (tmp_path / "new.json").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_every_writer_goes_through_vn_atomic():
    """No module keeps its own temporary-file-and-rename writer."""
    tools = Path(__file__).resolve().parent.parent / "tools" / "vn"
    offenders = [str(p.relative_to(tools)) for p in tools.rglob("*.py")
                 if p.name != "atomic.py" and ("mkstemp" in (t := p.read_text()) or "os.replace" in t)]
    assert offenders == []


def test_routes_dot_written_with_normal_mode(tmp_path, capsys):
    src = FIXTURES / "routes" / "clean" / "story.json"
    out = tmp_path / "map.dot"
    code = run(["routes", "--story", str(src), "--graph", str(out)])
    assert code in (0, 1), capsys.readouterr().err
    assert _mode(out) == 0o666 & ~_umask()

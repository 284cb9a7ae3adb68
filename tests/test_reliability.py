"""Issue 18: bad input and bad output paths end in one line and exit 2, never a traceback,
and generated files are readable like any file the user writes.

Bad inputs go through the real command line (`vn.cli.run`) and each test checks the same
contract: exit 2, one stderr line `vn: <file>: ...`, no traceback, outputs unchanged."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest
from vn import atomic, engine
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


# -- output paths checked before any work ------------------------------------------------

def _snapshot(root: Path) -> dict[str, bytes | None]:
    """Every path under `root` with its bytes (None for a folder)."""
    return {p.relative_to(root).as_posix(): (None if p.is_dir() else p.read_bytes())
            for p in sorted(root.rglob("*"))}


def _assert_one_line(capsys, name: str | Path) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"vn: {name}: "), err
    assert "Traceback" not in err
    return err


def _no_work(*args, **kwargs):
    raise AssertionError("the work started before the output path was checked")


@pytest.fixture
def outputs(tmp_path):
    """Bad output paths under a scratch folder: (case, path, scratch)."""
    scratch = tmp_path / "outputs"
    scratch.mkdir()
    (scratch / "a-folder").mkdir()
    (scratch / "a-file").write_text("keep me")
    return scratch


# For a file output: a folder, a file as parent (at one and two levels), a virtual file system.
FILE_CASES = {"folder": "a-folder", "parent-file": "a-file/out.x",
              "grandparent-file": "a-file/sub/out.x", "proc": "/proc/vn-out.x"}
# For a folder output: a file where the folder goes, a file as parent, a virtual file system.
FOLDER_CASES = {"file": "a-file", "parent-file": "a-file/out", "proc": "/proc/vn-out"}


def _case_path(scratch: Path, rel: str, suffix: str = "") -> Path:
    path = scratch / rel if not rel.startswith("/") else Path(rel)
    return path.with_suffix(suffix) if suffix and path.suffix == ".x" else path


def _check_refused(argv: list[str], path: Path, scratch: Path, capsys) -> None:
    before = _snapshot(scratch)
    assert run(argv) == 2
    err = _assert_one_line(capsys, path)
    assert _snapshot(scratch) == before, err
    assert not Path("/proc/vn-out.x").exists() and not Path("/proc/vn-out").exists()


@pytest.mark.parametrize("case", FILE_CASES)
def test_export_out_checked_first(case, outputs, monkeypatch, capsys):
    monkeypatch.setattr("vn.export.export_story", _no_work)
    path = _case_path(outputs, FILE_CASES[case], ".json")
    game = FIXTURES / "games" / "minimal"
    _check_refused(["export", str(game), "--out", str(path)], path, outputs, capsys)


@pytest.mark.parametrize("case", FILE_CASES)
def test_translate_export_out_checked_first(case, outputs, monkeypatch, capsys):
    monkeypatch.setattr("vn.translate.cli.export_text", _no_work)
    path = _case_path(outputs, FILE_CASES[case], ".po")
    game = FIXTURES / "translate" / "complete"
    _check_refused(["translate", "export", "spanish", str(game), "--format", "po", "--out", str(path)],
                   path, outputs, capsys)


@pytest.mark.parametrize("case", FILE_CASES)
def test_routes_graph_checked_first(case, outputs, monkeypatch, capsys):
    monkeypatch.setattr("vn.routes.analyse_story", _no_work)
    path = _case_path(outputs, FILE_CASES[case], ".dot")
    story = FIXTURES / "routes" / "clean" / "story.json"
    _check_refused(["routes", "--story", str(story), "--graph", str(path)], path, outputs, capsys)


def test_routes_graph_format_checked_first(outputs, monkeypatch, capsys):
    monkeypatch.setattr("vn.routes.analyse_story", _no_work)
    path = outputs / "map.jpeg"
    story = FIXTURES / "routes" / "clean" / "story.json"
    _check_refused(["routes", "--story", str(story), "--graph", str(path)], path, outputs, capsys)


@pytest.mark.parametrize("case", FOLDER_CASES)
def test_routes_write_plans_checked_first(case, outputs, monkeypatch, capsys):
    monkeypatch.setattr("vn.routes.analyse_story", _no_work)
    path = _case_path(outputs, FOLDER_CASES[case])
    story = FIXTURES / "routes" / "clean" / "story.json"
    _check_refused(["routes", "--story", str(story), "--write-plans", str(path)], path, outputs, capsys)


@pytest.mark.parametrize("case", FILE_CASES)
def test_sprites_sheet_out_checked_first(case, outputs, monkeypatch, capsys):
    monkeypatch.setattr("vn.sprites.build.build", _no_work)
    path = _case_path(outputs, FILE_CASES[case], ".png")
    game = FIXTURES / "games" / "minimal"
    _check_refused(["sprites", "sheet", str(game), "--out", str(path)], path, outputs, capsys)


@pytest.mark.parametrize("case", FOLDER_CASES)
def test_web_build_out_checked_first(case, outputs, monkeypatch, capsys):
    monkeypatch.setattr("vn.web.build.web_export", _no_work)
    path = _case_path(outputs, FOLDER_CASES[case])
    game = FIXTURES / "games" / "minimal"
    _check_refused(["web", "build", str(game), "--out", str(path)], path, outputs, capsys)


def test_check_output_accepts_new_and_existing_paths(tmp_path):
    atomic.check_output(tmp_path / "new" / "deeper" / "out.json")
    (tmp_path / "old.json").write_text("{}")
    atomic.check_output(tmp_path / "old.json")
    atomic.check_output(tmp_path, folder=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.json"]  # no probe, no folder left


# -- symbolic link loops in game/ ----------------------------------------------------------

LOOPS = ["game/self", "game/a/to_b/to_a", "game/b/to_a/to_b", "game/up/game"]


def _with_loops(base: Path) -> Path:
    """A link to itself, two folders linking to each other, a link to the base folder."""
    game = base / "game"
    (game / "self").symlink_to("self")
    (game / "a").mkdir()
    (game / "b").mkdir()
    (game / "a" / "to_b").symlink_to("../b")
    (game / "b" / "to_a").symlink_to("../a")
    (game / "up").symlink_to("..")
    return base


def _assert_loop_warnings(err: str, base: Path) -> None:
    lines = err.splitlines()
    warnings = sorted(line for line in lines if line.startswith("vn: warning: "))
    assert warnings == sorted(f"vn: warning: {base / p}: symbolic link loop, skipped" for p in LOOPS)
    assert "Traceback" not in err


@pytest.fixture
def fresh_loop_reports(monkeypatch):
    """Each test sees every loop warning, whatever ran before it in this process."""
    monkeypatch.setattr(engine, "_loops_reported", set())


def test_stage_skips_link_loops_once_each(game_copy, tmp_path, capsys, fresh_loop_reports):
    base = _with_loops(game_copy("minimal"))
    staged = engine.stage(base, tmp_path / "stage1")
    engine.stage(base, tmp_path / "stage2")  # a second stage in the same run: no second warning
    _assert_loop_warnings(capsys.readouterr().err, base)
    game = staged / "game"
    assert (game / "script.rpy").is_symlink()
    assert (game / "a" / "to_b").is_dir() and not (game / "a" / "to_b").is_symlink()
    assert not (game / "self").exists() and not (game / "a" / "to_b" / "to_a").exists()
    assert not (game / "up" / "game").exists()


def test_pipes_and_folders_named_rpy_are_never_read(game_copy, tmp_path, capsys, fresh_loop_reports):
    """A FIFO in game/ would block the engine and the lint's own readers for ever; a folder
    named *.rpy made `vn lint`'s audio check raise IsADirectoryError."""
    from vn.audio.check import references
    from vn.rules.base import Context
    base = game_copy("minimal")
    os.mkfifo(base / "game" / "pipe.rpy")
    (base / "game" / "folder.rpy").mkdir()
    staged = engine.stage(base, tmp_path / "stage")
    err = capsys.readouterr().err
    assert err == (f"vn: warning: {base / 'game' / 'pipe.rpy'}: not a regular file "
                   "(a pipe, socket or device), skipped\n")
    assert not (staged / "game" / "pipe.rpy").exists() and (staged / "game" / "folder.rpy").is_dir()
    assert Context(base).source_lines("game/pipe.rpy") is None   # returns at once, never blocks
    assert Context(base).source_lines("game/folder.rpy") is None
    assert all(file == "game/script.rpy" for where in references(base).values() for file, _ in where)


@pytest.mark.engine
@pytest.mark.parametrize("verb", [
    ["export", "{base}", "--out", "{tmp}/story.json"],
    ["lint", "{base}"],
    ["web", "build", "{base}", "--out", "{tmp}/web"],
    ["translate", "status", "spanish", "{base}"],
], ids=["export", "lint", "web-build", "translate-status"])
def test_verbs_skip_link_loops(verb, tmp_path, capsys, fresh_loop_reports):
    """Each engine verb gives the same answer with the loops as without, and warns."""
    clean = tmp_path / "clean"
    shutil.copytree(FIXTURES / "translate" / "complete", clean)
    looped = tmp_path / "looped"
    shutil.copytree(clean, looped, symlinks=True)
    _with_loops(looped)
    results = []
    for base in (clean, looped):
        out = tmp_path / base.name
        out.mkdir(exist_ok=True)
        code = run([a.format(base=base, tmp=out) for a in verb])
        captured = capsys.readouterr()
        results.append((code, captured.out.replace(str(base), "BASE").replace(str(out), "OUT")))
        err = captured.err
    _assert_loop_warnings(err, looped)
    assert results[0][0] in (0, 1)
    if verb[0] == "lint":  # its timing differs from run to run
        results = [(c, out.rsplit("(", 1)[0]) for c, out in results]
    if verb[0] == "web":
        results = [(c, out.split(" files,")[0]) for c, out in results]
    assert results[0] == results[1]


# -- translation import: a NUL byte --------------------------------------------------------

PO_HEAD = b'msgid ""\nmsgstr ""\n"Language: es\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


@pytest.mark.parametrize("name, content, line", [
    ("msgstr.po", PO_HEAD + b'msgctxt "strings"\nmsgid "Stay"\nmsgstr "Qu\x00date"\n', 8),
    ("msgid.po", PO_HEAD + b'msgctxt "strings"\nmsgid "St\x00ay"\nmsgstr "Quedate"\n', 7),
    ("header.po", b'msgid ""\nmsgstr ""\n"Language: es\x00\\n"\n', 3),
    ("comment.po", PO_HEAD + b'# \x00\nmsgctxt "strings"\nmsgid "Stay"\nmsgstr "Q"\n', 6),
    ("cell.csv", b"id,source,spanish\r\nstrings,Stay,Qu\x00date\r\n", 2),
    ("id.csv", b"id,source,spanish\r\nstr\x00ings,Stay,Quedate\r\n", 2),
    ("header.csv", b"id,sou\x00rce,spanish\r\n", 1),
    ("bom.csv", b"\xef\xbb\xbfid,source,spanish\r\nstrings,Stay,\x00\r\n", 2),
])
def test_import_nul_byte_names_file_and_line(name, content, line, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("vn.translate.importer.dump", _no_work)
    base = tmp_path / "game"
    shutil.copytree(FIXTURES / "translate" / "missing", base)
    before = _snapshot(base)
    path = tmp_path / name
    path.write_bytes(content)
    assert run(["translate", "import", "spanish", str(path), str(base)]) == 2
    err = _assert_one_line(capsys, f"{path}:{line}")
    assert "NUL" in err
    assert _snapshot(base) == before


# -- art specs and the sprite manifest -----------------------------------------------------

REPO = Path(__file__).resolve().parent.parent


def _art_project(tmp_path: Path) -> Path:
    """A project with one character and one background: every spec is validated before
    anything is drawn, so a bad one never reaches the renderer."""
    base = tmp_path / "proj"
    for rel in ("art/expressions.json", "art/characters/calla.json", "art/backgrounds/funeral.json"):
        (base / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / rel, base / rel)
    (base / "game").mkdir()
    return base


def _edit(path: Path, change) -> None:
    spec = json.loads(path.read_text(encoding="utf-8"))
    change(spec)
    # allow_nan: JSON has no NaN, but Python's reader (and so a spec) accepts one
    path.write_text(json.dumps(spec, allow_nan=True), encoding="utf-8")


CHAR = "art/characters/calla.json"
BG = "art/backgrounds/funeral.json"


def _set_build(field, value):
    return lambda s: s["build"].__setitem__(field, value)


def _add_layer(layer):
    return lambda s: s["layers"].append(layer)


@pytest.mark.parametrize("rel, change, field", [
    (CHAR, _set_build("height", float("nan")), "build.height"),
    (CHAR, _set_build("height", float("inf")), "build.height"),
    (CHAR, _set_build("height", -float("inf")), "build.height"),
    (BG, _add_layer({"type": "rect", "box": [0, 0, 1e30, 1e30], "color": "#ffffff"}), "layers[*].box"),
    (BG, _add_layer({"type": "rect", "box": [0, 0, float("nan"), 10], "color": "#ffffff"}), "layers[*].box"),
    (BG, _add_layer({"type": "glow", "at": [0, 0], "radius": 1e12, "color": "#ffffff"}), "layers[*].radius"),
    (BG, _add_layer({"type": "glow", "at": [1e300, 0], "radius": 10, "color": "#ffffff"}), "layers[*].at"),
    (BG, _add_layer({"type": "neon", "text": "x", "at": [0, 0], "size": 1e9, "color": "#ffffff"}),
     "layers[*].size"),
    (BG, _add_layer({"type": "rect", "box": [0, 0, 10, 10], "color": "#ffffff", "seed": 2**70}),
     "layers[*].seed"),
], ids=["nan-height", "inf-height", "-inf-height", "giant-box", "nan-box", "giant-radius",
        "giant-point", "giant-text", "giant-seed"])
def test_bad_number_in_spec_names_file_and_field(rel, change, field, tmp_path, capsys):
    base = _art_project(tmp_path)
    _edit(base / rel, change)
    if field.startswith("layers[*]"):
            field = field.replace("*", str(len(json.loads((base / rel).read_text())["layers"]) - 1))
    before = _snapshot(base)
    assert run(["sprites", "build", str(base)]) == 2
    err = _assert_one_line(capsys, rel)
    assert err.startswith(f"vn: {rel}: {field}: expected ")
    assert _snapshot(base) == before


@pytest.mark.parametrize("rel", [CHAR, BG, "art/expressions.json"])
def test_latin1_spec_names_file_and_line(rel, tmp_path, capsys):
    base = _art_project(tmp_path)
    path = base / rel
    lines = path.read_bytes().split(b"\n")
    lines[1] = lines[1].replace(b'"', b'"\xe9', 1) if b'"' in lines[1] else lines[1] + b" \xe9"
    path.write_bytes(b"\n".join(lines))
    before = _snapshot(base)
    assert run(["sprites", "build", str(base)]) == 2
    err = _assert_one_line(capsys, f"{rel}:2")
    assert "UTF-8" in err
    assert _snapshot(base) == before


@pytest.mark.parametrize("fault", ["no-fonts-folder", "missing", "corrupt", "empty", "folder", "unreadable"])
def test_bad_font_names_the_font_and_the_spec(fault, tmp_path, capsys):
    """The scenes draw text with game/fonts/*: a missing or broken font is refused before
    anything is drawn, naming the font file and the spec that wanted it."""
    base = _art_project(tmp_path)
    text_font = next(layer.get("font", "title") for layer in json.loads((base / BG).read_text())["layers"]
                     if layer["type"] == "text")
    from vn.sprites.scene import FONTS
    font = base / "game" / "fonts" / FONTS[text_font]
    if fault != "no-fonts-folder":
        shutil.copytree(REPO / "game" / "fonts", base / "game" / "fonts")
        if fault == "missing":
            font.unlink()
        elif fault == "corrupt":
            font.write_bytes(font.read_bytes()[:200] + b"\x00garbage" * 50)
        elif fault == "empty":
            font.write_bytes(b"")
        elif fault == "folder":
            font.unlink()
            font.mkdir()
        elif fault == "unreadable":
            if os.geteuid() == 0:
                pytest.skip("root reads every file")
            font.chmod(0)
    before = _snapshot(base)
    assert run(["sprites", "build", str(base)]) == 2
    err = _assert_one_line(capsys, font)
    assert f"{BG}: layers[" in err and "draws text with it" in err
    assert _snapshot(base) == before


MANIFEST = "game/images/manifest.json"
GOOD_FILE = {"image": "calla neutral", "attribute": "neutral", "file": "images/c.png",
             "width": 400, "height": 640}


@pytest.mark.parametrize("manifest, field", [
    ({"characters": "calla"}, "characters"),
    ({"characters": ["calla"]}, "characters"),
    ({"characters": {"calla": "x"}}, "characters.calla"),
    ({"characters": {"calla": {"files": "calla neutral"}}}, "characters.calla.files"),
    ({"characters": {"calla": {"files": ["calla neutral"]}}}, "characters.calla.files[0]"),
    ({"characters": {"calla": {"files": [{**GOOD_FILE, "image": 3}]}}}, "characters.calla.files[0].image"),
    ({"characters": {"calla": {"files": [{**GOOD_FILE, "width": "wide"}]}}}, "characters.calla.files[0].width"),
    ({"characters": {"calla": {"files": [{k: v for k, v in GOOD_FILE.items() if k != "file"}]}}},
     "characters.calla.files[0].file"),
    ({"characters": {"calla": {"files": [GOOD_FILE], "side_only": "no"}}}, "characters.calla.side_only"),
    ({"backgrounds": {"bg funeral": {}}}, "backgrounds"),
    ({"backgrounds": [{"image": "bg funeral"}]}, "backgrounds[0].file"),
    ({"backgrounds": [{"image": "bg funeral", "file": "f.png"}]}, "backgrounds[0].name"),
    ({"characters": {"calla": {"files": [], "attributes": "neutral"}}}, "characters.calla.attributes"),
    ({"cg": [None]}, "cg[0]"),
])
def test_sprites_check_manifest_of_wrong_shape(manifest, field, tmp_path, capsys):
    base = tmp_path / "proj"
    (base / MANIFEST).parent.mkdir(parents=True)
    (base / MANIFEST).write_text(json.dumps({"format": "vn-sprite-manifest", "version": 1, **manifest}))
    before = _snapshot(base)
    story = FIXTURES / "sprites" / "story.json"
    assert run(["sprites", "check", str(base), "--story", str(story)]) == 2
    err = _assert_one_line(capsys, MANIFEST)
    assert err.startswith(f"vn: {MANIFEST}: {field}: ")
    assert _snapshot(base) == before


def test_sprites_check_reads_a_good_manifest_with_extra_fields(tmp_path, capsys):
    base = tmp_path / "proj"
    (base / MANIFEST).parent.mkdir(parents=True)
    (base / MANIFEST).write_text(json.dumps({
        "format": "vn-sprite-manifest", "version": 1, "gui": {}, "future": [1],
        "characters": {"calla": {"image": "calla", "files": [{**GOOD_FILE, "extra": 1}], "new": True}}}))
    story = FIXTURES / "sprites" / "story.json"
    assert run(["sprites", "check", str(base), "--story", str(story)]) in (0, 1)
    assert "Traceback" not in capsys.readouterr().err


# -- story JSON of the wrong shape into `vn routes` (found by tests/test_fuzz.py) ------------

def _first(story: dict, kind: str) -> dict:
    return next(n for n in story["nodes"] if n["kind"] == kind)


@pytest.mark.parametrize("change, field", [
    (lambda s: _first(s, "label").__setitem__("name", ["start"]), "nodes[*].name"),
    (lambda s: s["nodes"][0].__setitem__("file", None), "nodes[0].file"),
    (lambda s: s["nodes"][0].__setitem__("line", True), "nodes[0].line"),
    (lambda s: _first(s, "menu")["items"].__setitem__(0, "Go"), "nodes[*].items[0]"),
    (lambda s: _first(s, "menu")["items"][0].__setitem__("next", 3), "nodes[*].items[0].next"),
    (lambda s: s["labels"].__setitem__("start", ["x"]), "labels.start"),
    (lambda s: _first(s, "label").pop("name"), "nodes[*].name"),
], ids=["label-name", "file", "line", "menu-item", "item-next", "label-id", "no-label-name"])
def test_routes_story_of_wrong_shape_names_the_field(change, field, tmp_path, capsys):
    story = json.loads((FIXTURES / "routes" / "clean" / "story.json").read_text(encoding="utf-8"))
    change(story)
    if "*" in field:
        kind = "label" if "name" in field else "menu"
        field = field.replace("*", str(story["nodes"].index(_first(story, kind))))
    path = tmp_path / "story.json"
    path.write_text(json.dumps(story))
    assert run(["routes", "--story", str(path)]) == 2
    err = _assert_one_line(capsys, f"{path}: {field}")
    assert "expected" in err


@pytest.mark.parametrize("header", [b"i\x0bd,source,spanish", b"i\nd,source,spanish", b"\xe2\x80\xa8id,source"])
def test_error_quoting_control_characters_stays_one_line(header, tmp_path, monkeypatch, capsys):
    """Found by tests/test_fuzz.py: a vertical tab in a quoted CSV header split the line."""
    monkeypatch.setattr("vn.translate.importer.dump", _no_work)
    base = tmp_path / "game"
    shutil.copytree(FIXTURES / "translate" / "missing", base)
    path = tmp_path / "bad.csv"
    path.write_bytes(header + b"\r\nstrings,Stay,Q\r\n")
    assert run(["translate", "import", "spanish", str(path), str(base)]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and err.startswith(f"vn: {path}:1: ")


# -- vn web serve: localhost, the page's own policy as a header, nothing outside the site ---

def _get(url: str) -> tuple[int, dict, bytes]:
    import http.client
    import urllib.parse
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        conn.putrequest("GET", url[len(f"http://{parts.netloc}"):], skip_accept_encoding=True)
        conn.endheaders()
        r = conn.getresponse()
        return r.status, dict(r.headers), r.read()
    finally:
        conn.close()


def test_serve_sends_the_pages_policy_and_nothing_outside_the_site(tmp_path, capsys):
    from vn.web.serve import serve_in_thread
    page = (REPO / "tools" / "vn" / "web" / "player" / "index.html").read_text(encoding="utf-8")
    policy = page.split('http-equiv="Content-Security-Policy" content="', 1)[1].split('"', 1)[0]
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(page, encoding="utf-8")
    (site / "story.json").write_text("{}")
    (tmp_path / "secret.txt").write_text("outside the site")
    server, url = serve_in_thread(site)
    try:
        assert server.server_address[0] == "127.0.0.1"
        for path in ("", "story.json"):
            status, headers, _ = _get(url + path)
            assert status == 200 and headers["Content-Security-Policy"] == policy
        for path in ("../secret.txt", "%2e%2e/secret.txt", "%2e%2e%2fsecret.txt", "..%5csecret.txt",
                     "story.json%00.txt", "x" * 5000, "%ff%fe", "/" + str(tmp_path / "secret.txt")):
            status, _, body = _get(url + path)
            assert b"outside the site" not in body, path
            assert status in (200, 301, 400, 404, 414), (path, status)
    finally:
        server.shutdown()
        server.server_close()
    assert "Traceback" not in capsys.readouterr().err  # the handler threads raised nothing



def test_a_reader_that_goes_away_gets_no_traceback(tmp_path, monkeypatch, capsys):
    """`vn ... | head`: writing to a pipe whose reader has gone raises BrokenPipeError; vn
    stops quietly with 141 (128 + SIGPIPE), as cat and grep do."""
    import sys
    from vn import cli

    class ClosedPipe:
        def __init__(self) -> None:
            self.fd = os.open(tmp_path / "sink", os.O_WRONLY | os.O_CREAT)

        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self) -> None:
            raise BrokenPipeError(32, "Broken pipe")

        def fileno(self) -> int:
            return self.fd

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    monkeypatch.setattr(sys, "argv", ["vn", "--version"])
    with pytest.raises(SystemExit) as e:
        cli.main()
    assert e.value.code == 141
    assert capsys.readouterr().err == ""


# -- hostile paths and files across the verbs (each case was a traceback before) -------------

DEEP_JSON = "[" * 100_000 + "]" * 100_000   # RecursionError in json, which is no ValueError
ROUTES_STORY = FIXTURES / "routes" / "clean" / "story.json"
DIR_VERBS = [["sprites", "build"], ["sprites", "check"], ["sprites", "sheet"], ["audio", "build"],
             ["audio", "check", "--no-story"], ["web", "serve", "--port", "0"]]


@pytest.mark.parametrize("kind", ["loop", "too-long"])
@pytest.mark.parametrize("verb", DIR_VERBS, ids=lambda v: " ".join(v[:2]))
def test_odd_game_folder_is_one_line(verb, kind, tmp_path, capsys):
    if kind == "loop":
        folder = tmp_path / "loop"
        folder.symlink_to(folder)
    else:
        folder = tmp_path / ("x" * 300)
    assert run(verb + [str(folder)]) == 2
    _assert_one_line(capsys, folder)
    assert sorted(p.name for p in tmp_path.iterdir()) == (["loop"] if kind == "loop" else [])


def test_audio_build_of_a_file_is_one_line(tmp_path, capsys):
    (tmp_path / "a-file").write_text("keep me")
    assert run(["audio", "build", str(tmp_path / "a-file")]) == 2
    _assert_one_line(capsys, tmp_path / "a-file")


@pytest.mark.parametrize("argv", [
    ["routes", "--story", "{f}"], ["sprites", "check", str(REPO), "--story", "{f}"],
    ["audio", "check", str(REPO), "--story", "{f}"],
    ["routes", "--story", str(ROUTES_STORY), "--coverage", "{d}"]], ids=["routes", "sprites", "audio", "coverage"])
def test_deeply_nested_json_is_one_line(argv, tmp_path, capsys):
    bad = tmp_path / "deep.json"
    bad.write_text(DEEP_JSON)
    assert run([a.format(f=bad, d=tmp_path) for a in argv]) == 2
    assert "nested too deeply" in _assert_one_line(capsys, bad)


@pytest.mark.parametrize("text", ['"a story"', "[]", "3"])
def test_audio_check_story_of_wrong_shape_is_one_line(text, tmp_path, capsys):
    bad = tmp_path / "story.json"
    bad.write_text(text)
    assert run(["audio", "check", str(REPO), "--story", str(bad)]) == 2
    _assert_one_line(capsys, bad)


@pytest.mark.parametrize("name", ["pyproject.toml", "vn.toml"])
@pytest.mark.parametrize("text", ['tool = "x"\n', "[tool]\nvn = 3\n", 'a = ' + "[" * 5000 + "]" * 5000 + "\n"],
                         ids=["tool-not-a-table", "vn-not-a-table", "nested-too-deeply"])
def test_bad_tool_vn_table_is_one_line(name, text, tmp_path, capsys):
    (tmp_path / "game").mkdir()
    (tmp_path / name).write_text(text)
    assert run(["routes", str(tmp_path), "--story", str(ROUTES_STORY)]) == 2
    _assert_one_line(capsys, tmp_path / name)


def test_output_name_too_long_is_one_line(tmp_path, capsys):
    out = tmp_path / ("x" * 300 + ".dot")
    assert run(["routes", "--story", str(ROUTES_STORY), "--graph", str(out)]) == 2
    _assert_one_line(capsys, out)

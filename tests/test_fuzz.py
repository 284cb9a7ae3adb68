"""Issue 18: fuzzing the readers of outside input through the real command line.

The property, for every reader: exit 0, 1 or 2, never a traceback (any exception but
VnError escapes `vn.cli.run` and fails the example), and on exit 2 one line
`vn: <file>...` with every output as it was. Inputs are mutations of real, valid files
(byte edits with the characters each format cares about, or a JSON value replaced by
an arbitrary one), so most examples get past the first check and reach the deep code.

`make test` runs FUZZ_EXAMPLES examples per reader (default 25); `make fuzz` runs more.
Web saves go into the real player in Chromium (the shared web build, server and browser):
WEB_SAVE_EXAMPLES, a quarter of that (at least 8), plus fixed deep, huge and odd saves.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import tempfile
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from vn.cli import run
from vn.translate import dump as tdump
from vn.translate import importer as timporter

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
# No example database: it would leave a .hypothesis/ folder in the work tree.
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=EXAMPLES <= 25,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Bytes that mean something to one of the formats (PO, CSV, JSON) or to a decoder.
TOKENS = [b"\x00", b"\xff", b"\xe9", b"\xef\xbb\xbf", b"\r", b"\n", b"\r\n", b'"', b"\\", b",", b"#",
          b"{", b"}", b"[", b"]", b":", b"msgid ", b"msgstr ", b"msgctxt ", b"msgstr[0] ", b"#, fuzzy\n",
          b"#~ ", b"%s", b"%(x)s", b"{b}", b"[name]", b"NaN", b"Infinity", b"-1e400", b"1e999",
          b"null", b"true", b"9" * 30, "\u202e".encode(), "\U0001f600".encode()]


@st.composite
def byte_mutations(draw, seed: bytes) -> bytes:
    """`seed` with a few insertions, deletions, replacements, duplicated lines or a cut."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["insert", "delete", "replace", "dup-line", "cut"]))
        pos = draw(st.integers(0, len(data)))
        payload = draw(st.sampled_from(TOKENS) | st.binary(min_size=1, max_size=6))
        if op == "insert":
            data[pos:pos] = payload
        elif op == "delete":
            del data[pos:pos + draw(st.integers(1, 40))]
        elif op == "replace":
            data[pos:pos + len(payload)] = payload
        elif op == "dup-line":
            start = data.rfind(b"\n", 0, pos) + 1
            end = data.find(b"\n", pos)
            line = data[start:end + 1 if end >= 0 else len(data)]
            data[start:start] = line
        else:
            del data[pos:]
    return bytes(data)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=8)


def _paths(value, prefix=()) -> list[tuple]:
    """Every path to a value inside a JSON document (the root is ())."""
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, prefix + (i,))
    return out


@st.composite
def json_mutations(draw, seed: dict) -> bytes:
    """`seed` with one to three values replaced by arbitrary JSON (NaN and Infinity too),
    or removed; sometimes followed by byte edits of the text."""
    doc = copy.deepcopy(seed)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(doc)))
        if not path:
            doc = draw(JSON_VALUES)
            continue
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        if draw(st.booleans()) and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(JSON_VALUES)
    text = json.dumps(doc, indent=1, allow_nan=True).encode()
    return draw(byte_mutations(text)) if draw(st.integers(0, 4)) == 0 else text


def _snapshot(root: Path) -> dict[str, bytes | None]:
    return {p.relative_to(root).as_posix(): (None if p.is_dir() else p.read_bytes())
            for p in sorted(root.rglob("*"))}


def _check(argv: list[str], bad_file: Path, outputs: Path, capsys) -> int:
    """Run `vn argv` and assert the contract; return the exit code."""
    before = _snapshot(outputs)
    code = run(argv)
    err = capsys.readouterr().err
    assert code in (0, 1, 2), err
    assert "Traceback" not in err
    if code == 2:
        lines = [line for line in err.splitlines() if not line.startswith("vn: warning: ")]
        assert len(lines) == 1 and lines[0].startswith("vn: "), err
        assert _snapshot(outputs) == before, err
    return code


# -- translation import (PO and CSV) -------------------------------------------------------

@pytest.fixture(scope="module")
def complete_dump() -> dict:
    """The engine's dump of the `complete` fixture game (one engine run)."""
    data, _ = tdump.dump(FIXTURES / "translate" / "complete")
    return data


def _serve_dump(data: dict):
    def fake_dump(path, *, copy_language=None, timeout=None):
        base = Path(path).resolve()
        rv = copy.deepcopy(data)
        rv["base"] = str(base)
        return rv, (tdump.take_snapshot(base, copy_language) if copy_language else None)
    return fake_dump


@pytest.fixture(scope="module")
def exports(complete_dump, tmp_path_factory) -> dict[str, bytes]:
    """The `complete` game's Spanish as vn exports it, in both formats."""
    out = tmp_path_factory.mktemp("exports")
    with mock.patch("vn.translate.cli.dump", _serve_dump(complete_dump)):
        for fmt in ("po", "csv"):
            assert run(["translate", "export", "spanish", str(FIXTURES / "translate" / "complete"),
                        "--format", fmt, "--out", str(out / f"es.{fmt}")]) == 0
    return {fmt: (out / f"es.{fmt}").read_bytes() for fmt in ("po", "csv")}


@pytest.mark.engine
@pytest.mark.parametrize("fmt", ["po", "csv"])
def test_fuzz_translate_import(fmt, complete_dump, exports, capsys):
    @FUZZ
    @given(data=byte_mutations(exports[fmt]))
    def check(data: bytes) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            base = Path(tmp) / "complete"
            shutil.copytree(FIXTURES / "translate" / "complete", base)
            path = Path(tmp) / f"in.{fmt}"
            path.write_bytes(data)
            with mock.patch.object(timporter, "dump", _serve_dump(complete_dump)):
                code = _check(["translate", "import", "spanish", str(path), str(base)], path, base, capsys)
            if code == 0:  # whatever was written is still a file Ren'Py can read as UTF-8
                for tl in (base / "game" / "tl").rglob("*.rpy"):
                    assert "\0" not in tl.read_bytes().decode("utf-8")
    check()


# -- art specs -----------------------------------------------------------------------------

REPO = Path(__file__).resolve().parent.parent
SPECS = ["art/characters/calla.json", "art/backgrounds/funeral.json", "art/expressions.json"]


@pytest.mark.parametrize("rel", SPECS)
def test_fuzz_art_spec_reader(rel):
    """Every mutated spec is read into a validated spec or refused with a VnError naming it
    (the reader is what `vn sprites build` runs before it draws anything)."""
    from vn.errors import VnError, one_line
    from vn.sprites.specs import load_art
    seed = json.loads((REPO / rel).read_text(encoding="utf-8"))

    @FUZZ
    @given(data=json_mutations(seed))
    def check(data: bytes) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            base = Path(tmp)
            for other in SPECS:
                (base / other).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(REPO / other, base / other)
            (base / rel).write_bytes(data)
            try:
                load_art(base)
            except VnError as e:  # printed through one_line, as `vn.cli.run` does
                assert str(e).startswith(rel) and len(one_line(str(e)).splitlines()) == 1, str(e)
    check()


# -- the sprite manifest into `vn sprites check` --------------------------------------------

MANIFEST_SEED = {
    "format": "vn-sprite-manifest", "version": 1,
    "characters": {"calla": {"id": "calla", "image": "calla", "side_only": False, "files": [
        {"image": "calla neutral", "attribute": "neutral", "file": "images/c/calla neutral.png",
         "width": 400, "height": 640},
        {"image": "calla happy", "attribute": "happy", "file": "images/c/calla happy.png",
         "width": 400, "height": 640}]}},
    "backgrounds": [{"name": "funeral", "image": "bg funeral", "file": "images/bg/bg funeral.png",
                     "width": 1280, "height": 720}],
    "cg": []}


@given(data=json_mutations(MANIFEST_SEED))
@FUZZ
def test_fuzz_sprites_check_manifest(data: bytes) -> None:
    import io
    from contextlib import redirect_stderr, redirect_stdout
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        manifest = base / "game" / "images" / "manifest.json"
        manifest.parent.mkdir(parents=True)
        manifest.write_bytes(data)
        before = _snapshot(base)
        err = io.StringIO()
        with redirect_stdout(io.StringIO()), redirect_stderr(err):
            code = run(["sprites", "check", str(base), "--story", str(FIXTURES / "sprites" / "story.json")])
        assert code in (0, 1, 2) and "Traceback" not in err.getvalue()
        if code == 2:
            assert err.getvalue().startswith("vn: game/images/manifest.json") \
                and err.getvalue().count("\n") == 1, err.getvalue()
        assert _snapshot(base) == before


# -- story JSON and playthrough traces into `vn routes` -------------------------------------

ROUTES_STORY = FIXTURES / "routes" / "clean" / "story.json"


def _run_quiet(argv: list[str]) -> tuple[int, str]:
    import io
    from contextlib import redirect_stderr, redirect_stdout
    err = io.StringIO()
    with redirect_stdout(io.StringIO()), redirect_stderr(err):
        code = run(argv)
    return code, err.getvalue()


@given(data=json_mutations(json.loads(ROUTES_STORY.read_text(encoding="utf-8"))))
@FUZZ
def test_fuzz_routes_story(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        story = Path(tmp) / "story.json"
        story.write_bytes(data)
        code, err = _run_quiet(["routes", "--story", str(story), "--json"])
        assert code in (0, 1, 2) and "Traceback" not in err
        if code == 2:
            assert err.startswith("vn: ") and err.count("\n") == 1, err


TRACE_SEED = {"choices": [{"menu": "game/script.rpy:5", "text": "Go left"}], "ending": "ending_human_a"}


@given(data=json_mutations(TRACE_SEED))
@FUZZ
def test_fuzz_routes_coverage_traces(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        traces = Path(tmp) / "traces"
        traces.mkdir()
        (traces / "t.json").write_bytes(data)
        plans = Path(tmp) / "plans"
        code, err = _run_quiet(["routes", "--story", str(ROUTES_STORY), "--coverage", str(traces),
                                "--write-plans", str(plans)])
        assert code in (0, 1, 2) and "Traceback" not in err
        if code == 2:
            assert err.startswith(f"vn: {traces / 't.json'}") and err.count("\n") == 1, err
            assert not plans.exists()


# -- vn web serve: request paths ------------------------------------------------------------

SECRET = b"OUTSIDE-THE-SITE-MARKER"
# Pieces of hostile request paths: traversal spelled every way, NUL, backslashes, non-UTF-8
# bytes, a query, and the links the site folder holds (out of the site and within it).
PATH_PIECES = [b"..", b"%2e%2e", b"%2E%2e", b".%2e", b"%2e", b".", b"/", b"//", b"%2f", b"%2F", b"\\", b"%5c",
               b"%00", b"\x00", b"%ff", b"\xff", b"%c0%ae", b"?", b"#", b"~", b"%", b"%%", b" ",
               b"index.html", b"story.json", b"sub", b"sub/inner.json", b"leak-dir", b"leak-file", b"in-link",
               b"loop", b"secret.txt", b"etc", b"passwd", "é".encode(), b"x" * 300]
GOOD_STATUSES = {200, 301, 304, 400, 403, 404, 414}


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """A served site holding links out of itself, and a record of what its handlers raised."""
    from vn.web import serve
    root = tmp_path_factory.mktemp("serve")
    outside = root / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_bytes(SECRET)
    site = root / "site"
    (site / "sub").mkdir(parents=True)
    (site / "index.html").write_text("<!doctype html><title>x</title>")
    (site / "story.json").write_text("{}")
    (site / "sub" / "inner.json").write_text("[]")
    (site / "leak-dir").symlink_to(outside)
    (site / "leak-file").symlink_to(outside / "secret.txt")
    (site / "in-link").symlink_to(site / "story.json")
    (site / "loop").symlink_to(site / "loop")
    raised: list[BaseException] = []
    original = serve.Server.handle_error

    def record(self, request, client_address):
        import sys
        raised.append(sys.exc_info()[1])
        original(self, request, client_address)

    with mock.patch.object(serve.Server, "handle_error", record):
        server, address = serve.serve_in_thread(site)
        try:
            yield server.server_address[:2], raised
        finally:
            server.shutdown()
            server.server_close()


def _raw_get(address: tuple, target: bytes, gzip_ok: bool) -> tuple[int, bytes]:
    """One request with `target` sent byte for byte (http.client refuses most of them)."""
    import gzip
    import re
    import socket
    with socket.create_connection(address, timeout=10) as s:
        s.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                  + (b"Accept-Encoding: gzip\r\n" if gzip_ok else b"") + b"\r\n")
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    m = re.match(rb"HTTP/1\.[01] (\d{3}) ", head)
    assert m, head[:200]
    if b"content-encoding: gzip" in head.lower():
        body = gzip.decompress(body)
    return int(m.group(1)), body


@given(pieces=st.lists(st.sampled_from(PATH_PIECES), max_size=12), prefix=st.sampled_from([b"/", b"", b"//", b"/sub/"]),
       gzip_ok=st.booleans())
@settings(FUZZ, max_examples=EXAMPLES * 8)   # a request costs a millisecond: many more of them
def test_fuzz_serve_request_paths(hostile_site, pieces, prefix, gzip_ok) -> None:
    address, raised = hostile_site
    target = prefix + b"/".join(pieces) if pieces else prefix or b"/"
    status, body = _raw_get(address, target, gzip_ok)
    assert status in GOOD_STATUSES, (target, status)
    # Neither the outside file nor a listing of the outside folder (error pages echo the path).
    assert SECRET not in body and b'href="secret.txt"' not in body, target
    assert not raised, (target, raised)


@pytest.mark.parametrize("target, status", [
    (b"/leak-file", 404), (b"/leak-dir/", 404), (b"/leak-dir/secret.txt", 404),
    (b"/in-link", 200), (b"/sub/inner.json", 200), (b"/loop", 404), (b"/x%00.json", 400),
    (b"/" + b"a" * 70000, 414)])
def test_serve_links_out_of_the_site_are_not_found(hostile_site, target, status):
    address, raised = hostile_site
    assert _raw_get(address, target, False)[0] == status
    assert not raised


# -- .rpy scripts into the engine's export (and, in `make fuzz`, the lint) ------------------

MINIMAL = FIXTURES / "games" / "minimal"
# A Ren'Py start costs one to five seconds on a loaded machine, a lint about ten: two
# examples in `make test`, 25 (export and lint) in `make fuzz` (FUZZ_EXAMPLES // 40).
RPY_EXAMPLES = max(2, EXAMPLES // 40)
RPY_TOKENS = [b"label ", b"menu:", b"jump ", b"call ", b"return", b"if ", b"elif ", b"else:", b"$ ", b"python:",
              b"init python:", b"define ", b"default ", b"show ", b"scene ", b"translate ", b"screen ", b"    ",
              b"\t", b":", b'"', b"'", b"[", b"{", b"(", b"\\", b"#", b"\x00", b"\xff", b"\r", b"\n", b"from ",
              b"1/0", b"renpy.quit()", b"import os", b"label start:\n", b"__", "\u202e".encode()]


@st.composite
def rpy_mutations(draw, seed: bytes) -> bytes:
    """The script with Ren'Py keywords, indentation and odd bytes put in, or lines cut."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        pos = draw(st.integers(0, len(data)))
        if draw(st.integers(0, 3)) == 0:
            del data[pos:pos + draw(st.integers(1, 60))]
        else:
            data[pos:pos] = draw(st.sampled_from(RPY_TOKENS))
    return bytes(data)


@pytest.mark.engine
def test_fuzz_rpy_through_the_engine_export(capsys):
    """Whatever the script says, `vn export` (and `vn lint` in `make fuzz`) ends with exit
    0, 1 or 2 and at most one line, never a traceback; on 2 the old export is untouched."""
    script = (MINIMAL / "game" / "script.rpy").read_bytes()

    @settings(FUZZ, max_examples=RPY_EXAMPLES)
    @given(data=rpy_mutations(script))
    def check(data: bytes) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            base = Path(tmp) / "game-base"
            shutil.copytree(MINIMAL, base)
            (base / "game" / "script.rpy").write_bytes(data)
            outputs = Path(tmp) / "out"
            outputs.mkdir()
            out = outputs / "story.json"
            out.write_text('{"old": true}')
            if _check(["export", str(base), "--out", str(out)], base, outputs, capsys) == 0:
                assert json.loads(out.read_text(encoding="utf-8"))["format"] == "vn-story-export"
            if EXAMPLES > 25:
                _check(["lint", str(base)], base, outputs, capsys)
    check()


# -- web saves into the real player (Chromium) ----------------------------------------------

SAVES_JS = Path(__file__).resolve().parents[1] / "tools" / "vn" / "web" / "player" / "js" / "saves.js"
# What a refused load may say: the player's own messages (saves.js SAVE_MESSAGES).
LOAD_REFUSALS = {m.replace("\\'", "'") for key, m in re.findall(
    r"^\s+(unreadable|damaged|otherPlayer|otherGame): '((?:[^'\\]|\\.)*)',$", SAVES_JS.read_text(), re.M)}
assert len(LOAD_REFUSALS) == 4, LOAD_REFUSALS
# A browser example costs a page load and a save load (a tenth of a second or so): a few
# in `make test`, FUZZ_EXAMPLES // 4 in `make fuzz`.
WEB_SAVE_EXAMPLES = max(8, EXAMPLES // 4)
# What the page shows after a click on a save: a refusal, the story, or the player's error.
OUTCOME = """() => {
  const b = document.body, notice = document.querySelector('[data-vn=notice]');
  if (!document.querySelector('[data-vn=error]').hidden) {
    return 'error: ' + document.getElementById('error-text').textContent;
  }
  if (!notice.hidden && notice.textContent) return 'refused';
  if (['say', 'menu', 'pause'].includes(b.dataset.vnState) && !b.dataset.vnScreen) return 'loaded';
  return false;
}"""


@pytest.fixture(scope="module")
def web_saves(site, url, browser):
    """A page of the real game's web build, a real save made in it (quick save on the 30th
    line), and the page errors seen since the last example."""
    save_key = json.loads((site.out / "story.json").read_text(encoding="utf-8"))["save_key"]
    ctx = browser.new_context(viewport={"width": 1280, "height": 720}, bypass_csp=True)
    prefix = f"vn-web/{save_key}/"
    ctx.add_init_script(f"localStorage.setItem({json.dumps(prefix + 'prefs')}, "
                        f"{json.dumps(json.dumps({'skipTransitions': True}))})")
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(f"page error: {e}"))
    page.on("console", lambda m: errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.goto(url)
    page.wait_for_selector("body[data-vn-state=title]", state="attached")
    from web_helpers import drive
    assert drive(page, [], stopAtLine=30)["error"] is None
    page.click("[data-vn=quick-save]")
    good = page.evaluate(f"localStorage.getItem({json.dumps(prefix + 'save/quick')})")
    yield page, prefix, good, errors
    ctx.close()


def _load_web_save(web_saves, text: str) -> str:
    """Put `text` in slot 1-1 beside the real save in 1-2, click 1-1 on the title's Load
    screen; return what the page then shows (OUTCOME), after checking it is no error."""
    page, prefix, good, errors = web_saves
    if page.evaluate("document.body.dataset.vnState") != "title":
        page.reload()
        page.wait_for_selector("body[data-vn-state=title]", state="attached")
    page.evaluate("([items, drop]) => { for (const k of drop) localStorage.removeItem(k);"
                  " for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v); }",
                  [{prefix + "save/1-1": text, prefix + "save/1-2": good}, [prefix + "save/quick"]])
    page.evaluate("document.querySelector('[data-vn=notice]').hidden = true")
    errors.clear()
    if page.evaluate("document.body.dataset.vnScreen") == "load":
        page.click("[data-vn=return]")
    page.click("[data-vn=title-load]")
    page.wait_for_selector("[data-vn=slot][data-slot='1-1']")
    page.click("[data-vn=slot][data-slot='1-1']")
    outcome = page.wait_for_function(OUTCOME, timeout=15000).json_value()
    assert not errors and not outcome.startswith("error"), (outcome, errors, text[:300])
    if outcome == "refused":
        # One message, the player's own; the title and the Load screen still up, and the
        # real save beside it still loads.
        notice = page.text_content("[data-vn=notice]")
        assert notice in LOAD_REFUSALS, notice
        where = page.evaluate("[document.body.dataset.vnState, document.body.dataset.vnScreen]")
        assert where == ["title", "load"], where
        page.evaluate("document.querySelector('[data-vn=notice]').hidden = true")
        page.click("[data-vn=slot][data-slot='1-2']")
        assert page.wait_for_function(OUTCOME, timeout=15000).json_value() == "loaded"
    else:
        # Loaded: a line or a menu on screen, and the story goes on from it.
        assert page.is_visible("#window") or page.is_visible("[data-vn=choice]")
    if page.evaluate("document.body.dataset.vnState") == "say":
        n = page.evaluate("Number(document.body.dataset.vnSeq)")
        page.click("[data-vn=advance]")
        page.wait_for_function(f"Number(document.body.dataset.vnSeq) > {n} || "
                               "!document.querySelector('[data-vn=error]').hidden", timeout=15000)
        assert page.is_hidden("[data-vn=error]"), page.text_content("#error-text")
    assert not errors, errors
    return outcome


def test_fuzz_web_saves_into_the_player(web_saves):
    """Any text in a save slot (a real save with values replaced, removed or cut, or bytes
    edited): loading it from the title either plays on from a line or menu or says one of
    the player's refusals with the other save still loading; never an error, a blank page
    or a player stuck between the two."""
    seed = json.loads(web_saves[2])

    @settings(FUZZ, max_examples=WEB_SAVE_EXAMPLES)
    @given(data=json_mutations(seed))
    def check(data: bytes) -> None:
        _load_web_save(web_saves, data.decode("utf-8", "replace"))
    check()


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


# Saves no mutation is likely to hit: deep, huge, and values of the wrong shape where the
# player reads them (the slot's date and preview, the music, the window mode, ...).
ODD_SAVES = {
    "deeply-nested-variable": lambda rec: rec["state"]["vars"].update(trust_human="@DEEP@"),
    "deeply-nested-save": lambda rec: rec.update(extra="@DEEP@"),
    "history-of-4-mb": lambda rec: rec["state"]["hist"].extend(
        [dict(rec["state"]["hist"][-1], t="y" * 1000)] * 4000),
    "line-of-4-mb": lambda rec: rec["state"]["hist"][-1].update(t="z" * 4_000_000),
    "date-out-of-range": lambda rec: rec.update(time=1e300),
    "date-a-string": lambda rec: rec.update(time="yesterday"),
    "preview-an-object": lambda rec: rec.update(preview={"a": 1}, thumb=["bg"]),
    "music-a-string": lambda rec: rec["state"].update(audio={"music": "audio/music/theme.ogg"}),
    "music-files-not-a-list": lambda rec: rec["state"]["audio"]["music"].update(fs="theme"),
    "music-not-in-the-game": lambda rec: rec["state"]["audio"]["music"].update(fs=["../../etc/passwd"]),
    "fade-a-string": lambda rec: rec["state"]["audio"]["ambience"].update(fi="slow"),
    "window-mode-an-object": lambda rec: rec["state"].update(wmode={"x": 1}, nvlAt="top"),
    "screens-not-strings": lambda rec: rec["state"].update(screens=[1, None, {}]),
    "side-images-nested": lambda rec: rec["state"].update(side={"noah": [["x"]]}),
}


@pytest.mark.parametrize("case", sorted(ODD_SAVES))
def test_odd_and_huge_web_saves(web_saves, case):
    rec = json.loads(web_saves[2])
    ODD_SAVES[case](rec)
    text = json.dumps(rec).replace('"@DEEP@"', _nested(100_000))
    assert len(text) < 4_900_000      # under Chromium's 5 MiB quota with the real save beside it
    _load_web_save(web_saves, text)


def test_a_save_over_the_quota_is_refused_and_the_old_one_kept(web_saves):
    """The browser's real quota (5 MiB in Chromium), not a stub: storage filled by another
    key, the next quick save does not fit; the player says so, the earlier quick save is
    still there and loads, the game goes on."""
    page, prefix, good, errors = web_saves
    _load_web_save(web_saves, good)                     # playing, from the real save
    quick = prefix + "save/quick"
    page.click("[data-vn=quick-save]")
    before = page.evaluate(f"localStorage.getItem({json.dumps(quick)})")
    assert before
    page.evaluate("document.querySelector('[data-vn=notice]').hidden = true")
    # The largest filler that still fits: nothing else can be written.
    page.evaluate("""(key) => { let lo = 0, hi = 6e6;
      while (hi - lo > 64) { const m = Math.floor((lo + hi) / 2);
        try { localStorage.setItem(key, 'x'.repeat(m)); lo = m; } catch (e) { hi = m; } }
      localStorage.setItem(key, 'x'.repeat(lo)); }""", prefix + "filler")
    n = page.evaluate("Number(document.body.dataset.vnSeq)")
    page.click("[data-vn=advance]")
    page.wait_for_function(f"Number(document.body.dataset.vnSeq) > {n}")
    errors.clear()
    page.click("[data-vn=quick-save]")
    page.wait_for_function("!document.querySelector('[data-vn=notice]').hidden")
    assert "storage for this game is full" in page.text_content("[data-vn=notice]")
    assert page.evaluate(f"localStorage.getItem({json.dumps(quick)})") == before
    page.evaluate(f"localStorage.removeItem({json.dumps(prefix + 'filler')})")
    page.click("[data-vn=quick-load]")
    page.wait_for_function("document.body.dataset.vnState === 'say'")
    assert page.is_hidden("[data-vn=error]") and not errors, errors


# -- the story export into `vn web build` ----------------------------------------------------

# A web build of the minimal game costs about a second: a fifth of FUZZ_EXAMPLES (at least 5).
WEB_BUILD_EXAMPLES = max(5, EXAMPLES // 5)


@pytest.mark.engine
def test_fuzz_story_export_into_web_build(tmp_path_factory, capsys):
    """The engine's export of the minimal game (what `vn web build` compiles) with values
    replaced, removed or cut: the build ends with exit 0, 1 or 2 and one line, never a
    traceback; on 2 the previous build is untouched."""
    from vn.web import build as web_build
    from vn.web.engine import web_export
    seed = web_export(MINIMAL)
    base = tmp_path_factory.mktemp("webfuzz") / "game-base"
    shutil.copytree(MINIMAL, base)

    @settings(FUZZ, max_examples=WEB_BUILD_EXAMPLES)
    @given(data=json_mutations(seed))
    def check(data: bytes) -> None:
        try:
            export = json.loads(data)
        except ValueError:
            return               # the engine writes JSON; cut text never reaches the compiler
        with tempfile.TemporaryDirectory() as tmp, \
                mock.patch.object(web_build, "web_export", lambda path: copy.deepcopy(export)):
            outputs = Path(tmp) / "outputs"
            site = outputs / "site"
            site.mkdir(parents=True)
            (site / "build.json").write_text(json.dumps({"format": "vn-web-build"}))
            (site / "index.html").write_text("the previous build")
            _check(["web", "build", str(base), "--out", str(site)], base, outputs, capsys)
    check()

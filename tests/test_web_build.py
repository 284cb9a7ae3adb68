"""`vn web build` and `vn web serve` without a browser: the Python subset, text
tags, bad input (fixture games exported with the real engine), the atomic
output folder and the 127.0.0.1 server. The browser tests are in
tests/test_web_player.py."""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import urllib.request
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from vn import cli
from vn.errors import VnError
from vn.web import build as web_build
from vn.web.build import ZIP_MAX_FILES, zip_site
from vn.web import pyexpr, register
from vn.web.compile import LocatedError, compile_story
from vn.web.screens import parse_screen_statement
from vn.web.engine import web_export
from vn.web.serve import HOST, serve_in_thread
from vn.web.text import TextError, check_tags, interpolations, strip_tags

WEB_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "web"
BAD = {
    "missing_image": ("game/script.rpy:9: ", "file game/eileen_happy.png not found"),
    "undefined_image": ("game/script.rpy:8: ", "image 'eileen surprised' not found"),
    "unknown_character": ("game/script.rpy:7: ", "unknown character 'bob'"),
    "unsupported_statement": ("game/script.rpy:7: ", "statement 'voice' is not supported"),
    "unsupported_python": ("game/script.rpy:11: ", "unsupported Python expression"),
    "unsupported_choice_argument": ("game/script.rpy:9: ", "menu choice argument locked=str(key) is not supported"),
    "unsupported_atl": ("game/script.rpy:14: ", "transform 'bob' (defined at game/script.rpy:9): repeat (forever) at line 11"),
}


def run_vn(argv: list[str]) -> int:
    """`vn ARGV` through the front door, vn.cli.run (errors printed as the user sees them)."""
    return cli.run(argv)


# The Python subset ----------------------------------------------------------------

def names(variables=("score", "flag", "mood"), constants=None, functions=None):
    constants = constants or {"LIMITS": {"score": [0, 3]}}
    functions = functions or {}
    return pyexpr.Names(set(variables), lambda n: (n in constants, constants.get(n)),
                        lambda n: functions.get(n))


@pytest.mark.parametrize("source, tree", [
    ("score >= 2 and not flag", ["and", [["cmp", ["v", "score"], [[">=", ["c", 2]]]], ["not", ["v", "flag"]]]]),
    ('mood == "bright" or 1 < score <= 3', ["or", [["cmp", ["v", "mood"], [["==", ["c", "bright"]]]],
                                                   ["cmp", ["c", 1], [["<", ["v", "score"]], ["<=", ["c", 3]]]]]]),
    ("LIMITS['score'][1] - score", ["bin", "-", ["idx", ["idx", ["c", {"score": [0, 3]}], ["c", "score"]], ["c", 1]],
                                    ["v", "score"]]),
    ("max(0, min(3, score + 1))", ["bi", "max", [["c", 0], ["bi", "min", [["c", 3], ["bin", "+", ["v", "score"], ["c", 1]]]]]]),
    ("store.flag", ["v", "flag"]),
    ('"a" if flag else "b"', ["ifx", ["v", "flag"], ["c", "a"], ["c", "b"]]),
])
def test_expressions_compile_to_trees(source, tree):
    assert pyexpr.compile_expression(source, names()) == tree


@pytest.mark.parametrize("source, message", [
    ("score / 2", "true division"),
    ("[x for x in (1, 2)]", "unsupported Python expression"),
    ("renpy.random.random()", "unsupported call"),
    ("unknown_name + 1", "unknown name 'unknown_name'"),
    ("score.real", "unsupported attribute access"),
    ("lambda: 1", "unsupported Python expression"),
    ("f'{score}'", "unsupported Python expression"),
    ("1.0 + score", "float 1.0 is not supported"),
    ("len(x=1)", "keyword arguments"),
])
def test_expressions_outside_the_subset_are_refused(source, message):
    with pytest.raises(pyexpr.CompileError, match=message.replace("(", r"\(")):
        pyexpr.compile_expression(source, names())


def test_statements_and_their_line_offsets():
    assert pyexpr.compile_statements('score += 1\nmood = "x"\nflag, mood = True, "y"', names()) == [
        ["aug", ["v", "score"], "+", ["c", 1]],
        ["set", ["v", "mood"], ["c", "x"]],
        ["set", ["unpack", [["v", "flag"], ["v", "mood"]]], ["list", [["c", True], ["c", "y"]]]],
    ]
    with pytest.raises(pyexpr.CompileError) as err:
        pyexpr.compile_statements("score = 1\nimport os\n", names())
    assert err.value.line_offset == 1 and "unsupported Python statement: import os" in str(err.value)


def test_helper_functions_compile_with_globals_and_locals():
    import ast
    src = ("def bump(name, delta):\n    \"\"\"Doc.\"\"\"\n    low, high = LIMITS[name]\n"
           "    global score\n    score = max(low, min(high, score + delta))\n"
           "    setattr(store, name, getattr(store, name))\n")
    fn = pyexpr.compile_function(ast.parse(src).body[0], names(), "game/x.rpy", 3)
    assert fn.params == ["name", "delta"]
    assert fn.body[0] == ["set", ["unpack", [["l", "low"], ["l", "high"]]],
                          ["idx", ["c", {"score": [0, 3]}], ["l", "name"]]]
    assert fn.body[1][1] == ["v", "score"]
    assert fn.body[2] == ["set", ["dyn", ["l", "name"]], ["dyn", ["l", "name"]]]
    loop = "def f():\n    for i in range(3):\n        pass\n"
    with pytest.raises(pyexpr.CompileError, match="loops"):
        pyexpr.compile_function(ast.parse(loop).body[0], names(), "game/x.rpy", 1)


# Text ----------------------------------------------------------------------------------

def test_text_tags_the_player_renders():
    check_tags("{b}bold{/b} {i}it{/i} {u}u{/u} {s}s{/s} {color=#ff8800}c{/color} {size=+16}big{/size} "
               "{size=12}abs{/size} {alpha=0.5}a{/alpha} {plain}p{/plain} {{literal} {#comment}")
    for bad in ("{w}", "{p=1.0}", "{a=https://x}link{/a}", "{image=x.png}", "{color=red}x{/color}",
                "{font=x.ttf}x{/font}", "{nw}", "{b=1}x{/b}", "{b"):
        with pytest.raises(TextError):
            check_tags(bad)
    assert strip_tags("{size=+16}New {{Caledonia}, {i}2043{/i}{/size}") == "New {Caledonia}, 2043"


def test_interpolations():
    assert interpolations("Hi [name], [[literal] [score!u] [[x]") == [("name", ""), ("score", "u")]
    for bad in ("[a.b]", "[a[0]]", "[a:>3]", "[1]", "[open"):
        with pytest.raises(TextError):
            interpolations(bad)


# Bad input: fixture games exported with the real engine ------------------------------------

@pytest.fixture(scope="module")
def bad_exports():
    """Each bad fixture game's web export (the engine runs, in parallel, once per module)."""
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = {name: pool.submit(web_export, WEB_FIXTURES / "bad" / name) for name in BAD}
        return {name: f.result() for name, f in futures.items()}


@pytest.mark.engine
@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_fails_with_file_and_line_and_writes_nothing(case, bad_exports, tmp_path, capsys, monkeypatch):
    base = tmp_path / case
    shutil.copytree(WEB_FIXTURES / "bad" / case, base)
    out = tmp_path / "site"
    out.mkdir()
    (out / "build.json").write_text(json.dumps({"format": "vn-web-build"}))
    (out / "index.html").write_text("the previous build")
    before = sorted(p.name for p in tmp_path.iterdir())
    # The engine already ran on this game (bad_exports); give the CLI its answer.
    monkeypatch.setattr(web_build, "web_export", lambda path: bad_exports[case])

    # (without --strict each of these is a warning and a visible skip in the player)
    assert run_vn(["web", "build", str(base), "--out", str(out), "--strict"]) == 2

    where, what = BAD[case]
    err = capsys.readouterr().err
    assert err.startswith("vn: " + where) and what in err, err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert (out / "index.html").read_text() == "the previous build"
    assert sorted(p.name for p in tmp_path.iterdir()) == before   # no temporary folder left


@pytest.mark.engine
def test_engine_parse_error_is_one_line(tmp_path, capsys, root):
    base = tmp_path / "broken"
    shutil.copytree(root / "tests" / "fixtures" / "games" / "broken", base)
    out = tmp_path / "site"
    # (without --strict each of these is a warning and a visible skip in the player)
    assert run_vn(["web", "build", str(base), "--out", str(out), "--strict"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("vn: game/script.rpy:3: ") and err.count("\n") == 1
    assert not out.exists()


def test_refuses_to_replace_a_folder_that_is_not_a_build(tmp_path, capsys):
    base = tmp_path / "game_base"
    (base / "game").mkdir(parents=True)
    out = tmp_path / "precious"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    # (without --strict each of these is a warning and a visible skip in the player)
    assert run_vn(["web", "build", str(base), "--out", str(out), "--strict"]) == 2
    assert "is not a web build; refusing to replace it" in capsys.readouterr().err
    assert (out / "notes.txt").read_text() == "mine"


@pytest.mark.engine
def test_splashscreen_is_refused_with_strict_and_not_run_without(bad_exports):
    data = json.loads(json.dumps(bad_exports["missing_image"]))
    story = data["story"]
    splash = {"id": "splash", "kind": "label", "name": "splashscreen", "parameters": None, "hide": False,
              "file": "game/script.rpy", "line": 1, "next": None}
    story["nodes"].append(splash)
    story["labels"]["splashscreen"] = splash["id"]
    game = WEB_FIXTURES / "bad" / "missing_image" / "game"
    with pytest.raises(LocatedError, match=r"game/script.rpy:\d+: label splashscreen"):
        compile_story(data, game, strict=True)
    compiled = compile_story(data, game)
    assert any(re.match(r"game/script.rpy:\d+: label splashscreen .* \(the web player does not run it\)$", w)
               for w in compiled.warnings), compiled.warnings
    assert "splashscreen" not in compiled.story["labels"]


@pytest.mark.engine
@pytest.mark.parametrize("case", sorted(BAD))
def test_without_strict_each_refusal_is_a_warning_and_a_visible_skip(case, bad_exports):
    """The same games build without --strict: the warning names file:line, and the player
    gets a `skip` record at that line whose note (console.info) says why."""
    where, what = BAD[case]
    compiled = compile_story(bad_exports[case], WEB_FIXTURES / "bad" / case / "game")
    assert [w for w in compiled.warnings if w.startswith(where)] and what in compiled.warnings[0]
    skips = [r for r in compiled.story["code"] if r["k"] == "skip"]
    assert any(r["why"].startswith(where) and what in r["why"] for r in skips), skips


# Screens: what the player cannot show is a warning naming file:line, never a crash --------

@pytest.mark.parametrize("source, parsed", [
    ("door", ("door", None, "")),
    ('text("bold_text")', ("text", [[None, "'bold_text'"]], "")),
    ("caption('Hi', loud=True) with dissolve",
     ("caption", [[None, "'Hi'"], ["loud", "True"]], "with dissolve")),
    ("hbox('spacing_hbox', False) nopredict",
     ("hbox", [[None, "'spacing_hbox'"], [None, "False"]], "nopredict")),
    ("f(*xs, **kw)", ("f", [["*", "xs"], ["**", "kw"]], "")),
    ("f(1", None), ("expression name", ("expression", None, "name")), ("(1)", None),
])
def test_screen_statements_parse(source, parsed):
    assert parse_screen_statement(source) == parsed


@pytest.fixture(scope="module")
def screen_problems():
    game = WEB_FIXTURES / "bad" / "screen_problems"
    return web_export(game), game / "game"


@pytest.mark.engine
def test_screen_problems_are_warnings_with_file_and_line(screen_problems):
    data, game = screen_problems
    compiled = compile_story(data, game)
    at = "game/script.rpy:"
    assert compiled.warnings == [
        at + "10: screen meter: bar value VariableValue(\"volume\", 10): only a bar that shows a value "
        "(value X range R, StaticValue, AnimatedValue) is supported by the web player "
        "(left out by the web player)",
        at + "11: screen meter: action Function(renpy.quit) is not supported by the web player (only "
        "Return, Jump, SetVariable, SetScreenVariable, ToggleScreenVariable, ToggleVariable, Show, Hide, "
        "NullAction, OpenURL) (left out by the web player)",
        at + "12: screen meter: unknown or unsupported function enumerate(): enumerate(['a', 'b']) "
        "(in 'enumerate([\"a\", \"b\"])') (left out by the web player)",
        at + "22: show screen meter: screen meter takes 2 arguments, 3 given",
        at + "23: call screen meter: missing argument level",
        at + "24: call screen meter: unexpected argument colour",
        at + "25: screen empty has no buttons the web player can show: it would wait forever",
    ]
    code = compiled.story["code"]
    assert sorted(r["l"] for r in code if r["k"] == "skip") == [22, 23, 24, 25]
    # The screen keeps what the player can show: its text, with the scope's names, and Done.
    meter = compiled.story["screens"]["meter"]
    assert meter == {"p": [["level", None], ["label", ["c", "Level"]]],
                     "c": [{"k": "t", "s": "[label] [level]"},
                           {"k": "b", "s": "Done", "a": [["ret", ["l", "level"]]]}]}
    shown = [r for r in code if r["k"] == "show_screen"]
    assert [(r["n"], r["a"], r["kw"]) for r in shown] == [("meter", [["v", "volume"]], {})]
    with pytest.raises(LocatedError, match=r"^game/script.rpy:10: screen meter: bar value VariableValue"):
        compile_story(data, game, strict=True)


# The server ----------------------------------------------------------------------------------

def test_serve_listens_on_localhost_only(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<!doctype html><title>t</title>")
    (site / "story.json").write_text("{}")
    (site / "img").mkdir()
    (site / "img" / "a.webp").write_bytes(b"RIFF0000WEBP")
    server, url = serve_in_thread(site)
    try:
        assert server.server_address[0] == HOST == "127.0.0.1"
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(url) as r:
            assert r.status == 200 and b"<title>t</title>" in r.read()
        with urllib.request.urlopen(url + "img/a.webp") as r:
            assert r.headers["Content-Type"] == "image/webp"
            assert "immutable" in r.headers["Cache-Control"]
        with urllib.request.urlopen(url + "story.json") as r:
            assert r.headers["Content-Type"].startswith("application/json")
    finally:
        server.shutdown()
        server.server_close()


def test_serve_refuses_a_folder_without_a_build(tmp_path, capsys):
    assert run_vn(["web", "serve", str(tmp_path)]) == 2
    assert "not a web build (run `vn web build` first)" in capsys.readouterr().err


# The itch.io zip (`vn web build --zip`) -------------------------------------------------

def fake_site(path: Path, files: dict[str, str]) -> Path:
    for rel, text in {"index.html": "<!doctype html>", "story.json": "{}", **files}.items():
        (path / rel).parent.mkdir(parents=True, exist_ok=True)
        (path / rel).write_text(text)
    return path


def test_zip_site_puts_index_at_the_root_and_is_reproducible(tmp_path):
    site = fake_site(tmp_path / "site", {"img/a.webp": "x" * 100, "js/main.js": "js" * 500})
    first = zip_site(site, tmp_path / "a.zip")
    zip_site(site, tmp_path / "b.zip")
    assert first == {"files": 4, "bytes": (tmp_path / "a.zip").stat().st_size, "unpacked": 1117}
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()
    with zipfile.ZipFile(tmp_path / "a.zip") as z:
        assert sorted(z.namelist()) == ["img/a.webp", "index.html", "js/main.js", "story.json"]
        assert z.getinfo("img/a.webp").compress_type == zipfile.ZIP_STORED
        assert z.getinfo("js/main.js").compress_type == zipfile.ZIP_DEFLATED


@pytest.mark.parametrize("files, message", [
    ({f"img/{i}.webp": "" for i in range(ZIP_MAX_FILES)}, "1002 files (itch.io takes 1000)"),
    ({"a/" * 120 + "x.webp": ""}, "path longer than 240 characters"),
])
def test_zip_site_refuses_what_itch_io_refuses(files, message, tmp_path):
    site = fake_site(tmp_path / "site", files)
    with pytest.raises(VnError, match=re.escape(message)):
        zip_site(site, tmp_path / "out.zip")
    assert not (tmp_path / "out.zip").exists() and not list(tmp_path.glob(".out.zip.*"))


def test_zip_to_a_folder_is_refused_before_building(tmp_path, capsys):
    base = tmp_path / "game_base"
    (base / "game").mkdir(parents=True)
    (tmp_path / "dir.zip").mkdir()
    assert run_vn(["web", "build", str(base), "--out", str(tmp_path / "out"), "--zip", str(tmp_path / "dir.zip")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "dir.zip: is a directory, expected a file" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.engine
def test_build_with_zip_from_the_command_line(tmp_path, capsys):
    showcase = Path(__file__).parent / "fixtures" / "web" / "showcase"
    archive = tmp_path / "itch" / "showcase.zip"
    assert run_vn(["web", "build", str(showcase), "--out", str(tmp_path / "site"), "--zip", str(archive), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    with zipfile.ZipFile(archive) as z:
        names = z.namelist()
    assert report["zip"] == {"files": len(names), "bytes": archive.stat().st_size,
                             "unpacked": report["total_bytes"], "path": str(archive)}
    assert sorted(names) == sorted(p.relative_to(tmp_path / "site").as_posix()
                                   for p in (tmp_path / "site").rglob("*") if p.is_file())

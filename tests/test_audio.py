"""The sound pipeline (`vn audio build|check`, the `audio-missing` rule, play statements on
the web) on a tiny fixture (tests/fixtures/audio: a 4-second loop and a blip), measured with
ffmpeg as a listener would: loudness, true peak, the loop's seam."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from vn import cli
from vn.audio import build as audio_build
from vn.audio import plays
from vn.audio.check import check
from vn.audio.measure import decode, measure, seam_jump
from vn.audio.midi import length_seconds
from vn.rules import audio_missing
from vn.rules.base import Context

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "audio"
MUSIC = "game/audio/music/loop.ogg"
BLIP = "game/audio/sfx/blip.ogg"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The fixture game with its sound built once for the module (about 2 s)."""
    base = tmp_path_factory.mktemp("audio") / "game_dir"
    shutil.copytree(FIXTURE, base)
    assert cli.run(["audio", "build", str(base), "--quiet"]) == 0
    return base


def _copy(built: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "copy"
    shutil.copytree(built, dest)
    return dest


def _files(base: Path) -> dict[str, float]:
    return {p.relative_to(base).as_posix(): p.stat().st_mtime_ns
            for p in sorted((base / "game" / "audio").rglob("*")) if p.is_file()}


def test_build_writes_opus_at_the_loudness_targets(built):
    for rel, kind in ((MUSIC, "music"), (BLIP, "sfx")):
        p = built / rel
        assert p.read_bytes()[:4] == b"OggS" and b"OpusHead" in p.read_bytes()[:200]
        assert stat.S_IMODE(p.stat().st_mode) == 0o644
        m = measure(p)
        assert abs(m.lufs - audio_build.KINDS[kind].lufs) <= (1.0 if kind == "music" else 2.0), m
        assert m.true_peak <= -1.0, m


def test_loop_length_is_the_music_and_the_seam_does_not_click(built):
    samples = decode(built / MUSIC, channels=2)
    assert len(samples) / 2 / audio_build.RATE == pytest.approx(4.0, abs=0.01)   # two bars at 120
    seam, typical = seam_jump(samples, channels=2)
    # The step from the last sample to the first is no bigger than the music's own steps.
    assert seam <= typical * 1.5, (seam, typical)


def test_listen_makes_30_second_excerpts_and_sox_spectrograms(built, tmp_path, capsys):
    from PIL import Image
    out = tmp_path / "listen"
    assert cli.run(["audio", "listen", str(built), "--out", str(out), "--kind", "all"]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "music-loop.ogg", "music-loop.png", "sfx-blip.ogg", "sfx-blip.png"]
    # The 4-second loop looped to 30 s, as the game loops it; the effect once, as it plays.
    assert len(decode(out / "music-loop.ogg")) / 48000 == pytest.approx(30.0, abs=0.03)
    assert measure(out / "sfx-blip.ogg").seconds < 3.0
    with Image.open(out / "music-loop.png") as im:
        assert im.format == "PNG" and im.width > 1200 and im.height > 513
        # SoX's colour scale on a piece of music: many shades, not a blank plot.
        assert len(im.convert("RGB").getcolors(1 << 16) or range(1 << 16)) > 100
    assert "music-loop.png" in capsys.readouterr().out


@pytest.mark.parametrize("args, message", [
    (["--seconds", "0"], "--seconds 0: give 1 to 600"),
    (["--out", "FILE"], "is a file, expected a folder"),
])
def test_listen_bad_input_is_one_line(built, tmp_path, capsys, args, message):
    (tmp_path / "FILE").write_text("x")
    args = [str(tmp_path / "FILE") if a == "FILE" else a for a in args]
    assert cli.run(["audio", "listen", str(built), "--out", str(tmp_path / "out"), *args]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0], err
    assert not (tmp_path / "out").exists()


def test_wrap_loop_folds_the_tail_into_the_start():
    pcm = [0.0] * 10 + [0.5, 0.25]   # 10 frames of music, then a 2-frame tail (mono)
    import array
    out = array.array("f")
    out.frombytes(audio_build.wrap_loop(array.array("f", pcm).tobytes(), 1, 10 / audio_build.RATE))
    assert list(out) == [0.5, 0.25] + [0.0] * 8


def test_effects_are_cut_where_they_die_away(built):
    assert measure(built / BLIP).seconds < 3.0   # the bar's rests and the long ring are gone


def test_rebuild_writes_nothing_when_up_to_date(built, tmp_path):
    base = _copy(built, tmp_path)
    before = _files(base)
    res = audio_build.build(base, quiet=True)
    assert res["written"] == [] and res["skipped"] == 2 and res["removed"] == []
    assert _files(base) == before
    # Editing one source renders that one only.
    src = base / "audio" / "sfx" / "blip.abc"
    src.write_text(src.read_text().replace("e'2 b'2", "e'2 a'2"))
    res = audio_build.build(base, quiet=True)
    assert res["written"] == [BLIP]


def test_only_the_rendering_code_stamps_the_files(tmp_path, monkeypatch):
    """Editing `audio check`, `audio listen` or the command line renders nothing again;
    editing the renderer renders everything."""
    pkg = tmp_path / "audio"
    shutil.copytree(Path(audio_build.__file__).parent, pkg, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(audio_build, "PKG_DIR", pkg)
    before = audio_build.code_hash()
    for name in ("check.py", "listen.py", "__init__.py", "plays.py"):
        (pkg / name).write_text((pkg / name).read_text() + "\n# edited\n")
    (pkg / "new_command.py").write_text("x = 1\n")
    assert audio_build.code_hash() == before
    (pkg / "midi.py").write_text((pkg / "midi.py").read_text() + "\n# edited\n")
    assert audio_build.code_hash() != before


def test_build_is_deterministic(built, tmp_path):
    base = _copy(built, tmp_path)
    audio_build.build(base, force=True, quiet=True, jobs_n=1)
    assert (base / BLIP).read_bytes() == (built / BLIP).read_bytes()


@pytest.mark.parametrize("text, line, message", [
    ("X:1\nT:bad\nM:4/4\nL:1/8\nK:C\nC2D2 E2F2 |\nG2 ^^^ A2 |]\n", 7, "Malformed note"),
    ("%%vn lowpass loud\nX:1\nT:bad\nM:4/4\nL:1/8\nK:C\nC8 |]\n", 1, "lowpass wants a frequency"),
    ("%%vn reverb 3\nX:1\nT:bad\nM:4/4\nL:1/8\nK:C\nC8 |]\n", 1, "expected `%%vn lowpass HZ`"),
])
def test_malformed_source_is_one_line_exit_2_nothing_written(built, tmp_path, capsys, text, line, message):
    base = _copy(built, tmp_path)
    (base / "game" / "audio").rename(base / "old_audio")
    (base / "audio" / "music" / "bad.abc").write_text(text)
    stamps = (base / audio_build.STAMPS).read_bytes()
    assert cli.run(["audio", "build", str(base)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"vn: audio/music/bad.abc:{line}: ") and message in err[0], err
    assert not (base / "game" / "audio").exists()
    assert (base / audio_build.STAMPS).read_bytes() == stamps


def test_a_source_outside_the_kinds_is_bad_input(tmp_path, capsys):
    (tmp_path / "audio" / "tunes").mkdir(parents=True)
    (tmp_path / "audio" / "tunes" / "x.abc").write_text("X:1\nK:C\nC8|]\n")
    assert cli.run(["audio", "build", str(tmp_path)]) == 2
    assert capsys.readouterr().err.startswith("vn: audio/tunes/x.abc:1: folder 'tunes'")


def test_midi_length_follows_the_tempo(built, tmp_path):
    src = audio_build.find_sources(built)[0]
    text = src.path.read_text()
    midi = audio_build.to_midi(src, text, tmp_path)
    assert length_seconds(midi) == pytest.approx(4.0, abs=1e-3)


def _story(*sources: str) -> dict:
    return {"nodes": [{"kind": "user", "name": s.split()[0], "source": s, "file": "game/script.rpy",
                       "line": i + 1} for i, s in enumerate(sources)]}


def test_play_statements_are_read_word_by_word():
    p = plays.parse('play music "audio/music/a.ogg" fadein 2.0 if_changed')
    assert (p.verb, p.channel, p.files, p.fadein, p.if_changed) == ("play", "music", ["audio/music/a.ogg"], 2.0, True)
    p = plays.parse("queue sound ['a.ogg', 'b.ogg'] noloop")
    assert (p.files, p.loop) == (["a.ogg", "b.ogg"], False)
    assert plays.parse("stop ambience fadeout 1.5").fadeout == 1.5
    with pytest.raises(plays.PlayError, match="quoted file name"):
        plays.parse("play music audio.theme")


def test_check_reports_levels_and_the_files_nothing_plays(built):
    rep = check(built, _story('play music "audio/music/loop.ogg"'))
    assert rep["problems"] == [], rep["problems"]
    assert {f["file"] for f in rep["files"]} == {MUSIC, BLIP}
    assert rep["unused"] == []   # the blip is named in game/script.rpy
    rep = check(built, _story('play sound "audio/sfx/gone.ogg"'))
    assert rep["missing"] == [{"file": "audio/sfx/gone.ogg", "where": ["game/script.rpy:1"]}]


def test_check_flags_a_stale_file(built, tmp_path):
    base = _copy(built, tmp_path)
    src = base / "audio" / "sfx" / "blip.abc"
    src.write_text(src.read_text() + "% edited\n")
    rep = check(base, None)
    assert any("blip.ogg: out of date" in p for p in rep["problems"])
    assert cli.run(["audio", "check", str(base), "--no-story"]) == 1


def test_audio_missing_rule(built, tmp_path):
    base = _copy(built, tmp_path)
    ok = _story('play music "audio/music/loop.ogg" fadein 1.0')
    assert list(audio_missing.check(ok, Context(base))) == []
    bad = _story('play music "audio/music/loop.ogg"', 'play sound "audio/sfx/drll.ogg"')
    problems = list(audio_missing.check(bad, Context(base)))
    assert [(p.file, p.line, p.rule) for p in problems] == [("game/script.rpy", 2, "audio-missing")]
    assert "game/audio/sfx/drll.ogg does not exist" in problems[0].message
    # A built file that is gone: the hint says which source renders it.
    os.unlink(base / BLIP)
    problems = list(audio_missing.check(ok, Context(base)))   # blip.ogg is named in script.rpy
    assert len(problems) == 1 and "renders audio/sfx/blip.abc" in problems[0].message


@pytest.mark.engine
def test_web_build_plays_the_fixture_game(built, tmp_path):
    from vn.web.build import build_web
    site = build_web(built, tmp_path / "web")
    story = json.loads((site.out / "story.json").read_text())
    ops = [(s["op"], s["ch"], s["fs"]) for s in story["code"] if s["k"] == "audio"]
    assert ops == [("play", "music", ["audio/music/loop.ogg"]), ("play", "ambience", ["audio/music/loop.ogg"]),
                   ("play", "sound", ["audio/sfx/blip.ogg"]), ("stop", "ambience", []), ("stop", "music", [])]
    assert story["main_menu_music"] == "audio/music/loop.ogg"
    for rel in ("audio/music/loop.ogg", "audio/sfx/blip.ogg"):
        assert (site.out / rel).read_bytes() == (built / "game" / rel).read_bytes()


# `browser` is conftest.py's one Chromium: a second sync Playwright in the same worker fails.


@pytest.mark.engine
def test_web_player_plays_music_after_the_first_click(built, tmp_path, browser):
    from vn.web.build import build_web
    from vn.web.serve import serve_in_thread
    site = build_web(built, tmp_path / "web")
    server, address = serve_in_thread(site.out)
    try:
        page = browser.new_context(bypass_csp=True).new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(address)
        page.wait_for_selector("[data-vn=start]")
        # Before any interaction nothing plays, not even the title's music.
        assert page.evaluate("document.querySelector('[data-vn=audio-music]')?.paused ?? true")
        page.click("[data-vn=start]")
        page.wait_for_function("() => { const a = document.querySelector('[data-vn=audio-music]');"
                               " return a && a.src.endsWith('audio/music/loop.ogg') && !a.paused; }")
        state = page.evaluate("(() => { const a = document.querySelector('[data-vn=audio-music]');"
                              " return {loop: a.loop, amb: document.querySelector('[data-vn=audio-ambience]').src}; })()")
        assert state["loop"] is True and state["amb"].endswith("audio/music/loop.ogg")
        # Mute in the preferences: every channel's volume goes to zero, and stays saved.
        page.click("[data-vn=prefs]")
        page.click("[data-vn=pref-mute]")
        assert page.evaluate("document.querySelector('[data-vn=audio-music]').volume") == 0
        prefs = page.evaluate("JSON.parse(Object.entries(localStorage).find(([k]) => k.endsWith('/prefs'))[1])")
        assert prefs["mute"] is True and prefs["volMusic"] == 70
        assert errors == []
    finally:
        server.shutdown()
        server.server_close()



def test_about_and_credits_name_the_soundfont_the_build_plays_and_its_licence(story):
    """The About screen (gui.about) and the end credits credit the SoundFont that
    `vn audio build` renders with, under the licence its Debian package states."""
    font = audio_build.SOUNDFONT.resolve()
    owner = subprocess.run(["dpkg", "-S", str(font)], capture_output=True, text=True, check=True)
    package = owner.stdout.split(":")[0]
    copyright_text = Path(f"/usr/share/doc/{package}/copyright").read_text(encoding="utf-8")
    licence = re.search(r"^License:\s*GPL-(\d)", copyright_text, re.M)
    assert licence, f"{package}: no GPL licence line in its copyright file"
    credit = f"{font.stem} SoundFont"
    about = next(n["source"] for n in story["nodes"]
                 if n["kind"] == "define" and n.get("store") == "store.gui" and n.get("name") == "about")
    credits = [n["what"] for n in story["nodes"] if n["kind"] == "say" and credit in n.get("what", "")]
    for text in (about, *credits):
        assert credit in text and f"GNU GPL version {licence.group(1)}" in " ".join(text.split())
    assert credits, "the end credits do not name the SoundFont"

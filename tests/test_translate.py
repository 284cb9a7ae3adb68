"""`vn translate` on small fixture games (tests/fixtures/translate/), one case each, and
on the real game.

The engine starts as few times as possible: each fixture game is dumped once per
session (`tl_dumps`), and the commands under test are served that dump for copies
of the fixture (`cached_engine`); only the tests of the engine's own work (init,
an import read back by Ren'Py) start it again.
"""

from __future__ import annotations

import copy
import csv
import hashlib
import io
import json
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from vn.translate import cli as tcli
from vn.translate import dump as tdump
from vn.translate import importer as timporter
from vn.translate import prune as tprune
from vn import cli
from vn.translate.model import Catalog

pytestmark = pytest.mark.engine

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "translate"
CASES = ("complete", "untranslated", "missing", "stale", "placeholder", "unbalanced")
LANG = "spanish"


def run(argv: list[str]) -> int:
    """`vn translate ARGV` through the front door."""
    return cli.run(["translate", *argv])


class Dumps:
    """Each fixture game (and the real game, under its own name) dumped by the engine at most
    once per test run: the first xdist worker to ask computes it, the others read it back."""

    def __init__(self, once, root: Path):
        self.once, self.root = once, root

    def __getitem__(self, case: str) -> dict:
        base = self.root if case == "real game" else FIXTURES / case
        return self.once(f"tl-dump-{case.replace(' ', '-')}", lambda: tdump.dump(base)[0])


@pytest.fixture(scope="session")
def tl_dumps(once, root) -> Dumps:
    return Dumps(once, root)


@pytest.fixture
def game(tmp_path):
    """A copy of a fixture game: game("stale") -> base dir named after the case."""
    def make(case: str) -> Path:
        dest = tmp_path / case
        shutil.copytree(FIXTURES / case, dest)
        return dest
    return make


@pytest.fixture
def cached_engine(monkeypatch, tl_dumps, root):
    """Serve the run's dumps to the commands, for fixture copies named by case."""
    def fake_dump(path, *, copy_language=None, timeout=None):
        base = Path(path).resolve()
        data = copy.deepcopy(tl_dumps["real game" if base == root else base.name])
        data["base"] = str(base)
        snap = tdump.take_snapshot(base, copy_language) if copy_language else None
        return data, snap
    monkeypatch.setattr(tcli, "dump", fake_dump)
    monkeypatch.setattr(timporter, "dump", fake_dump)
    monkeypatch.setattr(tprune, "dump", fake_dump)


def tree(base: Path) -> dict[str, str]:
    """Every file under game/tl/ with a hash of its bytes."""
    return {p.relative_to(base).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted((base / "game" / "tl").rglob("*")) if p.is_file()}


def status_json(base: Path, capsys) -> tuple[int, dict]:
    code = run(["status", LANG, str(base), "--json"])
    return code, json.loads(capsys.readouterr().out)[LANG]


# ---------------------------------------------------------------------------
# status: one case per fixture game


def test_status_complete(game, cached_engine, capsys):
    code, s = status_json(game("complete"), capsys)
    assert code == 0
    assert s["total"] == s["translated"] > 6
    assert (s["untranslated"], s["missing"], s["stale"], s["placeholder_errors"]) == (0, 0, 0, [])
    assert s["files"]["game/script.rpy"] == {"total": 6, "translated": 6, "untranslated": 0,
                                             "missing": 0, "stale": 0}
    assert {k: v["total"] for k, v in s["kinds"].items() if k != "common"} == {
        "dialogue": 3, "menu": 2, "interface": 1}


def test_status_untranslated(game, cached_engine, capsys):
    code, s = status_json(game("untranslated"), capsys)
    assert code == 1
    assert s["files"]["game/script.rpy"]["untranslated"] == 6
    assert s["missing"] == s["stale"] == 0
    # Ren'Py's own strings with no words ("{#...}%s") are complete as they are.
    assert s["translated"] == s["kinds"]["common"]["translated"] > 0


def test_status_missing(game, cached_engine, capsys):
    code, s = status_json(game("missing"), capsys)
    assert code == 1
    assert s["files"]["game/script.rpy"] == {"total": 6, "translated": 2, "untranslated": 0,
                                             "missing": 4, "stale": 0}
    assert s["kinds"]["menu"]["missing"] == 2
    assert s["kinds"]["common"]["missing"] == s["kinds"]["common"]["total"]


def test_status_stale(game, cached_engine, capsys):
    code, s = status_json(game("stale"), capsys)
    assert code == 1
    assert s["stale"] == 4
    stale = {(x["file"], x["line"]): x for x in s["stale_lines"]}
    # An edited line: its new id's block is Ren'Py's untranslated copy; the old
    # translation survives under the old id.
    hello = stale[("game/script.rpy", 7)]
    assert hello["source"] == "Hello, [name]! How are you today?"
    assert hello["previous"]["source"] == "Hello, [name]! How are you?"
    assert hello["previous"]["translation"] == "¡Hola, [name]! ¿Cómo estás?"
    # An edited line whose new block is missing altogether.
    assert stale[("game/script.rpy", 15)]["previous"]["source"] == "Goodbye."
    # An explicit id keeps its id: the source comment in its block tells.
    see_you = stale[("game/script.rpy", 14)]
    assert see_you["id"] == "start_see_you" and see_you["previous"]["source"] == "See you."
    # A menu choice: strings are keyed by their text.
    leave = stale[("game/script.rpy", 9)]
    assert (leave["source"], leave["previous"]["source"], leave["previous"]["translation"]) == (
        "Leave now", "Leave", "Irse")
    # A deleted line's translation explains nothing: orphaned.
    assert [o["source"] for o in s["orphaned"]] == ["This line was cut."]


def test_status_placeholder(game, cached_engine, capsys):
    code, s = status_json(game("placeholder"), capsys)
    assert code == 1
    assert s["placeholder_errors"] == [
        {"id": "start_8ad42bfc", "file": "game/tl/spanish/script.rpy", "line": 7,
         "message": "[name] of the source is missing"},
        {"id": "start_8ad42bfc", "file": "game/tl/spanish/script.rpy", "line": 7,
         "message": "[nombre] is not in the source"}]


def test_status_unbalanced(game, cached_engine, capsys):
    code, s = status_json(game("unbalanced"), capsys)
    assert code == 1
    assert [(e["line"], e["message"]) for e in s["placeholder_errors"]] == [
        (13, "text tag(s) left open: {b}"),
        (29, "closing tag {/b} does not match open tag {i}")]


def test_status_text_report_and_all_languages(game, cached_engine, capsys):
    base = game("stale")
    assert run(["status", str(base)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("spanish: 3 of ")
    assert "game/script.rpy:7: start_8ad42bfc: was 'Hello, [name]! How are you?'" in out
    assert "orphaned translations (their source line is gone): 1" in out


def test_status_bad_input(game, cached_engine, capsys):
    base = game("complete")
    assert run(["status", "french", str(base)]) == 2
    assert capsys.readouterr().err == ("vn: game/tl/french: no such translation "
                                       "(run `vn translate init french`)\n")
    assert run(["status", "not-a-language", str(base)]) == 2
    assert run(["status", LANG, str(base / "nowhere")]) == 2


# ---------------------------------------------------------------------------
# export


@pytest.mark.parametrize("case", CASES)
def test_export_po_passes_msgfmt(case, game, cached_engine, tmp_path, capsys):
    out = tmp_path / f"{case}.po"
    assert run(["export", LANG, str(game(case)), "--format", "po", "--out", str(out)]) == 0
    check = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(out)], capture_output=True,
                           text=True)
    assert check.returncode == 0, check.stderr
    po = polib.pofile(str(out))
    assert po.metadata["Language"] == "es" and po.metadata["X-RenPy-Language"] == LANG
    hello = next(e for e in po if e.msgid.startswith("Hello, [name]"))
    assert hello.occurrences == [("game/script.rpy", "7")]
    assert "speaker: Eileen (e)" in hello.comment and "scene: start" in hello.comment


def test_export_po_entries(game, cached_engine, tmp_path):
    out = tmp_path / "stale.po"
    assert run(["export", LANG, str(game("stale")), "--out", str(out)]) == 0
    po = {(e.msgctxt, e.msgid): e for e in polib.pofile(str(out))}
    late = po[("start_0bd2e32f", "It is {b}very{/b} late.")]
    assert (late.msgstr, late.flags) == ("Es {b}muy{/b} tarde.", [])
    hello = po[("start_8ad42bfc", "Hello, [name]! How are you today?")]
    assert hello.flags == ["fuzzy"]
    assert hello.previous_msgid == "Hello, [name]! How are you?"
    assert hello.msgstr == "¡Hola, [name]! ¿Cómo estás?"
    leave = po[("strings", "Leave now")]
    assert (leave.flags, leave.previous_msgid, leave.msgstr) == (["fuzzy"], "Leave", "Irse")
    assert "menu choice" in leave.comment
    assert po[("strings", "Eileen")].msgstr == "Eileen la guía"


def test_export_csv(game, cached_engine, tmp_path):
    out = tmp_path / "stale.csv"
    assert run(["export", LANG, str(game("stale")), "--out", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert list(rows[0]) == ["id", "reference", "kind", "label", "speaker", "source", LANG,
                             "state", "previous_source", "previous_translation"]
    by_source = {r["source"]: r for r in rows}
    assert by_source["It is {b}very{/b} late."] == {
        "id": "start_0bd2e32f", "reference": "game/script.rpy:8", "kind": "dialogue",
        "label": "start", "speaker": "narrator", "source": "It is {b}very{/b} late.",
        LANG: "Es {b}muy{/b} tarde.", "state": "translated", "previous_source": "",
        "previous_translation": ""}
    goodbye = by_source["Goodbye, [name]."]
    assert (goodbye[LANG], goodbye["state"], goodbye["previous_translation"]) == (
        "", "stale", "Adiós.")


# ---------------------------------------------------------------------------
# import


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("fmt", ["po", "csv"])
def test_round_trip_changes_no_byte(case, fmt, game, cached_engine, tmp_path, capsys):
    base = game(case)
    before = tree(base)
    out = tmp_path / f"out.{fmt}"
    assert run(["export", LANG, str(base), "--out", str(out)]) == 0
    assert run(["import", LANG, str(out), str(base)]) == 0
    assert tree(base) == before
    assert "0 translation(s) applied" in capsys.readouterr().out


def _edit_po(path: Path, changes: dict[tuple[str, str], str], unfuzzy: bool = True) -> None:
    po = polib.pofile(str(path))
    for e in po:
        if (e.msgctxt, e.msgid) in changes:
            e.msgstr = changes[(e.msgctxt, e.msgid)]
            if unfuzzy and "fuzzy" in e.flags:
                e.flags.remove("fuzzy")
                e.previous_msgid = None
    po.save(str(path))


def test_import_edits_in_place_and_appends(game, cached_engine, tmp_path, capsys):
    base = game("stale")
    po = tmp_path / "stale.po"
    assert run(["export", LANG, str(base), "--out", str(po)]) == 0
    _edit_po(po, {
        ("start_8ad42bfc", "Hello, [name]! How are you today?"): "¡Hola, [name]! ¿Qué tal hoy?",
        ("start_see_you", "See you tomorrow."): "Hasta mañana.",
        ("start_265c1f46", "Goodbye, [name]."): 'Adiós, "[name]".',
        ("strings", "Leave now"): "Irse  ya",
    })
    tl = base / "game/tl/spanish/script.rpy"
    before = tl.read_text(encoding="utf-8")
    assert run(["import", LANG, str(po), str(base)]) == 0
    after = tl.read_text(encoding="utf-8")
    assert "game/tl/spanish/script.rpy: 3 updated, 1 added" in capsys.readouterr().out
    # Only the edited literals changed; the explicit id's comment follows its new source.
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines()) if a != b]
    assert changed == [
        ('    # e "See you." id start_see_you', '    # e "See you tomorrow." id start_see_you'),
        ('    e "Hasta luego." id start_see_you', '    e "Hasta mañana." id start_see_you'),
        ('    e "Hello, [name]! How are you today?"', '    e "¡Hola, [name]! ¿Qué tal hoy?"'),
        ('    new "Leave now"', '    new "Irse  ya"'),
    ]
    assert after.endswith('    new "Irse  ya"\n\n'
                          '# game/script.rpy:15\ntranslate spanish start_265c1f46:\n\n'
                          '    # e "Goodbye, [name]."\n'
                          '    e "Adiós, \\"[name]\\"."\n\n')


def test_import_refuses_entries_one_by_one(game, cached_engine, tmp_path, capsys):
    base = game("untranslated")
    po = tmp_path / "in.po"
    assert run(["export", LANG, str(base), "--out", str(po)]) == 0
    _edit_po(po, {
        ("start_8ad42bfc", "Hello, [name]! How are you today?"): "¡Hola! ¿Cómo estás?",
        ("start_0bd2e32f", "It is {b}very{/b} late."): "Es {b}muy tarde.",
        ("start_c389347a", "Goodbye."): "Adiós.",
    })
    extra = polib.pofile(str(po))
    extra.append(polib.POEntry(msgctxt="start_deadbeef", msgid="Gone.", msgstr="Ido."))
    extra.save(str(po))
    before = tree(base)
    assert run(["import", LANG, str(po), str(base), "--strict"]) == 1
    out = capsys.readouterr().out
    assert tree(base) == before
    assert "--strict: nothing written (3 refused)" in out
    assert run(["import", LANG, str(po), str(base)]) == 1
    out = capsys.readouterr().out
    refused = [l.strip() for l in out.splitlines() if l.startswith(f"  {po}:")]
    assert len(refused) == 3
    assert refused[0].endswith("start_8ad42bfc: [name] of the source is missing")
    assert refused[1].endswith("start_0bd2e32f: text tag(s) left open: {b}")
    assert refused[2].endswith("start_deadbeef: unknown id: the game has no line with this "
                               "translation id")
    for line in refused:
        number = int(line.split(":")[1])
        assert po.read_text().splitlines()[number - 1].startswith(("#", "msgctxt"))
    assert "1 translation(s) applied" in out
    assert '    e "Adiós."' in (base / "game/tl/spanish/script.rpy").read_text(encoding="utf-8")


def test_import_marks_an_identical_translation(game, cached_engine, tmp_path, capsys):
    base = game("untranslated")
    po = tmp_path / "in.po"
    assert run(["export", LANG, str(base), "--out", str(po)]) == 0
    _edit_po(po, {("strings", "Eileen"): "Eileen", ("start_c389347a", "Goodbye."): "Goodbye."})
    assert run(["import", LANG, str(po), str(base)]) == 0
    text = (base / "game/tl/spanish/script.rpy").read_text(encoding="utf-8")
    assert '    new "Eileen"  # vn: same\n' in text
    assert '    e "Goodbye."  # vn: same\n' in text


@pytest.mark.parametrize("name, content", [
    ("bad.po", b'msgid ""\nmsgstr ""\n"Language: es\\n"\n\nmsgctxt "a"\nmsgid "x\n'),
    ("latin1.po", b'msgid ""\nmsgstr ""\n"Language: es\\n"\n"Content-Type: text/plain; '
                  b'charset=UTF-8\\n"\n\nmsgctxt "strings"\nmsgid "Stay"\nmsgstr "Qu\xe9date"\n'),
    ("french.po", b'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgctxt "strings"\n'
                  b'msgid "Stay"\nmsgstr "Reste"\n'),
    ("french.csv", b"id,source,french\r\nstrings,Stay,Reste\r\n"),
    ("bad.csv", b'id,source,spanish\r\nstrings,"Stay,Qu\r\n'),
])
def test_import_bad_input_exits_2_and_changes_nothing(name, content, game, tmp_path, capsys,
                                                      monkeypatch):
    def no_engine(*a, **k):
        raise AssertionError("the engine must not start for bad input")
    monkeypatch.setattr(timporter, "dump", no_engine)
    base = game("missing")
    before = tree(base)
    path = tmp_path / name
    path.write_bytes(content)
    assert run(["import", LANG, str(path), str(base)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"vn: {path}:") and err.count("\n") == 1
    assert int(err.split(":")[2]) >= 1
    assert "Traceback" not in err
    assert tree(base) == before


def test_import_read_back_by_renpy(game, tmp_path, capsys):
    """The real engine, twice: import a CSV into the "missing" game, then dump it again."""
    base = game("missing")
    rows = [["id", "source", LANG],
            ["start_0bd2e32f", "It is {b}very{/b} late.", "Es {b}muy{/b}\ttarde."],
            ["start_c389347a", "Goodbye.", 'Adiós,\n"amigo"  \\ {{no tag}}.'],
            ["strings", "Stay", "Quedarse"],
            ["strings", "Leave now", "Irse\tya"],
            ["strings", "Quit", "Salir"]]
    path = tmp_path / "in.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    # A say statement turns a tab into a space: refused. A `new` string keeps it.
    assert run(["import", LANG, str(path), str(base)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:2: start_0bd2e32f: the text has characters Ren'Py would not keep" in out
    data, _ = tdump.dump(base)
    cat = Catalog(data, LANG)
    got = {l.unit.source: l.translation for l in cat.lines if l.state == "translated"}
    assert "It is {b}very{/b} late." not in got
    assert got["Goodbye."] == 'Adiós,\n"amigo"  \\ {{no tag}}.'
    assert got["Stay"] == "Quedarse" and got["Quit"] == "Salir"
    assert got["Leave now"] == "Irse\tya"
    assert (base / "game/tl/spanish/common.rpy").read_bytes().startswith(b"\xef\xbb\xbf")


# ---------------------------------------------------------------------------
# init: Ren'Py's own `translate`, through the stage


def test_init_appends_and_never_clobbers(game, capsys):
    base = game("missing")
    old = {p: (base / p).read_bytes() for p in tree(base)}
    assert run(["init", LANG, str(base)]) == 0
    out = capsys.readouterr().out
    assert "game/tl/spanish/script.rpy: extended" in out
    assert "game/tl/spanish/common.rpy: created" in out
    for rel, data in old.items():
        assert (base / rel).read_bytes().startswith(data)
    text = (base / "game/tl/spanish/script.rpy").read_text(encoding="utf-8")
    assert "translate spanish start_c389347a:" in text and 'old "Leave now"' in text
    appended = text[len(old["game/tl/spanish/script.rpy"].decode("utf-8")):]
    assert "# TODO" not in appended  # Ren'Py's "Translation updated" marker is left out
    assert "# TODO" not in (base / "game/tl/spanish/common.rpy").read_text(encoding="utf-8")
    assert not list(base.rglob("*.rpyc"))  # the engine wrote into its stage only
    again = tree(base)
    assert run(["init", LANG, str(base)]) == 0
    assert "up to date" in capsys.readouterr().out
    assert tree(base) == again


def test_init_new_language(game, capsys):
    base = game("complete")
    assert run(["init", "french", str(base)]) == 0
    created = sorted(p.relative_to(base).as_posix() for p in (base / "game/tl/french").iterdir())
    assert created == ["game/tl/french/common.rpy", "game/tl/french/script.rpy"]
    assert 'translate french start_8ad42bfc:' in (base / created[1]).read_text(encoding="utf-8")
    assert run(["init", "bad name", str(base)]) == 2


def test_init_refuses_when_a_file_changes_meanwhile(game, monkeypatch):
    base = game("missing")
    real_run = tdump._run

    def run_and_edit(engine, staged, args, timeout):
        rv = real_run(engine, staged, args, timeout)
        (base / "game/tl/spanish/script.rpy").write_text("# a translator saved\n")
        return rv
    monkeypatch.setattr(tdump, "_run", run_and_edit)
    from vn.errors import VnError
    with pytest.raises(VnError, match="script.rpy: changed while vn was working"):
        tdump.run_translate(base, LANG)
    assert (base / "game/tl/spanish/script.rpy").read_text() == "# a translator saved\n"
    assert not (base / "game/tl/spanish/common.rpy").exists()


# ---------------------------------------------------------------------------
# the real game


def test_real_game_status_shape(root, cached_engine, capsys):
    code = run(["status", str(root), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert LANG in report
    s = report[LANG]
    assert s["total"] == s["translated"] + s["untranslated"] + s["missing"] + s["stale"]
    # The Spanish translation is complete: every line, choice and interface string.
    assert (code, s["translated"], s["stale"], s["placeholder_errors"]) == (0, s["total"], 0, [])
    assert s["kinds"]["dialogue"]["total"] > 1000 and s["kinds"]["menu"]["total"] > 20
    assert set(s["files"]) >= {"game/story/prologue.rpy", "game/screens.rpy", "renpy/common"}
    for e in s["placeholder_errors"]:
        assert set(e) == {"id", "file", "line", "message"}
        assert e["file"].startswith("game/tl/spanish/")


def test_real_game_export_passes_msgfmt(root, cached_engine, tmp_path):
    out = tmp_path / "spanish.po"
    assert run(["export", LANG, str(root), "--out", str(out)]) == 0
    check = subprocess.run(["msgfmt", "-c", "--statistics", "-o", "/dev/null", str(out)],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    csv_out = tmp_path / "spanish.csv"
    assert run(["export", LANG, str(root), "--out", str(csv_out)]) == 0
    rows = list(csv.reader(io.StringIO(csv_out.read_text(encoding="utf-8-sig"), newline="")))
    assert len(rows) - 1 == len(polib.pofile(str(out)))


def test_preferences_offer_each_language_in_its_own_name(root):
    screens = (root / "game" / "screens.rpy").read_text(encoding="utf-8")
    prefs = screens[screens.index("screen preferences():"):]
    prefs = prefs[:prefs.index("\nstyle ")]
    assert 'label _("Language")' in prefs
    assert 'textbutton "English" action Language(None)' in prefs
    assert 'textbutton "Español" action Language("spanish")' in prefs


# ---------------------------------------------------------------------------
# prune


def test_prune_keeps_what_stale_lines_need(game, cached_engine, capsys):
    base = game("stale")
    tl = base / "game/tl/spanish/script.rpy"
    before = tl.read_text(encoding="utf-8")
    assert run(["prune", LANG, str(base)]) == 0
    assert capsys.readouterr().out == "game/tl/spanish/script.rpy: 1 orphaned translation(s) removed\n"
    after = tl.read_text(encoding="utf-8")
    # Only the deleted line's block goes; the orphans the four stale lines point to stay.
    removed = '# game/script.rpy:16\ntranslate spanish start_cdad7ac5:\n\n' \
              '    # "This line was cut."\n    "Esta línea se cortó."\n\n'
    assert after == before.replace(removed, "") and after != before
    assert "Hola, [name]! ¿Cómo estás?" in after and 'old "Leave"' in after


def test_prune_on_the_real_engine_restores_a_clean_tree(game, capsys):
    """Orphans of both kinds added to a complete translation: prune gives back its bytes,
    Ren'Py still reads the files, and a second prune finds nothing."""
    base = game("complete")
    tl = base / "game/tl/spanish/script.rpy"
    clean = tl.read_bytes()
    tl.write_bytes(clean + (
        '\n# game/script.rpy:30\ntranslate spanish start_0badc0de:\n\n'
        '    # e "A line nobody wrote."\n    e "Una línea que nadie escribió."\n\n'
        'translate spanish strings:\n\n    # game/script.rpy:31\n'
        '    old "A choice long gone"\n    new "Una opción que ya no está"\n').encode("utf-8"))
    assert run(["prune", LANG, str(base)]) == 0
    assert "2 orphaned translation(s) removed" in capsys.readouterr().out
    assert tl.read_bytes().rstrip(b"\n") == clean.rstrip(b"\n")
    assert run(["prune", LANG, str(base)]) == 0
    assert capsys.readouterr().out == "game/tl/spanish: no orphaned translations\n"
    code, s = status_json(base, capsys)
    assert code == 0 and s["orphaned"] == []

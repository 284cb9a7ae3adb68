"""`vn translate` without the engine: Ren'Py's string rules, the checks, reading PO and CSV."""

from __future__ import annotations

import pytest

from vn.errors import VnError
from vn.translate import formats
from vn.translate import text as T

TAGS = {"b": True, "i": True, "size": True, "color": True, "a": True, "w": False, "p": False,
        "nw": False, "": True}


@pytest.mark.parametrize("s", [
    "plain", 'say "hi"', "back\\slash", "two  spaces", "three   spaces", "line\nbreak",
    "{b}bold{/b} and {{literal}} and [[literal]", "ends with space ", " starts with space",
    "ünïcödé — ¿qué? ¡sí!",
])
def test_say_strings_round_trip_through_renpys_lexer(s):
    literal = T.encode_say_string(s)
    assert T.lex_say_string(literal) == s


def test_lexer_collapses_white_space_and_dequotes_like_renpy():
    assert T.lex_say_string('"a   b\\nc"') == "a b\nc"
    assert T.lex_say_string('"\\{b\\}"') == "{{b}"
    assert T.lex_say_string('r"a\\nb"') == "a\\nb"


def test_say_literals_finds_the_text_not_the_arguments():
    line = '    e happy "Hello, [name]!" (what_color="#fff") with dissolve  # note "x"\n'
    literals, triple = T.say_literals(line, 0)
    assert [v for _, _, v in literals] == ["Hello, [name]!"]
    assert not triple


def test_quote_unicode_is_a_python_literal():
    import ast
    s = 'tab\tquote" nl\n back\\'
    assert ast.literal_eval('"' + T.quote_unicode(s) + '"') == s


@pytest.mark.parametrize("source, translation, expected", [
    ("Hello, [name]!", "¡Hola, [name]!", []),
    ("Hello, [name]!", "¡Hola!", ["[name] of the source is missing"]),
    ("Hello, [name]!", "¡Hola, [nmae]!", ["[name] of the source is missing",
                                         "[nmae] is not in the source"]),
    ("Hi [player.name!c]", "Hola [player.name]", []),
    ("Literal [[x]", "Literal [[x]", []),
    ("It is {b}very{/b} late.", "Es {b}muy{/b} tarde.", []),
    ("It is {b}very{/b} late.", "Es muy tarde.", ["text tag {b} of the source is missing"]),
    ("It is {b}very{/b} late.", "Es {b}muy tarde.", ["text tag(s) left open: {b}"]),
    ("{i}x{/i}", "{i}x{/b}", ["text tag {b} is not in the source"] * 0
     + ["closing tag {/b} does not match open tag {i}"]),
    ("Wait{w} there.", "Espera{w} ahí.", []),
    ("{size=+16}Monday{/size}", "{size=+14}Lunes{/size}", []),
    ("{#menu}Start", "Empezar", []),
    ("Unknown {blink}tag{/blink}", "Etiqueta {blink}x{/blink}",
     ["text tag {blink} is not known"]),
    ("%d%% done, %(name)s", "%d%% hecho, %(name)s", []),
    ("%d%% done", "hecho", ["format %d of the source is missing"]),
    ("Page {}", "Página {}", []),
    ("While unpacking {}, unknown type {}.", "Al desempaquetar {}, tipo desconocido.",
     ["format {} of the source is missing"]),
    ("94% of patients", "El 94 % de los pacientes", []),
    ("Line\n", "Línea", ["the source ends with a line break, the translation does not"]),
])
def test_check_translation(source, translation, expected):
    assert T.check_translation(source, translation, TAGS) == expected


def test_check_text_tags_matches_renpys_rules():
    assert T.check_text_tags("{b}{i}x{/i}{/b}", TAGS) is None
    assert T.check_text_tags("{b}{i}x{/b}{/i}", TAGS) == "closing tag {/b} does not match open tag {i}"
    assert T.check_text_tags("x{/b}", TAGS) == "closing tag {/b} has no open tag"
    assert T.check_text_tags("{b x", TAGS) == "a text tag opened with `{` is never closed with `}` (`{b x`)"
    assert T.check_text_tags("{{not a tag}", TAGS) is None


@pytest.mark.parametrize("s, words", [
    ("...", False), ("{w}[name]!", False), ("01:50.", False), ("No.", True),
    ("{size=+16}2043{/size}", False), ("Noah", True),
])
def test_has_words(s, words):
    assert T.has_words(s) is words


@pytest.mark.parametrize("header, ok", [
    ("es", True), ("es_ES", True), ("es-419", True), ("spanish", True), ("fr", False), ("", False),
])
def test_po_language_header(header, ok):
    assert formats.language_matches(header, "spanish") is ok


# ---------------------------------------------------------------------------
# Bad input is refused before anything runs, naming the file and the line.

PO_HEAD = ('msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n'
           '"Content-Type: text/plain; charset=UTF-8\\n"\n\n')


def _po(tmp_path, body: str, lang: str = "es", raw: bytes | None = None):
    path = tmp_path / "in.po"
    path.write_bytes(raw if raw is not None else (PO_HEAD.format(lang=lang) + body).encode())
    return path


def test_po_entries_are_read(tmp_path):
    path = _po(tmp_path, 'msgctxt "a_1"\nmsgid "Hi"\nmsgstr "Hola"\n\n'
                         '#, fuzzy\nmsgctxt "strings"\nmsgid "Stay"\nmsgstr "Quedarse"\n')
    fmt, entries = formats.read(path, "spanish")
    assert fmt == "po"
    assert [(e.id, e.source, e.translation, e.line, e.fuzzy) for e in entries] == [
        ("a_1", "Hi", "Hola", 6, False), ("strings", "Stay", "Quedarse", 10, True)]


@pytest.mark.parametrize("body, raw, lang, message", [
    ('msgctxt "a"\nmsgid "x\nmsgstr "y"\n', None, "es", ":7: not a valid PO file"),
    ('msgctxt "a"\nmsgid "x"\nmsgstr "y"\nmsgstr "z"\n', None, "es", ":9: not a valid PO file"),
    ('msgctxt "a"\nmsgid "x"\nmsgstr "y"\n', None, "fr", ":3: Language is 'fr', not 'spanish'"),
    (None, PO_HEAD.format(lang="es").encode() + b'msgctxt "a"\nmsgid "caf\xe9"\nmsgstr ""\n',
     "es", ":7: not valid UTF-8 text"),
    (None, b'garbage\n', "es", ":1: not a valid PO file"),
    (None, b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n', "es",
     ":1: no Language header"),
])
def test_bad_po_names_file_and_line(tmp_path, body, raw, lang, message):
    path = _po(tmp_path, body or "", lang, raw)
    with pytest.raises(VnError) as err:
        formats.read(path, "spanish")
    assert str(err.value).startswith(str(path) + message)


def test_po_for_another_renpy_language(tmp_path):
    path = _po(tmp_path, "", raw=(PO_HEAD.format(lang="es")
                                  + '"X-RenPy-Language: mexican\\n"\n').encode().replace(
        b'\n\n"X-', b'\n"X-'))
    with pytest.raises(VnError, match=r"in.po:\d+: this file is for 'mexican', not 'spanish'"):
        formats.read(path, "spanish")


@pytest.mark.parametrize("content, message", [
    (b"id,source,french\r\na,b,c\r\n", ":1: the translation column is 'french', not 'spanish'"),
    (b"id,source\r\na,b\r\n", ":1: no translation column headed 'spanish'"),
    (b"source,spanish\r\na,b\r\n", ":1: no 'id' column"),
    (b'id,source,spanish\r\na,"b,c\r\n', ":2: not a valid CSV file"),
    (b"id,source,spanish\r\na,b,c\r\nd,e,f,g\r\n", ":3: 4 fields, the header has 3"),
    (b"id,source,spanish\r\na,caf\xe9,x\r\n", ":2: not valid UTF-8 text"),
    (b"", ":1: empty CSV file"),
])
def test_bad_csv_names_file_and_line(tmp_path, content, message):
    path = tmp_path / "in.csv"
    path.write_bytes(content)
    with pytest.raises(VnError) as err:
        formats.read(path, "spanish")
    assert str(err.value).startswith(str(path) + message)


def test_csv_rows_keep_their_first_line(tmp_path):
    path = tmp_path / "in.csv"
    path.write_bytes('\ufeffid,source,Spanish,state\r\na,"two\nlines",dos,\r\nb,x,y,\r\n'.encode())
    _, entries = formats.read(path, "spanish")
    assert [(e.id, e.source, e.translation, e.line) for e in entries] == [
        ("a", "two\nlines", "dos", 2), ("b", "x", "y", 4)]


# ---------------------------------------------------------------------------
# Stale matching, on lines built by hand


def _line(source, label="ch1.scene", state="missing", file="story/ch1.rpy"):
    from vn.translate.model import Line, Unit
    return Line(Unit("dialogue", "x", source, "game/" + file, 1, file, label=label), state)


def _orphan(ident, source, translation, file="story/ch1.rpy"):
    from vn.translate.model import Previous
    return Previous("dialogue", ident, "game/tl/spanish/" + file, 1, source, translation,
                    translation != source)


def test_stale_matching_prefers_the_same_label_and_uses_each_orphan_once():
    from vn.translate.model import match_stale
    a = _line("The rain stops at noon today.", label="ch1.scene")
    b = _line("The rain stops at noon, today.", label="ch1.other")
    c = _line("Something else entirely.")
    orphans = [_orphan("ch1_other_1234abcd", "The rain stops at noon.", "La lluvia para."),
               _orphan("ch1_scene_5678abcd", "Untranslated copy", "Untranslated copy"),
               _orphan("ch1_gone_9999abcd", "A line that was cut.", "Una línea cortada.")]
    left = match_stale([a, b, c], orphans, "game/tl/spanish/")
    assert (a.state, b.state, c.state) == ("missing", "stale", "missing")
    assert b.previous is orphans[0]
    assert left == orphans[1:]


def test_stale_matching_stays_in_its_tl_file():
    from vn.translate.model import match_stale
    a = _line("The rain stops at noon today.", file="story/ch2.rpy")
    orphans = [_orphan("ch1_scene_1234abcd", "The rain stops at noon.", "La lluvia para.")]
    assert match_stale([a], orphans, "game/tl/spanish/") == orphans
    assert a.state == "missing"

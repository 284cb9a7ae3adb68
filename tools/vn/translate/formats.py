"""PO and CSV: writing a language's catalog, and reading a translator's file back.

PO (gettext, for Poedit, Weblate...): one entry per unit; msgctxt is Ren'Py's
translation id ("strings" for menu choices and interface strings, which Ren'Py
keys by their text), msgid the source text, msgstr the translation (empty
while untranslated or missing), the source file:line as reference, and the
speaker and scene (label) as extracted comments. A stale line is a fuzzy entry
whose msgstr is its old translation and whose previous msgid (#|) is the text
that translation was made from, as gettext's msgmerge writes it.

CSV (for spreadsheets): the same, one row per unit, UTF-8 with a BOM; the
translation column is headed by the language's name.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import polib

from ..errors import VnError
from .model import Catalog, Line

# Ren'Py language names and the ISO 639 codes PO tools expect in `Language:`.
LANGUAGE_CODES = {
    "arabic": "ar", "bulgarian": "bg", "catalan": "ca", "chinese": "zh", "schinese": "zh_CN",
    "tchinese": "zh_TW", "croatian": "hr", "czech": "cs", "danish": "da", "dutch": "nl",
    "english": "en", "esperanto": "eo", "estonian": "et", "finnish": "fi", "french": "fr",
    "galician": "gl", "german": "de", "greek": "el", "hebrew": "he", "hindi": "hi",
    "hungarian": "hu", "indonesian": "id", "italian": "it", "japanese": "ja", "korean": "ko",
    "latvian": "lv", "lithuanian": "lt", "malay": "ms", "norwegian": "nb", "persian": "fa",
    "polish": "pl", "portuguese": "pt", "brazilian": "pt_BR", "romanian": "ro", "russian": "ru",
    "serbian": "sr", "slovak": "sk", "slovenian": "sl", "spanish": "es", "swedish": "sv",
    "thai": "th", "turkish": "tr", "ukrainian": "uk", "vietnamese": "vi", "welsh": "cy",
}
RENPY_LANGUAGE_HEADER = "X-RenPy-Language"
CSV_FIELDS = ("id", "reference", "kind", "label", "speaker", "source")
CSV_EXTRA = ("state", "previous_source", "previous_translation")
FORMATS = ("po", "csv")


def language_code(language: str) -> str:
    return LANGUAGE_CODES.get(language.lower(), language)


def _primary(code: str) -> str:
    return re.split(r"[_\-@.]", code.strip())[0].lower()


def language_matches(header: str, language: str) -> bool:
    """Does a PO `Language:` value name `language` (a Ren'Py name)? es, es_ES, es-419 all
    name spanish; pt_BR names brazilian and portuguese."""
    header = header.strip()
    if not header:
        return False
    if header.lower() == language.lower():
        return True
    code = language_code(language)
    if header.replace("-", "_").lower() == code.lower():
        return True
    return _primary(header) == _primary(code) and "_" not in code


# ---------------------------------------------------------------------------
# Writing


def _comments(line: Line, catalog: Catalog) -> list[str]:
    u = line.unit
    rv = []
    if u.kind == "dialogue":
        if u.speaker or u.who:
            who = u.speaker or u.who
            rv.append(f"speaker: {who}" + (f" ({u.who})" if u.who and u.who != who else ""))
        else:
            rv.append("speaker: narrator")
    elif u.kind == "menu":
        rv.append("menu choice")
    elif u.kind == "interface":
        rv.append("interface string")
    else:
        rv.append("Ren'Py interface string")
    if u.label:
        rv.append(f"scene: {u.label}")
    if not line.editable:
        rv.append(f"the translation in {line.tl_path}:{line.tl_line} has several statements: "
                  "edit it there")
    return rv


def revision_date(catalog: Catalog) -> str:
    """The newest modification time of the language's tl files (else now), as PO writes dates."""
    base = Path(catalog.dump["base"])
    root = base / catalog.prefix
    times = [p.stat().st_mtime for p in root.rglob("*.rpy")] if root.is_dir() else []
    when = datetime.fromtimestamp(max(times), UTC) if times else datetime.now(UTC)
    return when.strftime("%Y-%m-%d %H:%M+0000")


def to_po(catalog: Catalog) -> polib.POFile:
    dump = catalog.dump
    po = polib.POFile()
    po.metadata = {
        "Project-Id-Version": " ".join(x for x in (dump.get("name"), dump.get("game_version")) if x)
                              or "Ren'Py game",
        "Report-Msgid-Bugs-To": "",
        "PO-Revision-Date": revision_date(catalog),
        "Last-Translator": "",
        "Language-Team": catalog.language.capitalize(),
        "Language": language_code(catalog.language),
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Generator": "vn translate export",
        RENPY_LANGUAGE_HEADER: catalog.language,
    }
    name = dump.get("name") or "a Ren'Py game"
    po.header = (f"{catalog.language} translation of {name}, "
                 "exported by `vn translate export` from game/tl/"
                 f"{catalog.language}/.\nmsgctxt is Ren'Py's translation id (\"strings\": "
                 "keyed by the text). Import with `vn translate import`.")
    for line in catalog.lines:
        u = line.unit
        entry = polib.POEntry(msgctxt=u.id, msgid=u.source, msgstr=line.exported_translation,
                              occurrences=[(u.file, str(u.line))],
                              comment="\n".join(_comments(line, catalog)))
        if line.state == "stale" and line.previous is not None:
            entry.flags.append("fuzzy")
            entry.msgstr = line.previous.translation
            if line.previous.source is not None:
                entry.previous_msgid = line.previous.source
        po.append(entry)
    return po


def to_csv(catalog: Catalog) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([*CSV_FIELDS, catalog.language, *CSV_EXTRA])
    for line in catalog.lines:
        u = line.unit
        speaker = u.speaker or u.who or ("narrator" if u.kind == "dialogue" else "")
        prev = line.previous if line.state == "stale" else None
        writer.writerow([u.id, u.reference, u.kind, u.label or "", speaker, u.source,
                         line.exported_translation, line.state,
                         (prev.source or "") if prev else "", prev.translation if prev else ""])
    return "\ufeff" + out.getvalue()


def export(catalog: Catalog, fmt: str) -> str:
    if fmt == "po":
        return str(to_po(catalog)) + "\n"
    if fmt == "csv":
        return to_csv(catalog)
    raise VnError(f"{fmt}: unknown format (expected po or csv)")


# ---------------------------------------------------------------------------
# Reading


@dataclass
class Incoming:
    """One entry of a translator's file."""
    id: str
    source: str
    translation: str
    line: int
    fuzzy: bool = False


def _decode(path: Path, data: bytes, encoding: str, name: str = "UTF-8") -> str:
    """The text of a translator's file. A NUL is refused here: no translation holds
    one, Ren'Py cannot parse a script that does, and Python's literal reader raises."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        raise VnError(f"{path}:{line}: not valid {name} text (byte 0x{data[e.start]:02x}); "
                      "save the file as UTF-8") from None
    except LookupError:
        raise VnError(f"{path}:1: unknown charset {encoding!r}") from None
    nul = text.find("\0")
    if nul >= 0:
        raise VnError(f"{path}:{text.count(chr(10), 0, nul) + 1}: contains a NUL byte "
                      "(not a text file?)")
    return text


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise VnError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise VnError(f"{path}: is a directory, not a PO or CSV file") from None
    except OSError as e:
        raise VnError(f"{path}: {e.strerror}") from None


def detect_format(path: Path, data: bytes) -> str:
    if path.suffix.lower() in (".po", ".pot"):
        return "po"
    if path.suffix.lower() in (".csv", ".tsv"):
        return "csv"
    head = data[:2000].lstrip(b"\xef\xbb\xbf")
    return "po" if re.search(rb'^\s*(msgid|msgctxt|#)', head) else "csv"


def _header_line(text: str, field: str) -> int:
    m = re.search(rf'^"{re.escape(field)}:', text, re.M)
    return text[:m.start()].count("\n") + 1 if m else 1


PO_STRING = r'"(?:[^"\\]|\\.)*"'
PO_LINE = re.compile(r'^\s*(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?'
                     + PO_STRING + r'\s*$')


def _check_po_syntax(path: Path, text: str) -> None:
    """Every line of a PO file is blank, a comment, or a keyword and/or a quoted string
    (polib itself lets an unterminated string through)."""
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if not PO_LINE.match(line):
            raise VnError(f"{path}:{number}: not a valid PO file: expected a keyword "
                          f"(msgctxt, msgid, msgstr) and a quoted string, found {stripped[:40]!r}")


def read_po(path: Path, language: str, data: bytes | None = None) -> list[Incoming]:
    data = _read_bytes(path) if data is None else data
    m = re.search(rb"charset=([A-Za-z0-9_\-.:]+)", data[:4000])
    charset = m.group(1).decode("ascii") if m else "UTF-8"
    if charset.lower().replace("_", "-") in ("utf-8", "utf8", "charset"):
        charset = "UTF-8"
    text = _decode(path, data, "utf-8-sig" if charset == "UTF-8" else charset, charset)
    _check_po_syntax(path, text)
    if "\n" not in text:
        text += "\n"  # polib tells contents from a file name by the newline
    try:
        po = polib.pofile(text, wrapwidth=0)
    except (OSError, ValueError, IndexError, KeyError) as e:
        message = str(e)
        lm = re.search(r"\(line (\d+)\)", message)
        line = lm.group(1) if lm else "1"
        message = re.sub(r"\s*\(line \d+\)", "", message).replace(" in po file", "").strip()
        message = re.sub(r"^Syntax error\s*", "syntax error", message)
        raise VnError(f"{path}:{line}: not a valid PO file: {message}") from None
    meta = po.metadata
    if not meta and not po.metadata_is_fuzzy and not len(po):
        raise VnError(f"{path}:1: not a PO file: no header and no entries")
    renpy_lang = meta.get(RENPY_LANGUAGE_HEADER, "").strip()
    header_lang = meta.get("Language", "").strip()
    if renpy_lang:
        if renpy_lang != language:
            raise VnError(f"{path}:{_header_line(text, RENPY_LANGUAGE_HEADER)}: this file is for "
                          f"{renpy_lang!r}, not {language!r}")
    elif header_lang:
        if not language_matches(header_lang, language):
            raise VnError(f"{path}:{_header_line(text, 'Language')}: Language is {header_lang!r}, "
                          f"not {language!r} ({language_code(language)})")
    else:
        raise VnError(f"{path}:1: no Language header: cannot tell which language it is for "
                      f"(expected {language_code(language)})")
    rv = []
    for entry in po:
        if entry.obsolete or (entry.msgid == "" and not entry.msgctxt):
            continue
        # polib numbers every entry it parses
        rv.append(Incoming(entry.msgctxt or "", entry.msgid, entry.msgstr, entry.linenum or 1,
                           "fuzzy" in entry.flags))
    return rv


def read_csv(path: Path, language: str, data: bytes | None = None) -> list[Incoming]:
    data = _read_bytes(path) if data is None else data
    text = _decode(path, data, "utf-8-sig")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows = []
    try:
        header = next(reader, None)
        if header is None:
            raise VnError(f"{path}:1: empty CSV file: expected a header row")
        start = reader.line_num + 1
        for row in reader:
            rows.append((start, row))
            start = reader.line_num + 1
    except csv.Error as e:
        raise VnError(f"{path}:{reader.line_num}: not a valid CSV file: {e}") from None
    names = [h.strip() for h in header]
    lower = [h.lower() for h in names]
    for required in ("id", "source"):
        if required not in lower:
            raise VnError(f"{path}:1: no {required!r} column (columns: {', '.join(names)})")
    known = set(CSV_FIELDS) | set(CSV_EXTRA)
    tl_columns = [i for i, h in enumerate(lower) if h and h not in known]
    if not tl_columns:
        raise VnError(f"{path}:1: no translation column headed {language!r}")
    if len(tl_columns) > 1 or lower[tl_columns[0]] != language.lower():
        others = ", ".join(repr(names[i]) for i in tl_columns)
        raise VnError(f"{path}:1: the translation column is {others}, not {language!r}")
    i_id, i_source, i_tl = lower.index("id"), lower.index("source"), tl_columns[0]
    rv = []
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise VnError(f"{path}:{line}: {len(row)} fields, the header has {len(header)}")
        rv.append(Incoming(row[i_id].strip(), row[i_source], row[i_tl], line))
    return rv


def read(path: Path, language: str, fmt: str | None = None) -> tuple[str, list[Incoming]]:
    """Read a translator's PO or CSV file; bad input raises VnError naming file and line."""
    data = _read_bytes(path)
    fmt = fmt or detect_format(path, data)
    if fmt == "po":
        return fmt, read_po(path, language, data)
    return fmt, read_csv(path, language, data)

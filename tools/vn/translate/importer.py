"""`vn translate import`: a translator's PO or CSV written back into game/tl/LANG/.

Edits are made in place, in the format Ren'Py generates: only the string
literal of the say statement (or of the `new` line) whose text changed is
rewritten, quoted exactly as Ren'Py's `translate` command quotes it, so every
other byte of the tl files stays as it was and a round trip with no edits
changes nothing. A line the language has no block for yet is appended to the
tl file Ren'Py would have put it in, as Ren'Py writes it.

Entries are checked one by one: an unknown id, a source text that is not the
game's, broken placeholders or unbalanced text tags refuse that entry (with
the file:line of the entry); the rest are applied, all files at once. With
`strict`, one refusal applies nothing.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import VnError
from . import text as T
from .dump import Snapshot, commit, dump
from .formats import Incoming, read
from .model import STRINGS_ID, Catalog, Line


@dataclass
class Refusal:
    file: str
    line: int
    id: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.id}: {self.message}"


@dataclass
class ImportResult:
    applied: int = 0
    added: int = 0
    unchanged: int = 0
    empty: int = 0
    fuzzy: int = 0
    refused: list[Refusal] = field(default_factory=list)
    files: dict[str, list[int]] = field(default_factory=dict)  # tl file -> [updated, added]
    written: bool = False


SAME_MARK = "  # vn: same"


@dataclass
class _Edit:
    line: Line
    translation: str
    where: str           # file:line of the entry in the translator's file
    mark: bool = False   # the text is the source's on purpose: add `# vn: same`
    mark_only: bool = False  # the text is already there; only the mark is new


class _Refuse(Exception):
    pass


def _offsets(text: str) -> list[int]:
    rv = [0]
    for i, c in enumerate(text):
        if c == "\n":
            rv.append(i + 1)
    return rv


def _say_edit(text: str, offsets: list[int], line: Line, new: str) -> tuple[int, int, str]:
    """The span of the say literal holding line.translation, and its replacement."""
    if line.tl_line is None or line.tl_line > len(offsets):
        raise _Refuse(f"{line.tl_path}:{line.tl_line}: line not found")
    literals, triple = T.say_literals(text, offsets[line.tl_line - 1])
    if triple:
        raise _Refuse(f"{line.tl_path}:{line.tl_line}: triple-quoted text; edit it there")
    matches = [lit for lit in literals if lit[2] == line.translation]
    if not matches:
        raise _Refuse(f"{line.tl_path}:{line.tl_line}: the say statement's text was not found "
                      "there; edit it there")
    begin, end, _ = matches[-1]
    return begin, end, T.encode_say_string(new)


def _string_edit(text: str, offsets: list[int], line: Line, new: str) -> tuple[int, int, str]:
    """The span of the `new` string literal of a string translation, and its replacement."""
    if line.tl_line is None or line.tl_line > len(offsets):
        raise _Refuse(f"{line.tl_path}:{line.tl_line}: line not found")
    start = offsets[line.tl_line - 1]
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    physical = text[start:end]
    stripped = physical.lstrip()
    if not stripped.startswith("new"):
        raise _Refuse(f"{line.tl_path}:{line.tl_line}: no `new` statement there")
    rest = stripped[3:]
    literal = rest.strip().rstrip("\r")
    try:
        value = ast.literal_eval(literal)
    except (ValueError, SyntaxError):
        value = None
    if value != line.translation:
        raise _Refuse(f"{line.tl_path}:{line.tl_line}: the `new` text is not a plain "
                      "one-line string; edit it there")
    lit_begin = start + physical.index(literal, len(physical) - len(stripped) + 3)
    return lit_begin, lit_begin + len(literal), '"' + T.quote_unicode(new) + '"'


def _mark_span(text: str, literal: tuple[int, int, str]) -> tuple[int, int, str]:
    """Insert `# vn: same` at the end of the physical line the literal ends on."""
    end = text.find("\n", literal[1])
    end = len(text) if end == -1 else end
    if end > 0 and text[end - 1] == "\r":
        end -= 1
    if text.find("\n", text.rfind("\n", 0, literal[0]) + 1) != text.find("\n", literal[1]):
        raise _Refuse("the say statement spans several lines; add `# vn: same` by hand")
    if "#" in text[literal[1]:end]:
        raise _Refuse("the line already has a comment; add `# vn: same` by hand")
    return end, end, SAME_MARK


def _comment_edits(text: str, offsets: list[int], line: Line) -> list[tuple[int, int, str]]:
    """For a line with an explicit id whose source changed: the block's `# code` comments
    become the current source, which records that the translation now follows it."""
    prev = line.previous
    if line.state != "stale" or prev is None or prev.id != line.unit.id or not line.block_line:
        return []
    spans = []
    for number in range(line.block_line + 1, line.tl_line or 0):
        start = offsets[number - 1]
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        physical = text[start:end]
        m = re.match(r"^(\s+# ?)(.*?)(\r?)$", physical)
        if m:
            spans.append((start + m.end(1), start + m.end(2), None))
    if len(spans) != len(line.unit.code):
        return []
    return [(b, e, code) for (b, e, _), code in zip(spans, line.unit.code, strict=True)]


def _check_encodable(line: Line, new: str) -> None:
    if line.unit.kind == "dialogue":
        back = T.lex_say_string(T.encode_say_string(new))
    else:
        back = ast.literal_eval('"' + T.quote_unicode(new) + '"')
    if back != new:
        raise _Refuse("the text has characters Ren'Py would not keep as they are "
                      "(tabs, carriage returns or runs of white space)")


def _dialogue_block(catalog: Catalog, line: Line, new: str, mark: bool = False) -> str:
    u = line.unit
    sentinel = T.encode_say_string(catalog.dump["sentinel"])
    code = []
    for t in u.template:
        if sentinel in t:
            t = t.replace(sentinel, T.encode_say_string(new)) + (SAME_MARK if mark else "")
        code.append(t)
    if not any(T.encode_say_string(new) in c for c in code):
        raise _Refuse("cannot write a block for this line")
    out = [f"# {u.file}:{u.line}\n", f"translate {catalog.language} {u.id.replace('.', '_')}:\n", "\n"]
    out += [f"    # {c}\n" for c in u.code]
    out += [f"    {c}\n" for c in code]
    out.append("\n")
    return "".join(out)


def _strings_block(catalog: Catalog, edits: list[_Edit]) -> str:
    out = [f"translate {catalog.language} strings:\n", "\n"]
    for e in edits:
        u = e.line.unit
        out.append(f"    # {u.file}:{u.line}\n")
        out.append(f'    old "{T.quote_unicode(u.source)}"\n')
        out.append(f'    new "{T.quote_unicode(e.translation)}"' + (SAME_MARK if e.mark else "") + "\n")
        out.append("\n")
    return "".join(out)


def plan(catalog: Catalog, incoming: list[Incoming], source_name: str,
         result: ImportResult) -> list[_Edit]:
    """Check each entry; return the edits to make, record refusals in `result`."""
    edits: list[_Edit] = []
    seen: dict[tuple[str, str], int] = {}
    for inc in incoming:
        where = f"{source_name}:{inc.line}"

        def refuse(message: str, inc: Incoming = inc) -> None:
            result.refused.append(Refusal(source_name, inc.line, inc.id or "(no id)", message))

        if not inc.id:
            refuse("no id")
            continue
        key = (inc.id, inc.source) if inc.id == STRINGS_ID else (inc.id, "")
        line = catalog.by_key.get(key)
        if line is None:
            if inc.id == STRINGS_ID:
                refuse("unknown string: the game has no interface string or menu choice "
                       f"{inc.source!r}")
            else:
                refuse("unknown id: the game has no line with this translation id")
            continue
        if inc.id != STRINGS_ID and inc.source != line.unit.source:
            refuse(f"the source text is not the game's ({line.unit.reference} says "
                   f"{line.unit.source!r})")
            continue
        if key in seen:
            refuse(f"duplicate entry (first at line {seen[key]})")
            continue
        seen[key] = inc.line
        if inc.fuzzy:
            result.fuzzy += 1
            continue
        if inc.translation == "":
            result.empty += 1
            continue
        has_text = line.tl_path is not None and line.translation is not None
        # A translator who gives the source text itself means it: mark the line.
        mark = inc.translation == line.unit.source and T.has_words(line.unit.source)
        if has_text and inc.translation == line.translation:
            # Nothing to write (a problem in it is `status`'s to report).
            if mark and not line.same and line.editable:
                edits.append(_Edit(line, inc.translation, where, mark=True, mark_only=True))
            else:
                result.unchanged += 1
            continue
        problems = T.check_translation(line.unit.source, inc.translation, catalog.known_tags)
        if problems:
            refuse("; ".join(problems))
            continue
        if has_text and not line.editable:
            refuse(f"the translation in {line.tl_path}:{line.tl_line} has several statements; "
                   "edit it there")
            continue
        try:
            _check_encodable(line, inc.translation)
        except _Refuse as e:
            refuse(str(e))
            continue
        edits.append(_Edit(line, inc.translation, where, mark=mark and not line.same))
    return edits


def apply(catalog: Catalog, snap: Snapshot, edits: list[_Edit], source_name: str,
          result: ImportResult) -> dict[str, bytes]:
    """New contents of the tl files (relative path -> bytes) with the edits made."""
    in_place: dict[str, list[_Edit]] = defaultdict(list)
    appended: dict[str, list[_Edit]] = defaultdict(list)
    for e in edits:
        if e.line.tl_path is not None and e.line.translation is not None:
            in_place[e.line.tl_path].append(e)
        else:
            appended[catalog.prefix + e.line.unit.tl_file].append(e)
    writes: dict[str, bytes] = {}
    for rel in sorted(set(in_place) | set(appended)):
        if rel in snap.files:
            text = snap.files[rel].decode("utf-8")
        elif (Path(catalog.dump["base"]) / rel).exists():
            raise VnError(f"{rel}: appeared while vn was working; nothing was written, run again")
        else:
            text = "\ufeff"
        original = text
        offsets = _offsets(text)
        spans = []
        updated = added = 0
        for e in in_place.get(rel, []):
            try:
                if e.line.unit.kind == "dialogue":
                    span = _say_edit(text, offsets, e.line, e.translation)
                    comments = _comment_edits(text, offsets, e.line)
                else:
                    span = _string_edit(text, offsets, e.line, e.translation)
                    comments = []
                if e.mark:
                    spans.append(_mark_span(text, span))
                if not e.mark_only:
                    spans.append(span)
                    spans.extend(comments)
                updated += 1
            except _Refuse as err:
                result.refused.append(Refusal(source_name, int(e.where.rsplit(":", 1)[1]),
                                              e.line.unit.id, str(err)))
        for begin, end, replacement in sorted(spans, reverse=True):
            text = text[:begin] + replacement + text[end:]
        tail = []
        strings = []
        for e in sorted(appended.get(rel, []), key=lambda e: (e.line.unit.file, e.line.unit.line)):
            if e.line.unit.kind == "dialogue":
                try:
                    tail.append(_dialogue_block(catalog, e.line, e.translation, e.mark))
                    added += 1
                except _Refuse as err:
                    result.refused.append(Refusal(source_name, int(e.where.rsplit(":", 1)[1]),
                                                  e.line.unit.id, str(err)))
            else:
                strings.append(e)
        if strings:
            tail.append(_strings_block(catalog, strings))
            added += len(strings)
        if tail:
            if text not in ("", "\ufeff") and not text.endswith("\n"):
                text += "\n"
            if text not in ("", "\ufeff") and not text.endswith("\n\n"):
                text += "\n"
            text += "".join(tail)
        if text != original:
            writes[rel] = text.encode("utf-8")
            result.files[rel] = [updated, added]
            result.applied += updated
            result.added += added
    return writes


def import_file(path: str | Path | None, language: str, file: str | Path, *,
                strict: bool = False, fmt: str | None = None) -> ImportResult:
    """Import a translator's PO or CSV for `language` into the game at `path`."""
    source = Path(file)
    _, incoming = read(source, language, fmt)   # bad input: VnError before the engine runs
    data, snap = dump(path, copy_language=language)
    assert snap is not None
    catalog = Catalog(data, language)
    result = ImportResult()
    name = str(file)
    edits = plan(catalog, incoming, name, result)
    writes = apply(catalog, snap, edits, name, result)
    result.refused.sort(key=lambda r: r.line)
    if result.refused and strict:
        result.files.clear()
        result.applied = result.added = 0
        return result
    commit(snap.base, snap, writes)
    result.written = bool(writes)
    return result

"""What is translated, per language: the engine's dump turned into lines with a state.

Every translatable unit of the source is one `Unit`: a dialogue block (keyed
by Ren'Py's translation id), or a string Ren'Py extracts (a menu choice, an
interface string of the game, or one of Ren'Py's own; keyed, as Ren'Py keys
it, by its text, under the id "strings"). In a language each unit is in
exactly one state:

- translated: the language has a translation that differs from the source, or
  equals it on purpose: the source has no words ("...", "{w}[name]"), or the
  translator marked the line with a `# vn: same` comment at its end
  (`new "Noah"  # vn: same`), which `vn translate import` writes when a
  translator's msgstr is the source text itself;
- untranslated: the language's text is still the source text (or empty),
  as Ren'Py's `translate` command generates it;
- missing: the language has no block (no `old`) for it at all;
- stale: not translated, but an *orphaned* translation exists for the line it
  replaced (see `match_stale`), so a translator has only to revise it.

Stale detection. Ren'Py's dialogue ids are `label_` + a hash of the source
statement, and strings are keyed by their text, so editing a source line does
not invalidate its translation: it gives the line a new id (or `old` text),
and the old translation stays behind, used by nothing: an orphan. Ren'Py
writes the source a block was generated from above it (`# noah "..."`), so an
orphan still says what it was a translation of. A line that is missing or
untranslated is stale when a translated orphan of the same tl file was made
from a similar text (difflib ratio >= 0.6, the same label preferred); each
orphan explains at most one line. A line with an explicit `id` keeps its id
when edited; it is stale when the source comment in its block differs from
the current statement. Orphans that match nothing are reported as orphaned.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from . import text as T

KINDS = ("dialogue", "menu", "interface", "common")
STATES = ("translated", "untranslated", "missing", "stale")
STRINGS_ID = "strings"
STALE_RATIO = 0.6
COMMON_GROUP = "renpy/common"
ID_SUFFIX = re.compile(r"_[0-9a-f]{8}(?:_\d+)?$")


@dataclass
class Unit:
    kind: str               # dialogue | menu | interface | common
    id: str                 # Ren'Py's translation id, or "strings"
    source: str             # the text to translate (say `what`, or `old`)
    file: str               # where the source is: game/story/ch1.rpy
    line: int
    tl_file: str            # the tl file Ren'Py writes it to, relative to tl/LANG/
    label: str | None = None
    who: str | None = None
    speaker: str | None = None
    code: list[str] = field(default_factory=list)
    template: list[str] = field(default_factory=list)
    explicit_id: bool = False

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.source) if self.id == STRINGS_ID else (self.id, "")

    @property
    def group(self) -> str:
        """The chapter (source file) the unit counts under."""
        return COMMON_GROUP if self.kind == "common" else self.file

    @property
    def reference(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass
class Previous:
    """An orphaned translation: made for a source line that no longer exists."""
    kind: str               # dialogue | string
    id: str
    file: str               # the tl file and line of the translation
    line: int
    source: str | None      # the source text it was made from (None: unknown)
    translation: str
    translated: bool

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "file": self.file, "line": self.line,
                "source": self.source, "translation": self.translation}


@dataclass
class Line:
    unit: Unit
    state: str
    translation: str | None = None   # the language's current text; None when missing
    tl_path: str | None = None       # game/tl/LANG/...: where that text is
    tl_line: int | None = None
    editable: bool = True            # one say statement (or one `new`): editable in place
    previous: Previous | None = None # for stale lines: what the translation was made from
    block_line: int | None = None    # the `translate LANG id:` line of a dialogue translation
    same: bool = False               # marked `# vn: same`: identical to the source on purpose
    problems: list[str] = field(default_factory=list)

    @property
    def exported_translation(self) -> str:
        """The msgstr: the translation, or empty when there is none yet."""
        if self.state == "translated" and self.translation is not None:
            return self.translation
        return ""


def _label_of_id(identifier: str) -> str:
    return ID_SUFFIX.sub("", identifier)


def _last_literal(code: list[str]) -> str | None:
    """The text of the last say statement in `code` (lines as Ren'Py's get_code writes them)."""
    for line in reversed(code):
        literals, _ = T.say_literals(line, 0)
        if literals:
            return literals[-1][2]
    return None


class Catalog:
    """One language's translation state, built from the engine's dump."""

    def __init__(self, dump: dict[str, Any], language: str):
        self.dump = dump
        self.language = language
        self.tl_directory = dump.get("tl_directory", "tl")
        self.prefix = f"game/{self.tl_directory}/{language}/"
        self.known_tags: dict[str, bool] = dump["text_tags"]
        self.units = units_of(dump)
        data = dump["translations"].get(language, {"dialogue": [], "strings": []})
        self.tl_dialogue = {r["id"]: r for r in data["dialogue"]}
        self.tl_strings = {r["old"]: r for r in data["strings"]}
        self.lines: list[Line] = [self._line(u) for u in self.units]
        self.orphans: list[Previous] = self._orphans()
        self.unmatched_orphans = match_stale(self.lines, self.orphans, self.prefix)
        for line in self.lines:
            if line.state == "translated" and line.translation is not None:
                line.problems = T.check_translation(line.unit.source, line.translation,
                                                    self.known_tags)
        self.by_key = {line.unit.key: line for line in self.lines}

    # -- building -----------------------------------------------------------

    def _line(self, unit: Unit) -> Line:
        if unit.kind == "dialogue":
            return self._dialogue_line(unit)
        return self._string_line(unit)

    def _dialogue_line(self, unit: Unit) -> Line:
        tl = self.tl_dialogue.get(unit.id)
        if tl is None:
            return Line(unit, "missing", editable=True)
        says = tl["says"]
        whats = [s["what"] for s in says]
        editable = len(says) == 1
        translation = whats[0] if editable else " ".join(whats)
        tl_line = says[0]["line"] if says else tl["line"]
        line = Line(unit, "translated", translation, tl["file"], tl_line, editable,
                    block_line=tl["line"], same=editable and bool(says[0].get("same")))
        empty = bool(whats) and all(w == "" for w in whats)
        if empty or (whats == [unit.source] and T.has_words(unit.source) and not line.same):
            line.state = "untranslated"
        if unit.explicit_id and tl.get("source_code") and tl["source_code"] != unit.code:
            # An explicit id survives edits of its line: the comment tells.
            old = _last_literal(tl["source_code"])
            line.state = "stale"
            line.previous = Previous("dialogue", unit.id, tl["file"], tl_line, old,
                                     translation, True)
        return line

    def _string_line(self, unit: Unit) -> Line:
        rec = self.tl_strings.get(unit.source)
        if rec is None:
            return Line(unit, "missing", editable=True)
        new = rec["new"]
        editable = isinstance(new, str)
        new_text = new if isinstance(new, str) else str(new)
        line = Line(unit, "translated", new_text, rec["new_file"], rec["new_line"], editable,
                    same=bool(rec.get("same")))
        if new_text == "" or (new_text == unit.source and T.has_words(unit.source)
                              and not line.same):
            line.state = "untranslated"
        return line

    def _orphans(self) -> list[Previous]:
        rv = []
        for r in self.tl_dialogue.values():
            if not r["orphan"]:
                continue
            whats = [s["what"] for s in r["says"]]
            old = _last_literal(r["source_code"]) if r.get("source_code") else None
            translation = whats[0] if len(whats) == 1 else " ".join(whats)
            translated = bool(whats) and old is not None and whats != [old] and any(whats)
            line = r["says"][0]["line"] if r["says"] else r["line"]
            rv.append(Previous("dialogue", r["id"], r["file"], line, old, translation, translated))
        current = {u.source for u in self.units if u.kind != "dialogue"}
        for old, r in self.tl_strings.items():
            if old in current:
                continue
            new = r["new"] if isinstance(r["new"], str) else str(r["new"])
            rv.append(Previous("string", STRINGS_ID, r["new_file"], r["new_line"], old, new,
                               new != "" and new != old))
        rv.sort(key=lambda p: (p.file, p.line))
        return rv

    # -- reporting ----------------------------------------------------------

    def counts(self, lines: list[Line] | None = None) -> dict[str, int]:
        lines = self.lines if lines is None else lines
        rv = {"total": len(lines)}
        for state in STATES:
            rv[state] = 0
        for line in lines:
            rv[line.state] += 1
        return rv

    def placeholder_errors(self) -> list[dict[str, Any]]:
        rv = []
        for line in self.lines:
            for message in line.problems:
                rv.append({"id": line.unit.id, "file": line.tl_path, "line": line.tl_line,
                           "message": message})
        return rv

    @property
    def complete(self) -> bool:
        return all(line.state == "translated" and not line.problems for line in self.lines)

    def to_json(self) -> dict[str, Any]:
        rv: dict[str, Any] = self.counts()
        rv["placeholder_errors"] = self.placeholder_errors()
        rv["kinds"] = {k: self.counts([line for line in self.lines if line.unit.kind == k])
                       for k in KINDS}
        groups: dict[str, list[Line]] = defaultdict(list)
        for line in self.lines:
            groups[line.unit.group].append(line)
        rv["files"] = {g: self.counts(groups[g])
                       for g in sorted(groups, key=lambda g: (g == COMMON_GROUP, g))}
        rv["stale_lines"] = [
            {"id": line.unit.id, "file": line.unit.file, "line": line.unit.line,
             "source": line.unit.source, "previous": line.previous.to_json() if line.previous else None}
            for line in self.lines if line.state == "stale"]
        rv["orphaned"] = [p.to_json() for p in self.unmatched_orphans]
        return rv


def units_of(dump: dict[str, Any]) -> list[Unit]:
    """Every translatable unit of the source, in file order: dialogue, then strings."""
    units = []
    for r in dump["dialogue"]:
        say = r.get("say")
        if not say or not say["what"]:
            continue
        units.append(Unit("dialogue", r["id"], say["what"], r["file"], r["line"], r["tl_file"],
                          label=r.get("label"), who=say.get("who"), speaker=say.get("who_name"),
                          code=list(r["code"]), template=list(r["template"]),
                          explicit_id=bool(say.get("explicit_id"))))
    for s in dump["strings"]:
        if not s["text"]:
            continue
        units.append(Unit(s["kind"], STRINGS_ID, s["text"], s["file"], s["line"], s["tl_file"],
                          label=s.get("label")))
    return units


# (score, orphan index, line): one way to match a stale line with an orphan.
Candidate = tuple[float, int, Line]


def _scores(lines: list[Line], orphans: list[tuple[int, Previous]], bonus: float) -> list[Candidate]:
    """(score, orphan index, line) for every pair similar enough."""
    rv: list[Candidate] = []
    for line in lines:
        m = SequenceMatcher(None, autojunk=False)
        m.set_seq2(line.unit.source)  # SequenceMatcher caches what it learns of seq2
        bounds: list[tuple[float, int, str]] = []
        for o_index, orphan in orphans:
            if orphan.source is None:
                continue  # match_stale passes only orphans whose source is known
            m.set_seq1(orphan.source)
            if m.real_quick_ratio() < STALE_RATIO:
                continue
            bound = m.quick_ratio()  # an upper bound of ratio(), much cheaper
            if bound >= STALE_RATIO:
                bounds.append((bound, o_index, orphan.source))
        bounds.sort(key=lambda b: -b[0])
        for _, o_index, source in bounds[:TOP_CANDIDATES]:
            m.set_seq1(source)
            ratio = m.ratio()
            if ratio >= STALE_RATIO:
                rv.append((ratio + bonus, o_index, line))
    return rv


def _assign(candidates: list[Candidate], orphans: list[Previous], used: set[int], done: set[int]) -> None:
    candidates.sort(key=lambda c: (-c[0], c[1], c[2].unit.file, c[2].unit.line))
    for _, o_index, line in candidates:
        if o_index in used or id(line) in done:
            continue
        used.add(o_index)
        done.add(id(line))
        line.state = "stale"
        line.previous = orphans[o_index]


# The exact ratio is computed for the orphans with the best upper bounds only.
TOP_CANDIDATES = 3
# Past this many (line, orphan) pairs in one tl file, only same-label pairs are compared.
CROSS_LABEL_PAIRS = 20000


def match_stale(lines: list[Line], orphans: list[Previous], prefix: str) -> list[Previous]:
    """Mark lines stale whose orphaned translation survives; return the unmatched orphans.

    Per tl file: first the pairs in the same label (a dialogue id starts with its
    label), then what is left across labels; best ratio first, each orphan and
    each line used once."""
    open_lines: dict[tuple[str, str], list[Line]] = defaultdict(list)
    for line in lines:
        if line.state in ("missing", "untranslated"):
            cat = "dialogue" if line.unit.kind == "dialogue" else "string"
            open_lines[(cat, line.unit.tl_file)].append(line)
    open_orphans: dict[tuple[str, str], list[tuple[int, Previous]]] = defaultdict(list)
    for o_index, orphan in enumerate(orphans):
        if orphan.translated and orphan.source is not None and orphan.file.startswith(prefix):
            open_orphans[(orphan.kind, orphan.file[len(prefix):])].append((o_index, orphan))
    used: set[int] = set()
    done: set[int] = set()
    for key, group in open_orphans.items():
        group_lines = open_lines.get(key, [])
        if not group_lines:
            continue
        if key[0] == "dialogue":
            by_label: dict[str, list[Line]] = defaultdict(list)
            for line in group_lines:
                if line.unit.label:
                    by_label[line.unit.label.replace(".", "_")].append(line)
            orphans_by_label: dict[str, list[tuple[int, Previous]]] = defaultdict(list)
            for o_index, orphan in group:
                orphans_by_label[_label_of_id(orphan.id)].append((o_index, orphan))
            candidates = []
            for label, label_orphans in orphans_by_label.items():
                candidates += _scores(by_label.get(label, []), label_orphans, 0.05)
            _assign(candidates, orphans, used, done)
        rest_lines = [line for line in group_lines if id(line) not in done]
        rest_orphans = [(i, o) for i, o in group if i not in used]
        if rest_lines and rest_orphans and \
                len(rest_lines) * len(rest_orphans) <= CROSS_LABEL_PAIRS:
            _assign(_scores(rest_lines, rest_orphans, 0.0), orphans, used, done)
    return [o for i, o in enumerate(orphans) if i not in used]

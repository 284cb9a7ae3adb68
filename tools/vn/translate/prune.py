"""`vn translate prune`: delete orphaned translations that no stale line needs any more.

Editing a source line leaves its old translation behind under the old id (an
orphan, see model.py). While the new line is stale, the orphan is what tells
the translator what the line used to say, so it stays. Once the line is
translated again, or when its source line was deleted, the orphan explains
nothing: Ren'Py ignores it, and it only clutters the tl files and their diffs
(gettext calls such entries obsolete and drops them with `msgattrib
--no-obsolete`). This removes exactly those blocks (`Catalog.unmatched_orphans`),
through the same snapshot-and-commit as `import`, so a file a translator saved
meanwhile is never overwritten.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import VnError
from .dump import commit, dump
from .model import Catalog, Previous


@dataclass
class PruneResult:
    files: dict[str, int] = field(default_factory=dict)   # tl file -> blocks removed
    removed: list[Previous] = field(default_factory=list)


def _dialogue_span(lines: list[str], language: str, p: Previous) -> tuple[int, int]:
    """The lines of the block `translate LANG id:`, its `# file:line` comment and the blank
    lines after it."""
    head = f"translate {language} {p.id}:"
    try:
        i = next(k for k, text in enumerate(lines) if text.rstrip() == head)
    except StopIteration:
        raise VnError(f"{p.file}:{p.line}: no block `{head}` to remove") from None
    start = i - 1 if i > 0 and lines[i - 1].startswith("# ") else i
    end = i + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][0] in " \t"):
        end += 1
    return start, end


def _string_span(lines: list[str], p: Previous) -> tuple[int, int]:
    """The `old`/`new` pair whose `new` is at p.line, with its comment and one blank line."""
    new = p.line - 1
    if not (0 < new < len(lines) and lines[new].lstrip().startswith("new ")
            and lines[new - 1].lstrip().startswith("old ")):
        raise VnError(f"{p.file}:{p.line}: not the `new` line of an old/new pair")
    start = new - 1
    while start > 0 and lines[start - 1].lstrip().startswith("#") and lines[start - 1][0] in " \t":
        start -= 1
    end = new + 1
    if end < len(lines) and not lines[end].strip():
        end += 1
    return start, end


_STRINGS_HEAD = re.compile(r"translate \w+ strings:\s*$")


def _drop_empty_strings_blocks(lines: list[str]) -> list[str]:
    """A `translate LANG strings:` block left with no old/new pair goes too."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        if _STRINGS_HEAD.match(lines[k]):
            end = k + 1
            while end < len(lines) and (not lines[end].strip() or lines[end][0] in " \t"):
                end += 1
            if not any(text.lstrip().startswith("old ") for text in lines[k + 1:end]):
                k = end
                continue
        out.append(lines[k])
        k += 1
    return out


def prune(path: str | Path | None, language: str) -> PruneResult:
    """Remove `language`'s orphaned translations that no stale line is matched to."""
    data, snap = dump(path, copy_language=language)
    assert snap is not None
    catalog = Catalog(data, language)
    by_file: dict[str, list[Previous]] = defaultdict(list)
    for p in catalog.unmatched_orphans:
        by_file[p.file].append(p)
    result = PruneResult()
    writes: dict[str, bytes] = {}
    for rel, orphans in sorted(by_file.items()):
        raw = snap.files.get(rel)
        if raw is None:
            raise VnError(f"{rel}: appeared while vn was working; nothing was written, run again")
        lines = raw.decode("utf-8").split("\n")
        spans = [_dialogue_span(lines, language, p) if p.kind == "dialogue" else _string_span(lines, p)
                 for p in orphans]
        for start, end in sorted(spans, reverse=True):
            del lines[start:end]
        lines = _drop_empty_strings_blocks(lines)
        writes[rel] = "\n".join(lines).encode("utf-8")
        result.files[rel] = len(orphans)
        result.removed.extend(orphans)
    commit(snap.base, snap, writes)
    return result

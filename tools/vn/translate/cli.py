"""`vn translate init|status|export|import|prune`: the translators' workflow on Ren'Py's ids."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .. import atomic
from ..engine import game_base
from ..errors import VnError
from ..lock import game_lock
from . import formats
from .dump import check_language, dump, run_translate
from .importer import import_file
from .model import KINDS, Catalog
from .prune import prune


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "translate", help="translation status, PO/CSV export and import",
        description="Work with the game's translations in game/tl/LANG/, on Ren'Py's own "
                    "translation ids: create them, report what is missing, stale or broken, "
                    "and exchange them with PO (Poedit, Weblate) or CSV (spreadsheets).")
    sub = p.add_subparsers(dest="translate_command", metavar="ACTION")
    sub.required = True

    q = sub.add_parser("init", help="create or update game/tl/LANG/ with Ren'Py's translate command",
                       description="Run Ren'Py's own `translate LANG` on a staged view of the game "
                                   "and copy back the tl/LANG files it created or extended. "
                                   "Existing translations are never changed: Ren'Py only appends "
                                   "what is missing, and vn checks that it did.")
    q.add_argument("language", help="the language, as Ren'Py names it (spanish)")
    q.add_argument("game_dir", nargs="?", default=".", help="the game's base directory")
    q.set_defaults(func=main_init)

    q = sub.add_parser("status", help="what is translated, untranslated, missing, stale or broken",
                       description="Per language and per source file: total lines, translated, "
                                   "untranslated (still the source text), missing, stale (the "
                                   "source changed after it was translated), and placeholder or "
                                   "text tag errors. Exit 0 only when every language is complete "
                                   "with no errors.")
    q.add_argument("where", nargs="*", metavar="[LANG] [GAME_DIR]",
                   help="a language (default: every language), and the game's base directory; "
                        "a lone argument that is a directory holding game/ is the game")
    q.add_argument("--json", action="store_true", help="print the report as JSON")
    q.set_defaults(func=main_status)

    q = sub.add_parser("export", help="write a language as PO or CSV",
                       description="One entry per dialogue line, menu choice and interface string, "
                                   "with Ren'Py's translation id as context, file:line as "
                                   "reference, speaker and scene as comments, and the current "
                                   "translation.")
    q.add_argument("language", help="the language, as Ren'Py names it (spanish)")
    q.add_argument("game_dir", nargs="?", default=".", help="the game's base directory")
    q.add_argument("--format", "-f", choices=formats.FORMATS,
                   help="po or csv (default: from --out's suffix, else po)")
    q.add_argument("--out", "-o", default="-", help="file to write (default: standard output)")
    q.set_defaults(func=main_export)

    q = sub.add_parser("import", help="write a PO or CSV file's translations into game/tl/LANG/",
                       description="Write the translations of a PO or CSV file back into "
                                   "game/tl/LANG/, editing Ren'Py's files in place. Entries with "
                                   "an unknown id, broken placeholders or unbalanced tags are "
                                   "refused one by one; the rest are applied.")
    q.add_argument("language", help="the language, as Ren'Py names it (spanish)")
    q.add_argument("file", help="the PO or CSV file")
    q.add_argument("game_dir", nargs="?", default=".", help="the game's base directory")
    q.add_argument("--format", "-f", choices=formats.FORMATS, help="po or csv (default: guessed)")
    q.add_argument("--strict", action="store_true",
                   help="apply nothing when any entry is refused")
    q.set_defaults(func=main_import)

    q = sub.add_parser("prune", help="delete orphaned translations no stale line needs",
                       description="Delete the blocks of game/tl/LANG/ whose source line is gone "
                                   "and that no stale line still needs as its old translation "
                                   "(the `orphaned` list of `status`). Ren'Py ignores them; "
                                   "they only clutter the files.")
    q.add_argument("language", help="the language, as Ren'Py names it (spanish)")
    q.add_argument("game_dir", nargs="?", default=".", help="the game's base directory")
    q.set_defaults(func=main_prune)


# ---------------------------------------------------------------------------


def _is_game_dir(arg: str) -> bool:
    path = Path(arg)
    return (path / "game").is_dir() or (path.name == "game" and path.is_dir()) \
        or os.sep in arg or arg in (".", "..") or arg.startswith("~")


def _status_args(where: list[str]) -> tuple[str | None, str]:
    if len(where) > 2:
        raise VnError(f"status takes at most a language and a game directory, not {where!r}")
    if len(where) == 2:
        return check_language(where[0]), where[1]
    if len(where) == 1:
        if _is_game_dir(where[0]):
            return None, where[0]
        return check_language(where[0]), "."
    return None, "."


def catalogs(game_dir: str, language: str | None) -> list[Catalog]:
    data, _ = dump(game_dir)
    known = sorted(data["translations"])
    if language is not None:
        if language not in known:
            raise VnError(f"game/{data.get('tl_directory', 'tl')}/{language}: no such translation "
                          f"(run `vn translate init {language}`)")
        known = [language]
    if not known:
        raise VnError(f"{data['base']}/game/{data.get('tl_directory', 'tl')}: no translations "
                      "(run `vn translate init LANG`)")
    return [Catalog(data, lang) for lang in known]


def _pct(part: int, total: int) -> str:
    return f"{100.0 * part / total:.1f}%" if total else "100.0%"


def _row(name: str, c: dict[str, int]) -> str:
    return (f"  {name:<42} {c['total']:>6} {c['translated']:>11} {c['untranslated']:>13} "
            f"{c['missing']:>8} {c['stale']:>6}")


def render_status(cat: Catalog) -> str:
    j = cat.to_json()
    out = [f"{cat.language}: {j['translated']} of {j['total']} translated "
           f"({_pct(j['translated'], j['total'])}); {j['untranslated']} untranslated, "
           f"{j['missing']} missing, {j['stale']} stale; "
           f"{len(j['placeholder_errors'])} placeholder error(s)"]
    header = (f"  {'':<42} {'total':>6} {'translated':>11} {'untranslated':>13} "
              f"{'missing':>8} {'stale':>6}")
    out.append(header)
    for kind in KINDS:
        if j["kinds"][kind]["total"]:
            out.append(_row(kind, j["kinds"][kind]))
    out.append(f"  {'by file':<42}" + header[44:])
    for name, c in j["files"].items():
        out.append(_row(name, c))
    if j["placeholder_errors"]:
        out.append("placeholder and text tag errors:")
        for e in j["placeholder_errors"]:
            out.append(f"  {e['file']}:{e['line']}: {e['id']}: {e['message']}")
    if j["stale_lines"]:
        out.append("stale (the source changed after it was translated):")
        for s in j["stale_lines"]:
            prev = s["previous"] or {}
            out.append(f"  {s['file']}:{s['line']}: {s['id']}: was {prev.get('source')!r}, "
                       f"translated at {prev.get('file')}:{prev.get('line')}")
    if j["orphaned"]:
        out.append(f"orphaned translations (their source line is gone): {len(j['orphaned'])}")
        for o in j["orphaned"]:
            out.append(f"  {o['file']}:{o['line']}: {o['id']}: {o['source']!r}")
    return "\n".join(out)


def main_status(args: argparse.Namespace) -> int:
    language, game_dir = _status_args(args.where)
    cats = catalogs(game_dir, language)
    if args.json:
        print(json.dumps({c.language: c.to_json() for c in cats}, ensure_ascii=False, indent=1))
    else:
        print("\n\n".join(render_status(c) for c in cats))
    return 0 if all(c.complete for c in cats) else 1


def export_text(game_dir: str, language: str, fmt: str) -> tuple[str, Catalog]:
    check_language(language)
    data, _ = dump(game_dir)
    cat = Catalog(data, language)
    return formats.export(cat, fmt), cat


def main_export(args: argparse.Namespace) -> int:
    fmt = args.format
    if fmt is None:
        fmt = "csv" if args.out.lower().endswith(".csv") else "po"
    game_base(args.game_dir)
    if args.out != "-":
        atomic.check_output(args.out)
    text, cat = export_text(args.game_dir, args.language, fmt)
    if args.out == "-":
        sys.stdout.write(text)
    else:
        atomic.write_text(Path(args.out), text)
        c = cat.counts()
        print(f"{args.out}: {c['total']} entries ({c['translated']} translated, "
              f"{c['untranslated'] + c['missing']} to translate, {c['stale']} stale)",
              file=sys.stderr)
    return 0


def main_import(args: argparse.Namespace) -> int:
    check_language(args.language)
    with game_lock(game_base(args.game_dir), "translate import"):
        result = import_file(args.game_dir, args.language, args.file, strict=args.strict,
                             fmt=args.format)
    for rel, (updated, added) in sorted(result.files.items()):
        print(f"{rel}: {updated} updated, {added} added")
    if result.refused:
        print(f"refused ({len(result.refused)}):")
        for r in result.refused:
            print(f"  {r}")
    if args.strict and result.refused:
        print(f"--strict: nothing written ({len(result.refused)} refused)")
    else:
        print(f"{result.applied + result.added} translation(s) applied "
              f"({result.applied} updated, {result.added} added), {result.unchanged} unchanged, "
              f"{result.empty} empty, {result.fuzzy} fuzzy skipped, {len(result.refused)} refused")
    return 1 if result.refused else 0


def main_prune(args: argparse.Namespace) -> int:
    check_language(args.language)
    with game_lock(game_base(args.game_dir), "translate prune"):
        result = prune(args.game_dir, args.language)
    for rel, n in result.files.items():
        print(f"{rel}: {n} orphaned translation(s) removed")
    if not result.files:
        print(f"game/tl/{args.language}: no orphaned translations")
    return 0


def main_init(args: argparse.Namespace) -> int:
    check_language(args.language)
    with game_lock(game_base(args.game_dir), "translate init"):
        result = run_translate(args.game_dir, args.language)
    for rel in result.created:
        print(f"{rel}: created")
    for rel in result.updated:
        print(f"{rel}: extended")
    if not result.created and not result.updated:
        print(f"game/tl/{args.language}: up to date (nothing to add)")
    return 0

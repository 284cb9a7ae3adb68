"""`vn translate`: Ren'Py translations (game/tl/LANG/) with status, PO/CSV export and import.

Everything comes from the engine's own parse (tools/vn/engine_files/vn_translations.rpy
dumps it); nothing here re-parses .rpy files, except to rewrite, in place, the one
string literal a translation changes.

Public API:
    dump_translations(game_dir)        -> (engine dump, None)
    Catalog(dump, language)            -> per-line states, counts, placeholder errors
    formats.export(catalog, "po"|"csv")
    import_file(game_dir, language, file, strict=False)
    run_translate(game_dir, language)  -> Ren'Py's `translate`, copied back safely
"""

from __future__ import annotations

from .cli import register
from .dump import dump as dump_translations
from .dump import run_translate
from .importer import import_file
from .model import Catalog

__all__ = ["register", "dump_translations", "run_translate", "import_file", "Catalog"]

## Translation dump, run by `vn translate`: `renpy BASE vn_translations --out FILE`.
##
## Writes, as JSON, what Ren'Py itself knows about the game's translations once
## init has run, so `vn translate status/export/import` never re-parse .rpy:
##
## - `dialogue`: every default-language translate block of the game's own files
##   (Ren'Py's translation id, file, line, label, the code of its statements,
##   the say statement's who/what, and the tl file Ren'Py would write it to);
## - `strings`: every string Ren'Py's `translate` command would extract
##   (scan_strings: _() strings and menu choices), with file, line and tl file;
## - `translations`: per language, every `translate LANG id:` block (file, line,
##   its say statements, and the source comment Ren'Py wrote above them) and
##   every `old`/`new` string translation (file and line of both);
## - `text_tags`: the text tags the engine knows, and whether each needs closing.
##
## The canonical copy lives in tools/vn/engine_files/; `vn` adds it to a
## temporary view of the game, so the game need not ship it. This file must
## not contain the pattern Ren'Py's string scanner extracts (underscore, paren,
## quote), or its own text would be offered for translation.

python early in _vn_translations:

    import json as _json
    import os as _os
    import re as _re

    DUMP_FORMAT = 1
    INJECTED = ("vn_export.rpy", "vn_autoplay.rpy", "vn_py311_shim.rpy", "vn_translations.rpy",
                "00000vn_script_cache.rpy", "0vn_stable_names.rpy", "vn_standin_modules.rpy",
                "00vn_fast_load.rpy")
    # Stands for the translated text in `say_template`; never appears in a script.
    SENTINEL = u"\ue000vn\ue001"

    def _slash(fn):
        return fn.replace("\\", "/")

    def _injected(fn):
        return _os.path.basename(fn).replace(".rpyc", ".rpy").replace(".rpym", ".rpy") in INJECTED

    def _is_source(fn):
        fn = _slash(fn)
        return fn.startswith("game/") and not fn.startswith("game/tl/") and not _injected(fn)

    def _is_tl(fn):
        return _slash(fn).startswith("game/tl/")

    def _who_name(who):
        if not who or not who.isidentifier():
            return None
        char = getattr(renpy.store, who, None)
        if not isinstance(char, renpy.character.ADVCharacter):
            return None
        name = char.name
        if name is None:
            return None
        return name if isinstance(name, str) else str(name)

    def _say_record(node):
        return {
            "who": node.who,
            "who_name": _who_name(node.who),
            "what": node.what,
            "line": node.linenumber,
            "explicit_id": getattr(node, "identifier", None),
        }

    def _code(node, dialogue_filter=None):
        try:
            return node.get_code(dialogue_filter) if dialogue_filter else node.get_code()
        except Exception as e:
            return "<%s: %s>" % (type(node).__name__, e)

    _file_lines = {}

    def _lines(filename):
        if filename not in _file_lines:
            path = renpy.exports.unelide_filename(filename)
            try:
                with open(path, "r", encoding="utf-8") as f:
                    _file_lines[filename] = f.read().replace(u"\ufeff", "").split("\n")
            except Exception:
                _file_lines[filename] = []
        return _file_lines[filename]

    REF = _re.compile(r"^\s*#\s*(\S+:\d+)\s*$")
    # A translator's mark that a text identical to the source is meant to be.
    # It ends the line as a comment: `    new "Noah"  # vn: same`.
    SAME = _re.compile(r"\s#\s*vn:\s*same\s*$")

    def _marked_same(filename, linenumber):
        lines = _lines(filename)
        if not 0 < linenumber <= len(lines):
            return False
        line = lines[linenumber - 1]
        m = SAME.search(line)
        if not m:
            return False
        # Outside the (double-quoted, as Ren'Py writes them) strings of the line.
        before = _re.sub(r"\\.", "", line[:m.start()])
        return before.count('"') % 2 == 0

    COMMENT = _re.compile(r"^\s+# ?(.*)$")

    def _tl_comments(node):
        """The `# file:line` above a tl block, and the `# code` lines Ren'Py wrote in it."""
        lines = _lines(node.filename)
        i = node.linenumber - 1  # index of the `translate` line
        ref = None
        if 0 < i <= len(lines):
            m = REF.match(lines[i - 1])
            if m:
                ref = m.group(1)
        comments = []
        j = i + 1
        while j < len(lines):
            text = lines[j]
            if not text.strip():
                if comments:
                    break
                j += 1
                continue
            m = COMMENT.match(text)
            if not m:
                break
            comments.append(m.group(1))
            j += 1
        return ref, comments

    def _labels_by_line():
        """(file, line) of each menu -> the label it is in, as take_translates counts labels."""
        A = renpy.ast
        nodes = [n for n in renpy.game.script.all_stmts if _is_source(n.filename)]
        nodes.sort(key=lambda n: (n.filename, n.linenumber))
        rv = {}
        label = None
        current = None
        for n in nodes:
            if n.filename != current:
                current = n.filename
                label = None
            if isinstance(n, A.Label) and not n.hide and not n.name.startswith("_"):
                label = n.name
            elif isinstance(n, A.Menu):
                rv[(_slash(n.filename), n.linenumber)] = label
        return rv

    def _dialogue(translator):
        A = renpy.ast
        rv = []
        for filename, pairs in translator.file_translates.items():
            for label, t in pairs:
                if not _is_source(t.filename):
                    continue
                fn, common = renpy.translation.generation.shorten_filename(filename)
                if common:
                    continue
                if fn.endswith("m"):
                    fn = fn[:-1]
                says = [n for n in t.block if isinstance(n, A.Say)]
                last = says[-1] if says else None
                template = []
                for n in t.block:
                    if n is last:
                        template.append(_code(n, lambda s: SENTINEL))
                    else:
                        template.append(_code(n))
                rv.append({
                    "id": t.identifier,
                    "file": _slash(t.filename),
                    "line": t.linenumber,
                    "label": label,
                    "tl_file": _slash(fn),
                    "code": [_code(n) for n in t.block],
                    "template": template,
                    "say": _say_record(last) if last is not None else None,
                })
        rv.sort(key=lambda r: (r["file"], r["line"]))
        return rv

    def _strings(translator):
        menus = set()
        for filename, pairs in translator.additional_strings.items():
            for line, s in pairs:
                menus.add((_os.path.normpath(filename), line, s))
        menu_labels = _labels_by_line()
        rv = []
        # The same call, with the same limits, as Ren'Py's own `translate` command.
        for s in renpy.translation.scanstrings.scan(0, 299, False):
            tlfn = renpy.translation.generation.translation_filename(s)
            if tlfn is None:
                continue
            if _injected(s.filename):
                continue
            file = _slash(renpy.parser.elide_filename(s.filename))
            if s.common:
                kind = "common"
            elif (_os.path.normpath(s.filename), s.line, s.text) in menus:
                kind = "menu"
            else:
                kind = "interface"
            rv.append({
                "text": s.text,
                "file": file,
                "line": s.line,
                "kind": kind,
                "label": menu_labels.get((file, s.line)) if kind == "menu" else None,
                "tl_file": _slash(tlfn),
                "comment": bool(s.comment),
            })
        return rv

    def _translations(translator):
        A = renpy.ast
        languages = {}

        def lang(name):
            return languages.setdefault(name, {"dialogue": [], "strings": []})

        # `translate None ...` (tl/None/common.rpym in every template-made game) changes
        # the default language's text: it is not a translation into a language.
        for (identifier, language), t in translator.language_translates.items():
            if not _is_tl(t.filename) or language is None:
                continue
            ref, comments = _tl_comments(t)
            lang(language)["dialogue"].append({
                "id": identifier,
                "file": _slash(t.filename),
                "line": t.linenumber,
                "code": [_code(n) for n in t.block],
                "says": [dict(_say_record(n), same=_marked_same(n.filename, n.linenumber))
                         for n in t.block if isinstance(n, A.Say)],
                "source_ref": ref,
                "source_code": comments,
                "orphan": identifier not in translator.default_translates,
            })

        for n in renpy.game.script.all_stmts:
            if isinstance(n, A.TranslateString) and _is_tl(n.filename) and n.language is not None:
                newloc = getattr(n, "newloc", None) or (n.filename, n.linenumber + 1)
                lang(n.language)["strings"].append({
                    "old": n.old,
                    "new": n.new,
                    "file": _slash(n.filename),
                    "line": n.linenumber,
                    "new_file": _slash(newloc[0]),
                    "new_line": newloc[1],
                    "same": _marked_same(newloc[0], newloc[1]),
                })
            elif isinstance(n, (A.Translate, A.TranslateBlock, A.TranslatePython)) and _is_tl(n.filename):
                if n.language is not None:
                    lang(n.language)

        # Languages with a (maybe empty) folder under game/tl/.
        tl_dir = _os.path.join(renpy.config.gamedir, renpy.config.tl_directory)
        if _os.path.isdir(tl_dir):
            for name in _os.listdir(tl_dir):
                if _os.path.isdir(_os.path.join(tl_dir, name)) and name != "None":
                    lang(name)

        for data in languages.values():
            data["dialogue"].sort(key=lambda r: (r["file"], r["line"]))
            data["strings"].sort(key=lambda r: (r["file"], r["line"]))
        return languages

    def _text_tags():
        tags = dict(renpy.text.extras.text_tags)
        for name in (renpy.config.custom_text_tags or {}):
            tags[name] = True
        for name in (renpy.config.self_closing_custom_text_tags or {}):
            tags[name] = False
        return {k: bool(v) for k, v in tags.items()}

    def build_dump():
        translator = renpy.game.script.translator
        return {
            "format": "vn-translations",
            "version": DUMP_FORMAT,
            "renpy_version": renpy.version_only,
            "name": str(renpy.config.name or ""),
            "game_version": str(renpy.config.version or ""),
            "tl_directory": renpy.config.tl_directory,
            "sentinel": SENTINEL,
            "dialogue": _dialogue(translator),
            "strings": _strings(translator),
            "translations": _translations(translator),
            "text_tags": _text_tags(),
        }

    def vn_translations_command():
        ap = renpy.arguments.ArgumentParser(description="Write the game's translations as JSON.")
        ap.add_argument("--out", required=True, help="The JSON file to write.")
        args = ap.parse_args()
        data = build_dump()
        tmp = args.out + ".part"
        with open(tmp, "w", encoding="utf-8") as f:
            _json.dump(data, f, ensure_ascii=False)
        _os.replace(tmp, args.out)
        return False

    renpy.arguments.register_command("vn_translations", vn_translations_command)

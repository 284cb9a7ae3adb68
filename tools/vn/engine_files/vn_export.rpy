## Story exporter, run by `vn export`: `renpy BASE vn_export --out FILE`.
##
## Walks the script exactly as Ren'Py parsed it and writes it as JSON: every
## statement of the game's own files with its file, line and successor, plus
## the characters and images that exist once init code has run. The route
## checker, the web export and the sprite check read only this JSON.
##
## The canonical copy lives in tools/vn/engine_files/; `vn` adds it to a
## temporary view of the game it is pointed at, so the game need not ship it.

python early in _vn_export:

    import builtins as _builtins
    import json as _json
    import os as _os

    # Dicts and lists written in this file are Ren'Py's revertable ones: the first change
    # of each logs a copy of it for rollback (renpy/revertable.py), which on a game of
    # 270,000 statements is a copy of every record. The records are plain dicts.
    _dict = _builtins.dict

    EXPORT_FORMAT = 1
    INJECTED = ("vn_export.rpy", "vn_autoplay.rpy", "vn_py311_shim.rpy", "00000vn_script_cache.rpy",
                "0vn_stable_names.rpy", "vn_standin_modules.rpy", "00vn_fast_load.rpy")

    def _src(expr):
        """The source text of a PyExpr/PyCode/string, or None."""
        if expr is None:
            return None
        source = getattr(expr, "source", expr)
        if isinstance(source, str):
            return source.strip()
        return str(source)

    def _signature(info):
        """A label's parameters as source text: `(a, b=1, *rest)`, `()` for `label x():`,
        None without parentheses (a ParameterInfo has no useful repr of its own)."""
        if info is None:
            return None
        parts = []
        for name, default in getattr(info, "parameters", None) or []:
            parts.append(name if default is None else "%s=%s" % (name, _src(default)))
        if getattr(info, "extrapos", None):
            parts.append("*" + info.extrapos)
        if getattr(info, "extrakw", None):
            parts.append("**" + info.extrakw)
        return "(" + ", ".join(parts) + ")"

    def _is_game_file(filename):
        filename = filename.replace("\\", "/")
        if not filename.startswith("game/") or filename.startswith("game/tl/"):
            return False
        return _os.path.basename(filename).replace(".rpyc", ".rpy") not in INJECTED

    def _color(value):
        if value is None:
            return None
        try:
            return renpy.color.Color(value).hexcode
        except Exception:
            return str(value)

    def character_record(name, char):
        """A Character as every export writes it. The web export (vn_web_export.rpy) adds
        its own fields to this same record, so a character is described once."""
        display = char.name
        return {
            "id": name,
            "name": display if isinstance(display, str) or display is None else str(display),
            "dynamic": bool(getattr(char, "dynamic", False)),
            "color": _color(char.who_args.get("color")),
            "image": char.image_tag,
            "kind": "nvl" if char.__class__.__name__ == "NVLCharacter" else "adv",
        }

    def characters(names, record=character_record):
        """`record(name, value)` for each of `names` that is a Character once init has run."""
        chars = {}
        for name in sorted(names):
            value = getattr(renpy.store, name, None)
            if isinstance(value, renpy.character.ADVCharacter):
                chars[name] = record(name, value)
        return chars

    def _images():
        rv = []
        for key, displayable in renpy.display.image.images.items():
            record = {"name": " ".join(key)}
            filename = getattr(displayable, "filename", None)
            if isinstance(filename, str):
                record["file"] = filename
            layered = _layered_names(key, displayable)
            if layered:
                rv.extend(layered)
                continue
            rv.append(record)
        rv.sort(key=lambda r: r["name"])
        return rv

    def _layered_groups(displayable):
        """A layeredimage made only of grouped attributes (the sprites' poses.rpy: a pose group
        and an expression group), as [[group, [attribute...]]...] in its order; else None."""
        layers = getattr(displayable, "layers", None)
        attributes = getattr(displayable, "attributes", None)
        if not hasattr(displayable, "_choose_attributes") or layers is None or attributes is None:
            return None
        if len(layers) != len(attributes) or any(a.group is None for a in attributes):
            return None
        groups = []
        for a in attributes:
            if not groups or groups[-1][0] != a.group:
                if any(g == a.group for g, _ in groups):
                    return None
                groups.append([a.group, []])
            if a.attribute not in groups[-1][1]:
                groups[-1][1].append(a.attribute)
        return groups

    def _layered_names(key, displayable):
        """Every name a show can give such a layered image ("calla", "calla gesture",
        "calla gesture happy"...), each with the one file it then shows (defaults applied as
        LayeredImage._duplicate does); None when some combination shows no file or several."""
        import itertools
        groups = _layered_groups(displayable)
        if not groups:
            return None
        out = []
        for chosen in itertools.product(*[[None] + attrs for _, attrs in groups]):
            chosen = [c for c in chosen if c is not None]
            attributes = set(chosen)
            banned = displayable.get_banned(attributes)
            attributes |= set(a.attribute for a in displayable.attributes
                              if a.default and a.attribute not in banned)
            files = []
            for layer in displayable.layers:
                d = layer.get_displayable(attributes)
                if d is None or isinstance(d, renpy.display.layout.Null):
                    continue
                filename = getattr(d, "filename", None)
                if not isinstance(filename, str):
                    return None
                files.append(filename)
            if len(files) != 1:
                return None
            out.append({"name": " ".join(tuple(key) + tuple(chosen)), "file": files[0],
                        "layered": " ".join(key)})
        return out

    def _layered():
        """The layered images the export named by combination, with their groups in order:
        the web player resolves their attributes as Ren'Py does (a new expression keeps the pose)."""
        rv = {}
        for key, displayable in renpy.display.image.images.items():
            if _layered_names(key, displayable):
                rv[" ".join(key)] = {"groups": _layered_groups(displayable)}
        return rv

    def _widget(displayable):
        """The screen-language statement name of an SLDisplayable's displayable
        (`_textbutton` -> `textbutton`, `Button` -> `button`)."""
        name = getattr(displayable, "__name__", None) or type(displayable).__name__
        return name.lstrip("_").lower()

    def _screen_buttons(block, condition, loop, out):
        """Every button of a screen-language block that has an `action` (and every `use`
        of another screen), with the conditions of the ifs around it and whether a `for`
        repeats it: what `vn routes` reads to treat `call screen` as a choice point."""
        SL = renpy.sl2.slast
        for child in getattr(block, "children", None) or []:
            loc = getattr(child, "location", ("", 0))
            if isinstance(child, SL.SLDisplayable):
                keywords = dict((k, _src(v)) for k, v in child.keyword)
                if "action" in keywords:
                    out.append({
                        "line": loc[1],
                        "widget": _widget(child.displayable),
                        "text": _src(child.positional[0]) if child.positional else None,
                        "action": keywords.get("action"),
                        "sensitive": keywords.get("sensitive"),
                        "alt": keywords.get("alt"),
                        "condition": condition,
                        "loop": loop,
                    })
                _screen_buttons(child, condition, loop, out)
            elif isinstance(child, (SL.SLIf, SL.SLShowIf)):
                before = []
                for cond, sub in child.entries:
                    parts = ([condition] if condition else []) + ["not (%s)" % c for c in before]
                    if cond is not None and _src(cond) != "True":
                        parts.append("(%s)" % _src(cond))
                        before.append(_src(cond))
                    _screen_buttons(sub, " and ".join(parts) or None, loop, out)
            elif isinstance(child, SL.SLFor):
                _screen_buttons(child, condition, "%s in %s" % (child.variable, _src(child.expression)), out)
            elif isinstance(child, SL.SLUse):
                out.append({"line": loc[1], "use": child.target if isinstance(child.target, str) else None,
                            "condition": condition, "loop": loop})
            elif isinstance(child, SL.SLBlock):
                _screen_buttons(child, condition, loop, out)
        return out

    class _Walker(object):
        """Turns the parsed nodes into JSON records with stable ids."""

        def __init__(self, nodes):
            self.nodes = nodes
            self.ids = {}
            self.translate_ids = {}
            self.init_priority = {}
            taken = {}
            for node in nodes:
                if self.transparent(node):
                    continue
                base = "%s:%d" % (node.filename, node.linenumber)
                count = taken.get(base, 0)
                taken[base] = count + 1
                self.ids[id(node)] = base if count == 0 else "%s#%d" % (base, count)

        def transparent(self, node):
            return isinstance(node, (renpy.ast.Translate, renpy.ast.EndTranslate, renpy.ast.Pass, renpy.ast.Init))

        def resolve(self, node):
            """The id of the first meaningful node control reaches from `node`."""
            seen = set()
            while node is not None and self.transparent(node):
                if id(node) in seen:
                    return None
                seen.add(id(node))
                # Control enters a translate block, but passes an init block by:
                # its statements ran at init time.
                if isinstance(node, renpy.ast.Translate) and node.block:
                    node = node.block[0]
                else:
                    node = node.next
            if node is None:
                return None
            return self.ids.get(id(node))

        def block(self, block):
            if not block:
                return None
            return self.resolve(block[0])

        def imspec(self, imspec):
            # 8.0 imspecs: (name, expression, tag, at_list, layer, zorder, behind)
            name, expression, tag, at_list, layer = imspec[:5]
            zorder = imspec[5] if len(imspec) > 5 else None
            behind = imspec[6] if len(imspec) > 6 else []
            return {
                "image": " ".join(name) if name else None,
                "tag": tag or (name[0] if name else None),
                "attributes": list(name[1:]) if name else [],
                "expression": _src(expression),
                "at": [_src(a) for a in (at_list or [])],
                "layer": layer,
                "zorder": _src(zorder),
                "behind": list(behind or []),
            }

        def record(self, node):
            A = renpy.ast
            r = _dict(id=self.ids[id(node)], file=node.filename, line=node.linenumber,
                      next=self.resolve(node.next))

            if isinstance(node, A.Label):
                r.update(kind="label", name=node.name,
                         parameters=_signature(getattr(node, "parameters", None)),
                         hide=bool(node.hide))
                if node.block:
                    r["next"] = self.block(node.block)
            elif isinstance(node, A.Say):
                who = node.who
                r.update(kind="say", who=who,
                         character=who if (who and who.isidentifier() and isinstance(getattr(renpy.store, who, None), renpy.character.ADVCharacter)) else None,
                         what=node.what,
                         attributes=list(node.attributes or []),
                         temporary_attributes=list(node.temporary_attributes or []),
                         arguments=_src(getattr(node.arguments, "source", None) if node.arguments else None),
                         interact=bool(node.interact),
                         translate_id=self.translate_ids.get(id(node)),
                         **{"with": _src(node.with_)})
            elif isinstance(node, A.Menu):
                items = []
                caption = None
                item_args = getattr(node, "item_arguments", None) or [None] * len(node.items)
                for (label, condition, block), args in zip(node.items, item_args):
                    if block is None:
                        caption = label
                        continue
                    item = {"text": label, "condition": _src(condition), "next": self.block(block)}
                    if args is not None:
                        ## A choice's own arguments, `"Text" (locked=_("why")) if cond:`, as
                        ## [keyword or None, source] pairs (the key is absent when it has none).
                        item["arguments"] = [[k, _src(v)] for k, v in args.arguments]
                    items.append(item)
                r.update(kind="menu", caption=caption, items=items,
                         set=_src(node.set), arguments=None,
                         **{"with": _src(node.with_)})
            elif isinstance(node, A.Jump):
                r.update(kind="jump", target=node.target, expression=bool(node.expression))
                r["next"] = None
            elif isinstance(node, A.Call):
                from_label = node.next.name if isinstance(node.next, A.Label) else None
                r.update(kind="call", target=node.label, expression=bool(node.expression),
                         arguments=None if node.arguments is None else "(...)",
                         **{"from": from_label})
            elif isinstance(node, A.Return):
                r.update(kind="return", expression=_src(node.expression))
                r["next"] = None
            elif isinstance(node, A.If):
                r.update(kind="if", entries=[{"condition": _src(c), "next": self.block(b)} for c, b in node.entries])
            elif isinstance(node, A.While):
                r.update(kind="while", condition=_src(node.condition), body=self.block(node.block))
            elif isinstance(node, A.EarlyPython):
                r.update(kind="early_python", source=_src(node.code))
            elif isinstance(node, A.Python):
                r.update(kind="python", source=_src(node.code), hide=bool(node.hide), store=node.store,
                         init=self.init_priority.get(id(node)))
            elif isinstance(node, A.Default):
                r.update(kind="default", store=node.store, name=node.varname, source=_src(node.code))
            elif isinstance(node, A.Define):
                r.update(kind="define", store=node.store, name=node.varname,
                         operator=getattr(node, "operator", "="),
                         index=_src(getattr(node, "index", None)), source=_src(node.code))
            elif isinstance(node, A.Scene):
                r.update(kind="scene", layer=node.layer, atl=node.atl is not None)
                if node.imspec:
                    r.update(self.imspec(node.imspec))
                else:
                    r.update(image=None, attributes=[], at=[])
            elif isinstance(node, A.Show):
                r.update(kind="show", atl=node.atl is not None, **self.imspec(node.imspec))
            elif isinstance(node, A.Hide):
                r.update(kind="hide", **self.imspec(node.imspec))
            elif isinstance(node, A.With):
                r.update(kind="with", expr=_src(node.expr), paired=node.paired is not None)
            elif isinstance(node, A.UserStatement):
                r.update(kind="user", name=node.line.split()[0] if node.line.split() else "", source=node.line)
                code_block = getattr(node, "code_block", None)
                if code_block:
                    ## A creator-defined statement with a block of script (the tutorial's
                    ## `example:`): where the block starts, and where the statement's own
                    ## `next` function sends control, asked once here (None if it fails).
                    r["block"] = self.block(code_block)
                    try:
                        r["enters"] = self.resolve(node.get_next())
                    except Exception:
                        r["enters"] = None
            elif isinstance(node, A.Image):
                r.update(kind="image", name=" ".join(node.imgname))
            elif isinstance(node, A.Transform):
                r.update(kind="transform", name=node.varname)
            elif isinstance(node, A.Screen):
                r.update(kind="screen", name=getattr(node.screen, "name", None),
                         parameters=_signature(getattr(node.screen, "parameters", None)),
                         buttons=_screen_buttons(node.screen, None, None, []))
            elif isinstance(node, A.Style):
                r.update(kind="style", name=node.style_name)
            elif isinstance(node, A.Testcase):
                r.update(kind="testcase", name=node.label)
            else:
                r.update(kind=type(node).__name__.lower())
            return r

        def export(self):
            A = renpy.ast
            for node in self.nodes:
                if isinstance(node, A.Translate) and node.language is None:
                    for child in node.block:
                        self.translate_ids[id(child)] = node.identifier
                elif isinstance(node, A.Init):
                    for child in node.block:
                        self.init_priority[id(child)] = node.priority
            return [self.record(n) for n in self.nodes if not self.transparent(n)]

    def _game_nodes():
        A = renpy.ast
        skip = set()
        rv = []
        for node in renpy.game.script.all_stmts:
            if not _is_game_file(node.filename):
                continue
            # Translations into other languages are not part of the story graph.
            if isinstance(node, A.Translate) and node.language is not None:
                continue
            if isinstance(node, (A.TranslateString, A.TranslateBlock, A.TranslatePython, A.RPY)):
                continue
            rv.append(node)
        rv.sort(key=lambda n: (n.filename, n.linenumber))
        return rv

    def build_export():
        nodes = _game_nodes()
        walker = _Walker(nodes)
        records = walker.export()
        labels = {r["name"]: r["id"] for r in records if r["kind"] == "label"}
        defines = [r["name"] for r in records if r["kind"] == "define" and r["store"] == "store"]
        whos = [r["who"] for r in records if r["kind"] == "say" and r["who"]]
        files = sorted({r["file"] for r in records})
        return {
            "format": "vn-story-export",
            "version": EXPORT_FORMAT,
            "renpy_version": renpy.version_only,
            "files": files,
            "characters": characters(set(defines) | set(whos) | {"narrator"}),
            "images": _images(),
            "layered": _layered(),
            "labels": labels,
            "nodes": records,
            "stand_ins": _stand_ins(),
            "engine_labels": _engine_labels(),
        }

    def _engine_labels():
        """Labels the engine's own scripts define (`_enter_game_menu`, `_main_menu`...):
        a game may call or jump to them, though the export holds only its own files."""
        A = renpy.ast
        return sorted(name for name, node in renpy.game.script.namemap.items()
                      if isinstance(name, str) and isinstance(node, A.Label)
                      and not _is_game_file(node.filename))

    def _stand_ins():
        """Modules the engine lacks that the game imports (vn_standin_modules.rpy)."""
        found = renpy.python.store_dicts.get("store._vn_standin", {}).get("STOOD_IN", [])
        return [{"module": m, "file": f, "line": n} for m, f, n in found]

    def vn_export_command():
        ap = renpy.arguments.ArgumentParser(description="Write the parsed story as JSON.")
        ap.add_argument("--out", required=True, help="The JSON file to write.")
        ap.add_argument("--indent", type=int, default=None,
                        help="Indent as `vn export` writes it (default: compact).")
        args = ap.parse_args()
        data = build_export()
        # rollback's copies of what the export changed: not needed, and freed before writing
        getattr(getattr(renpy.game, "log", None), "mutated", {}).clear()
        tmp = args.out + ".part"
        # json's C encoder serves only `dumps` without indent: the readers of `vn` take
        # that (a few times faster); `vn export` asks for its own indented text once.
        with open(tmp, "w", encoding="utf-8") as f:
            if args.indent is None:
                f.write(_json.dumps(data, ensure_ascii=False, separators=(",", ":")))
            else:   # streamed: the pure-Python encoder's pieces are never all held at once
                _json.dump(data, f, ensure_ascii=False, indent=args.indent)
                f.write("\n")
        _os.replace(tmp, args.out)
        return False

    renpy.arguments.register_command("vn_export", vn_export_command)

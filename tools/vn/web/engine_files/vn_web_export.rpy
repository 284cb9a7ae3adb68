## Web export, run by `vn web build`: `renpy BASE vn_web_export --out FILE`.
##
## Writes the story export of vn_export.rpy (which must be staged beside this
## file) plus what the web player needs that the story export leaves out,
## all read from the running engine rather than re-parsed:
##   - characters: who/what arguments, prefixes and suffixes;
##   - transforms named in `at` lists and transitions named by `with`;
##   - images that are not files (Solid colours);
##   - gui and config values the player's look follows;
##   - the button style's hover and activate sounds;
##   - translations: for each language of game/tl/, the translated say
##     statements by translation id and the `translate strings` map.
##
## The canonical copy lives in tools/vn/web/engine_files/.

python early in _vn_web_export:

    import json as _json
    import os as _os
    import sys as _sys
    import builtins as _builtins
    import functools as _functools

    WEB_EXPORT_FORMAT = 1
    ## The transition a line's attribute change (`asha happy "..."`) plays, if any.
    SAY_ATTRIBUTE_TRANSITION = "config.say_attribute_transition"
    THIS_FILE = "vn_web_export.rpy"

    GUI_NAMES = (
        "accent_color", "idle_color", "idle_small_color", "hover_color", "selected_color",
        "insensitive_color", "text_color", "interface_text_color", "muted_color",
        "hover_muted_color", "text_font", "name_text_font", "interface_text_font",
        "text_size", "name_text_size", "interface_text_size", "label_text_size",
        "notify_text_size", "title_text_size", "main_menu_background", "game_menu_background",
        "textbox_height", "textbox_yalign", "name_xpos", "name_ypos", "name_xalign",
        "dialogue_xpos", "dialogue_ypos", "dialogue_width", "dialogue_text_xalign",
        "choice_button_width", "choice_button_text_idle_color", "choice_button_text_hover_color",
        "choice_button_text_insensitive_color", "choice_spacing", "history_length",
        "show_name", "about",
    )
    CONFIG_NAMES = (
        "name", "version", "screen_width", "screen_height", "menu_include_disabled",
        "window_title", "side_image_prefix_tag", "say_attributes_use_side_image",
        "save_directory", "default_afm_time", "default_text_cps", "window", "skip_delay",
    )

    def _jsonable(value, depth=0):
        if value is None or isinstance(value, (bool, int, float, str)):
            return value
        if depth > 4:
            return {"$repr": repr(value)}
        if isinstance(value, (_builtins.list, _builtins.tuple)):
            return [_jsonable(v, depth + 1) for v in value]
        if isinstance(value, _builtins.dict):
            return {str(k): _jsonable(v, depth + 1) for k, v in value.items()}
        try:
            if isinstance(value, renpy.color.Color):
                return value.hexcode
        except Exception:
            pass
        return {"$repr": repr(value), "$type": type(value).__name__}

    def _character(name, char):
        """The story export's record of the character plus what the player needs to draw it."""
        store = renpy.store
        special = None
        if char is getattr(store, "centered", None):
            special = "centered"
        elif char is getattr(store, "vcentered", None):
            special = "vcentered"
        rv = _sys.modules["store._vn_export"].character_record(name, char)
        rv.update({
            "class": type(char).__name__,
            "special": special,
            "condition": _jsonable(char.condition),
            "mode": char.mode,
            "who_prefix": char.who_prefix, "who_suffix": char.who_suffix,
            "what_prefix": char.what_prefix, "what_suffix": char.what_suffix,
            "who_args": _jsonable(char.who_args),
            "what_args": _jsonable(char.what_args),
            "window_args": _jsonable(char.window_args),
            "show_args": _jsonable(getattr(char, "show_args", {})),
        })
        return rv

    def _eval(source):
        return renpy.python.py_eval(source)

    ## The ATL the web player can animate: property steps (instant, or with a named
    ## warper and a duration), `pause`, nested `block:` and `repeat N`. Anything else
    ## is a problem the web build names by file and line.
    def _atl_steps(statements, problems):
        steps = []
        for stmt in statements:
            kind = type(stmt).__name__
            line = stmt.loc[1] if getattr(stmt, "loc", None) else None
            if kind == "RawBlock":
                steps.append({"block": _atl_steps(stmt.statements, problems), "line": line})
                continue
            if kind == "RawRepeat":
                try:
                    count = None if stmt.repeats is None else _eval(stmt.repeats)
                except Exception as e:
                    problems.append("repeat %s: %s" % (stmt.repeats, e))
                    continue
                steps.append({"repeat": count, "line": line})
                continue
            if kind != "RawMultipurpose":
                problems.append("ATL statement %s" % kind)
                continue
            if stmt.warp_function or stmt.expressions or stmt.splines or stmt.revolution:
                problems.append("ATL warp function, child expression, spline or revolution")
                continue
            step = {"warper": stmt.warper, "line": line, "properties": []}
            if stmt.warper is not None:
                try:
                    step["duration"] = float(_eval(stmt.duration))
                except Exception as e:
                    problems.append("%s %s: %s" % (stmt.warper, stmt.duration, e))
                    continue
            for prop, expr in stmt.properties:
                try:
                    step["properties"].append([prop, _jsonable(_eval(expr))])
                except Exception as e:
                    problems.append("%s %s: %s" % (prop, expr, e))
            steps.append(step)
        return steps

    def _transform(source):
        """What the player needs to place an image `at` this transform."""
        try:
            value = _eval(source)
        except Exception as e:
            return {"error": "cannot evaluate: %s" % (e,)}
        ATL = _sys.modules["renpy.atl"].ATLTransformBase
        if isinstance(value, ATL):
            atl = value.atl
            rv = {"type": "atl", "properties": [], "problems": []}
            if getattr(atl, "loc", None):
                rv["file"], rv["line"] = atl.loc[0], atl.loc[1]
            params = getattr(value, "parameters", None)
            if params is not None and (getattr(params, "parameters", None) or getattr(params, "positional", None)):
                rv["problems"].append("takes parameters")
            rv["steps"] = _atl_steps(getattr(atl, "statements", []), rv["problems"])
            ## Properties set at once (no warper), as before: a transform with no timed
            ## step is a static placement.
            for step in rv["steps"]:
                if "properties" in step and step.get("warper") in (None, "instant"):
                    rv["properties"].extend(step["properties"])
            return rv
        if isinstance(value, _sys.modules["renpy.display.transform"].Transform):
            rv = {"type": "transform", "properties": [], "problems": []}
            if value.function is not None:
                rv["problems"].append("has a function")
            for k, v in sorted(value.kwargs.items()):
                rv["properties"].append([k, _jsonable(v)])
            return rv
        return {"type": type(value).__name__, "problems": ["not a transform"]}

    def _transition(source):
        try:
            value = _eval(source)
        except Exception as e:
            return {"error": "cannot evaluate: %s" % (e,)}
        if value is None:
            return {"type": "none"}
        Curry = _sys.modules["renpy.curry"].Curry
        transition = _sys.modules["renpy.display.transition"]
        if isinstance(value, transition.Dissolve) and type(value) is transition.Dissolve:
            return {"type": "dissolve", "time": value.time}
        if isinstance(value, (Curry, _functools.partial)):
            if isinstance(value, Curry):
                fn, args, kwargs = value.callable, value.args, value.kwargs
            else:
                fn, args, kwargs = value.func, value.args, value.keywords
            name = getattr(fn, "__name__", type(fn).__name__)
            args = _builtins.list(args)
            kwargs = _builtins.dict(kwargs)
            if fn is _sys.modules["renpy.display.transition"].Fade:
                names = ["out_time", "hold_time", "in_time"]
                rv = {"type": "fade"}
                for n, a in zip(names, args):
                    rv[n] = a
                for n in names:
                    if n in kwargs:
                        rv[n] = kwargs.pop(n)
                color = kwargs.pop("color", None)
                rv["color"] = renpy.color.Color(color).hexcode if color else "#000000ff"
                if len(args) > 3 or kwargs or any(n not in rv for n in names):
                    rv["problems"] = ["unsupported Fade arguments"]
                return rv
            if fn is transition.NoTransition:
                ## Pause(N) (renpy.curry(NoTransition)): the new scene, held N seconds
                rv = {"type": "pause", "time": args[0] if args else kwargs.pop("delay", None)}
                if len(args) > 1 or kwargs or not isinstance(rv["time"], (int, float)):
                    rv["problems"] = ["unsupported Pause arguments"]
                return rv
            if fn is _sys.modules["renpy.display.transition"].Dissolve:
                rv = {"type": "dissolve", "time": args[0] if args else kwargs.pop("time", None)}
                if len(args) > 1 or kwargs or rv["time"] is None:
                    rv["problems"] = ["unsupported Dissolve arguments"]
                return rv
            return {"type": name, "problems": ["transition %s" % name]}
        return {"type": type(value).__name__, "problems": ["not a supported transition"]}

    def _images(names):
        rv = {}
        for name in names:
            d = renpy.display.image.images.get(tuple(name.split()))
            if d is None:
                continue
            record = {"class": type(d).__name__}
            filename = getattr(d, "filename", None)
            if isinstance(filename, str):
                record["file"] = filename
            if isinstance(d, _sys.modules["renpy.display.imagelike"].Solid):
                record["solid"] = renpy.color.Color(d.color).hexcode if d.color else None
            rv[name] = record
        return rv

    def _namespace(module, names):
        rv = {}
        for n in names:
            if hasattr(module, n):
                v = getattr(module, n)
                if v is None or isinstance(v, (bool, int, float, str)):
                    rv[n] = v
        return rv

    def _ui_sounds():
        """The button style's hover and activate sounds, as the engine resolved them."""
        rv = {}
        try:
            button = renpy.style.get_style("button")
        except Exception:
            return rv
        for kind, prop in (("hover", "hover_sound"), ("select", "activate_sound")):
            try:
                value = getattr(button, prop)
            except Exception:   # a property the style does not set
                continue
            if isinstance(value, str) and value:
                rv[kind] = value
        return rv

    def _fonts():
        rv = []
        for (font, bold, italic), (new, nbold, nitalic) in renpy.config.font_replacement_map.items():
            rv.append({"font": font, "bold": bool(bold), "italic": bool(italic),
                       "use": new, "use_bold": bool(nbold), "use_italic": bool(nitalic)})
        return rv

    def _say(node):
        A = renpy.ast
        if isinstance(node, A.Say):
            return {
                "kind": "say", "file": node.filename, "line": node.linenumber,
                "who": node.who, "what": node.what,
                "attributes": list(node.attributes or []),
                "temporary_attributes": list(node.temporary_attributes or []),
                "arguments": bool(node.arguments), "interact": bool(node.interact),
                "with": node.with_,
            }
        kind = type(node).__name__.lower()
        if isinstance(node, (A.Pass, A.EndTranslate)):
            return None
        return {"kind": kind, "file": node.filename, "line": node.linenumber}

    def _translations():
        tr = _sys.modules["renpy.game"].script.translator
        langs = {}
        for lang in sorted(l for l in tr.languages if l is not None):
            langs[lang] = {"dialogue": {}, "strings": {}}
        for (identifier, lang), node in tr.language_translates.items():
            if lang is None or lang not in langs:
                continue
            block = [r for r in (_say(n) for n in (node.block or [])) if r is not None]
            langs[lang]["dialogue"][identifier] = {
                "file": node.filename, "line": node.linenumber, "block": block}
        for lang, st in tr.strings.items():
            if lang is None or lang not in langs:
                continue
            for old, new in st.translations.items():
                loc = st.translation_loc.get(old)
                langs[lang]["strings"][old] = {"new": new, "file": loc[0] if loc else None,
                                               "line": loc[1] if loc else None}
        return langs

    def _arguments(info):
        """An ArgumentInfo (`use foo(1, b=x)`, `show screen foo(1)`) as [[keyword or None,
        source]...]; None without parentheses. `*a`/`**kw` come as keyword "*" / "**"."""
        if info is None:
            return None
        rv = []
        starred = getattr(info, "starred_indexes", None) or set()
        double = getattr(info, "doublestarred_indexes", None) or set()
        for i, (key, value) in enumerate(getattr(info, "arguments", None) or []):
            rv.append(["*" if i in starred else "**" if i in double else key, _src(value)])
        return rv

    def _parameters(info):
        """A screen's parameters as [[name, default source or None]...] and whether it
        takes *args or **kwargs; None for a screen without parentheses."""
        if info is None:
            return None
        return {"names": [[name, _src(default)] for name, default in getattr(info, "parameters", None) or []],
                "extra": bool(getattr(info, "extrapos", None) or getattr(info, "extrakw", None))}

    def _src(expr):
        if expr is None:
            return None
        source = getattr(expr, "source", expr)
        return source.strip() if isinstance(source, str) else str(source)

    def _screen_tree(block):
        """A screen-language block as JSON: each child's kind, line and what the web player
        reads of it (tools/vn/web/compile.py compiles it; anything it cannot show is a
        warning there naming file:line)."""
        SL = renpy.sl2.slast
        out = []
        for child in getattr(block, "children", None) or []:
            line = getattr(child, "location", ("", 0))[1]
            if isinstance(child, SL.SLDisplayable):
                ## the statement's name (vbox, frame...), else its displayable's (_textbutton)
                name = getattr(child, "name", "") or getattr(child.displayable, "__name__", None) \
                    or type(child.displayable).__name__
                out.append({"k": "d", "l": line, "w": name.lstrip("_").lower(),
                            "p": [_src(p) for p in child.positional],
                            "kw": [[k, _src(v)] for k, v in child.keyword],
                            "c": _screen_tree(child)})
            elif isinstance(child, (SL.SLIf, SL.SLShowIf)):
                out.append({"k": "if", "l": line,
                            "e": [[_src(cond), _screen_tree(sub)] for cond, sub in child.entries]})
            elif isinstance(child, SL.SLFor):
                out.append({"k": "for", "l": line, "var": child.variable, "x": _src(child.expression),
                            "index": _src(getattr(child, "index_expression", None)),
                            "c": _screen_tree(child)})
            elif isinstance(child, SL.SLUse):
                out.append({"k": "use", "l": line,
                            "t": child.target if isinstance(child.target, str) else None,
                            "a": _arguments(child.args),
                            "id": _src(getattr(child, "id", None)),
                            "c": _screen_tree(child.block) if getattr(child, "block", None) else None})
            elif isinstance(child, SL.SLDefault):
                out.append({"k": "default", "l": line, "var": child.variable, "x": _src(child.expression)})
            elif isinstance(child, SL.SLPython):
                out.append({"k": "py", "l": line, "src": _src(child.code)})
            elif isinstance(child, SL.SLPass):
                continue
            elif isinstance(child, SL.SLBlock):
                out.extend(_screen_tree(child))
            else:
                out.append({"k": "other", "l": line, "what": type(child).__name__})
        return out

    def _screens(names):
        """Each named screen as the web player reads it: its parameters, file and tree."""
        rv = {}
        for name in names:
            screen = renpy.display.screen.get_screen_variant(name)
            if screen is None or getattr(screen, "ast", None) is None:
                continue
            node = screen.ast
            rv[name] = {"file": node.location[0], "line": node.location[1],
                        "params": _parameters(getattr(node, "parameters", None)),
                        "tree": _screen_tree(node)}
        return rv

    def _menu_arguments():
        """`menu (nvl=True):` and other menu arguments, by the menu's file:line (the story
        export leaves them out)."""
        rv = {}
        for node in renpy.game.script.all_stmts:
            if isinstance(node, renpy.ast.Menu) and getattr(node, "arguments", None) is not None:
                args = node.arguments
                rv["%s:%d" % (node.filename, node.linenumber)] = {
                    "keywords": [[k, v] for k, v in getattr(args, "arguments", []) if k],
                    "positional": [v for k, v in getattr(args, "arguments", []) if not k]}
        return rv

    def build():
        ex = _sys.modules["store._vn_export"]
        story = ex.build_export()
        story["nodes"] = [n for n in story["nodes"] if not n["file"].endswith(THIS_FILE)]
        story["files"] = [f for f in story["files"] if not f.endswith(THIS_FILE)]
        nodes = story["nodes"]
        whos = {n["who"] for n in nodes if n["kind"] == "say" and n.get("who")}
        at_names = set()
        transitions = set()
        images = set()
        for n in nodes:
            if n["kind"] in ("show", "scene", "hide"):
                for a in n.get("at") or []:
                    at_names.add(a)
                if n.get("image"):
                    images.add(n["image"])
            if n["kind"] == "with" and n.get("expr"):
                transitions.add(n["expr"])
            if n["kind"] == "say" and n.get("with"):
                transitions.add(n["with"])
        at_names |= {"default", "left", "right", "center"}
        transitions |= {"dissolve", "fade", "None", SAY_ATTRIBUTE_TRANSITION}
        images |= {i["name"] for i in story["images"]}
        chars = set(story["characters"]) | {w for w in whos if w.isidentifier()}
        chars |= {"centered", "vcentered", "narrator", "name_only"}
        return {
            "format": "vn-web-export",
            "version": WEB_EXPORT_FORMAT,
            "story": story,
            "characters": ex.characters(chars, _character),
            "transforms": {a: _transform(a) for a in sorted(at_names)},
            "transitions": {t: _transition(t) for t in sorted(transitions)},
            "images": _images(sorted(images)),
            "gui": _namespace(renpy.store.gui, GUI_NAMES),
            "config": _namespace(renpy.config, CONFIG_NAMES),
            "preferences": {"text_cps": renpy.game.preferences.text_cps,
                            "afm_time": renpy.game.preferences.afm_time},
            "fonts": _fonts(),
            "ui_sounds": _ui_sounds(),
            "translations": _translations(),
            "screens": _screens(sorted({n["name"] for n in nodes if n["kind"] == "screen" and n.get("name")})),
            "menu_arguments": _menu_arguments(),
        }

    def vn_web_export_command():
        ap = renpy.arguments.ArgumentParser(description="Write the story and web extras as JSON.")
        ap.add_argument("--out", required=True, help="The JSON file to write.")
        args = ap.parse_args()
        data = build()
        tmp = args.out + ".part"
        with open(tmp, "w", encoding="utf-8") as f:
            _json.dump(data, f, ensure_ascii=False, indent=1)
        _os.replace(tmp, args.out)
        return False

    renpy.arguments.register_command("vn_web_export", vn_web_export_command)

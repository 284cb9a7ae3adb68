"""Ren'Py screens as trees the web player renders (player/js/statements.js).

Input: a screen as the engine parsed it (`_screen_tree` in engine_files/vn_web_export.rpy):
its parameters and its screen-language children. Output: the player's record

    {"p": [[name, default tree or null]...],   the parameters (null: none, or no parentheses)
     "c": [node...]}

whose nodes are
    {"k": "t", "s": text} | {"k": "t", "e": tree}         text (and `label`)
    {"k": "b", "s"|"e": label, "im": image, "a": [action...], "sn": tree}   a button
    {"k": "box", "w": "vbox", "c": [...]}                vbox, hbox, frame, window, ...
    {"k": "if", "e": [[cond tree or null, [...]]...]}
    {"k": "for", "v": name, "e": tree, "c": [...]}
    {"k": "use", "n": screen, "a": [tree...], "kw": {name: tree}, "u": id, "c": [...]}
    {"k": "def", "v": name, "e": tree}                   `default` (set once per screen)
    {"k": "py", "s": [statement...]}                      `$ x = 1` / `python:`
    {"k": "img", "im": image}                            `add "image"` (a name or a file)
    {"k": "bar", "v": tree, "r": tree, "vert": 1 for a vbar}   a bar showing a value
    {"k": "timer", "d": seconds, "a": [action...], "r": 1 if it repeats}

and actions ["ret", tree], ["jump", index], ["set", var, tree], ["sset", local, tree],
["show", screen, [tree...], {name: tree}], ["hide", screen], ["url", address], ["null"].
Expressions are pyexpr trees; the screen's scope (parameters, defaults, loop variables,
names its Python assigns) reads as ["l", name]. A child the player cannot show is left out
with a warning naming the screen's file:line (an error with --strict); the screen goes on.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Any

from .. import pysubset
from . import pyexpr

if TYPE_CHECKING:
    from .compile import StoryCompiler

# Layout containers: the player lays their children out as a column, a row, or a box.
BOXES = {"vbox", "hbox", "frame", "window", "fixed", "grid", "side", "viewport", "vpgrid", "draggroup"}
TEXTS = {"text", "label"}
# Children that show nothing, or nothing the player needs: left out without a word.
SILENT = {"null", "spacer"}
SCREEN_ACTIONS = ("Return", "Jump", "SetVariable", "SetScreenVariable", "ToggleScreenVariable",
                  "ToggleVariable", "Show", "Hide", "NullAction", "OpenURL")


class ArgumentError(Exception):
    """Arguments the player cannot pass to a screen."""


class ScreenCompiler:
    """Compiles screens for one story; each screen once (its warnings once)."""

    def __init__(self, story: StoryCompiler):
        self.story = story
        self.screens: dict[str, dict[str, Any]] = {}       # name -> player record
        self.sources: dict[str, dict[str, Any]] = {}        # name -> the engine's screen record
        self.nodes: dict[str, dict[str, Any]] = {}          # name -> the story's `screen` node
        for n in story.nodes:
            if n["kind"] == "screen" and n.get("name"):
                self.nodes.setdefault(n["name"], n)
        self.sources = story.data.get("screens", {})
        self._pending: set[str] = set()
        self._use_ids = 0

    # Errors -----------------------------------------------------------------------

    def where(self, name: str, line: int | None) -> tuple[str | None, int | None]:
        node = self.nodes.get(name) or {}
        return node.get("file"), line or node.get("line")

    def problem(self, name: str, line: int | None, message: str) -> None:
        """A child the player leaves out: an error with --strict, else a warning."""
        from .compile import LocatedError
        file, line = self.where(name, line)
        err = LocatedError(file, line, f"screen {name}: {message}")
        if self.story.strict:
            raise err
        self.story.warnings.append(f"{err} (left out by the web player)")

    # Screens --------------------------------------------------------------------------

    def has(self, name: str) -> bool:
        return name in self.nodes and name in self.sources

    def params(self, name: str) -> dict[str, Any] | None:
        return self.sources[name].get("params")

    def compile(self, name: str) -> dict[str, Any]:
        """The player's record of screen `name` (compiled once; KeyError if unknown)."""
        if name in self.screens:
            return self.screens[name]
        src = self.sources[name]
        rec: dict[str, Any] = {"p": None, "c": []}
        self.screens[name] = rec          # (a screen that uses itself finds it)
        local = self.scope_names(src)
        params = src.get("params")
        if params is not None:
            if params.get("extra"):
                self.problem(name, None, "*args and **kwargs parameters are not supported by the web player")
            rec["p"] = []
            for pname, default in params.get("names") or []:
                tree = None
                if default is not None:
                    tree = self.expression(name, None, default, set())
                    if tree is None:
                        tree = ["c", None]
                rec["p"].append([pname, tree])
        rec["c"] = self.children(name, src.get("tree") or [], local)
        return rec

    def scope_names(self, src: dict[str, Any]) -> set[str]:
        """Every name the screen's scope may hold: parameters, defaults, loop variables and
        what its Python assigns (Ren'Py runs screen Python in the screen's scope)."""
        names = {p for p, _ in (src.get("params") or {}).get("names") or []}

        def walk(children: list[dict[str, Any]]) -> None:
            for c in children:
                if c["k"] == "default":
                    names.add(c["var"])
                elif c["k"] == "for":
                    names.add(c["var"])
                elif c["k"] == "py":
                    tree = pysubset.parse_or_none(c.get("src"))
                    if tree is not None:
                        names.update(n for n in pysubset.assigned_names(tree.body) if "." not in n)
                for sub in c.get("c") or []:
                    walk([sub])
                for _, block in c.get("e") or []:
                    if isinstance(block, list):
                        walk(block)
        walk(src.get("tree") or [])
        return names

    def expression(self, name: str, line: int | None, source: str | None,
                   local: set[str]) -> list[Any] | None:
        """A tree, or None (after a problem) when the player cannot evaluate it."""
        if source is None:
            return None
        try:
            tree = pyexpr.compile_expression(source, self.story.names, local)
        except pyexpr.CompileError as e:
            self.problem(name, line, f"{e} (in {source.strip()!r})")
            return None
        self.translatable(source)
        return tree

    def translatable(self, source: str) -> None:
        """The `_("...")` strings of an expression: a screen shows them translated (a text
        or label of the value), so the bundle carries their translations."""
        try:
            tree = ast.parse(source.strip(), mode="eval")
        except SyntaxError:
            return
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in ("_", "__") and len(node.args) == 1 \
                    and isinstance(node.args[0], ast.Constant) \
                    and isinstance(node.args[0].value, str):
                self.story.strings_needed.add(node.args[0].value)
                self.story.texts.append(node.args[0].value)

    def children(self, name: str, children: list[dict[str, Any]], local: set[str]) -> list[dict[str, Any]]:
        out = []
        for c in children:
            rec = self.child(name, c, local)
            if rec is not None:
                out.append(rec)
        return out

    def child(self, name: str, c: dict[str, Any], local: set[str]) -> dict[str, Any] | None:
        kind, line = c["k"], c.get("l")
        if kind == "d":
            return self.displayable(name, c, local)
        if kind == "if":
            entries = []
            for cond, block in c["e"]:
                tree = None
                if cond is not None and cond != "True":
                    tree = self.expression(name, line, cond, local)
                    if tree is None:
                        return None
                entries.append([tree, self.children(name, block, local)])
            return {"k": "if", "e": entries}
        if kind == "for":
            if c.get("index"):
                self.problem(name, line, "for ... index is not supported by the web player")
                return None
            tree = self.expression(name, line, c.get("x"), local)
            if tree is None:
                return None
            body = self.children(name, c.get("c") or [], local)
            return {"k": "for", "v": c["var"], "e": tree, "c": body}
        if kind == "default":
            tree = self.expression(name, line, c.get("x"), local)
            return None if tree is None else {"k": "def", "v": c["var"], "e": tree}
        if kind == "py":
            try:
                stmts = pyexpr.compile_statements(c.get("src") or "", self.story.names, local)
            except pyexpr.CompileError as e:
                self.problem(name, (line or 0) + e.line_offset or None, str(e))
                return None
            return {"k": "py", "s": stmts}
        if kind == "use":
            return self.use(name, c, local)
        self.problem(name, line, f"{c.get('what', kind)} is not supported by the web player")
        return None

    def use(self, name: str, c: dict[str, Any], local: set[str]) -> dict[str, Any] | None:
        line, target = c.get("l"), c.get("t")
        if target is None:
            self.problem(name, line, "use expression is not supported by the web player")
            return None
        if not self.has(target):
            self.problem(name, line, f"use {target}: screen {target!r} is not defined in the game")
            return None
        if c.get("c"):
            self.problem(name, line, f"use {target} with a block (transclude) is not supported by the "
                                     "web player")
        args = self.arguments(name, line, f"use {target}", target, c.get("a"), local)
        if args is None:
            return None
        self.compile(target)
        self._use_ids += 1
        return {"k": "use", "n": target, "a": args[0], "kw": args[1], "u": self._use_ids}

    def arguments(self, name: str, line: int | None, what: str, target: str,
                  arguments: list[Any] | None, local: set[str]) -> tuple[list[Any], dict[str, Any]] | None:
        """Arguments of `use target(...)` (in a screen's scope): None after a problem."""
        try:
            return self.check_arguments(what, target, arguments, local)
        except ArgumentError as e:
            self.problem(name, line, str(e))
            return None

    def check_arguments(self, what: str, target: str, arguments: list[Any] | None,
                        local: set[str]) -> tuple[list[Any], dict[str, Any]]:
        """Arguments as trees, checked against `target`'s parameters; ArgumentError if the
        player cannot pass them (for `show screen`, `local` is empty: the store's names)."""
        params = self.params(target)
        pos: list[Any] = []
        kw: dict[str, Any] = {}
        for key, source in arguments or []:
            if key in ("*", "**"):
                raise ArgumentError(f"{what}: *args and **kwargs are not supported by the web player")
            try:
                tree = pyexpr.compile_expression(source, self.story.names, local)
            except pyexpr.CompileError as e:
                raise ArgumentError(f"{what}: {e} (in {source.strip()!r})") from None
            self.translatable(source)
            if key is None:
                pos.append(tree)
            else:
                kw[key] = tree
        if params is None:
            if pos:
                raise ArgumentError(f"{what}: screen {target} takes no positional arguments")
            return pos, kw
        names = [p for p, _ in params.get("names") or []]
        required = [p for p, d in params.get("names") or [] if d is None]
        bad = [k for k in kw if k not in names or k in names[:len(pos)]]
        if len(pos) > len(names):
            raise ArgumentError(f"{what}: screen {target} takes {len(names)} arguments, {len(pos)} given")
        if bad:
            raise ArgumentError(f"{what}: unexpected argument {bad[0]}")
        missing = [p for p in required if p not in names[:len(pos)] and p not in kw]
        if missing:
            raise ArgumentError(f"{what}: missing argument {missing[0]}")
        return pos, kw

    def has_buttons(self, name: str, seen: set[str] | None = None) -> bool:
        """Whether screen `name` (or a screen it uses) has a button the player shows."""
        seen = seen if seen is not None else set()
        if name in seen or name not in self.screens:
            return False
        seen.add(name)

        def walk(nodes: list[dict[str, Any]]) -> bool:
            for c in nodes:
                if c["k"] == "b" or (c["k"] == "use" and self.has_buttons(c["n"], seen)):
                    return True
                blocks = [block for _, block in c["e"]] if c["k"] == "if" else [c.get("c") or []]
                if any(walk(block) for block in blocks):
                    return True
            return False
        return walk(self.screens[name]["c"])

    # Displayables ----------------------------------------------------------------------

    def displayable(self, name: str, c: dict[str, Any], local: set[str]) -> dict[str, Any] | None:
        widget, line = c["w"], c.get("l")
        kw = dict(c.get("kw") or [])
        if widget in SILENT:
            return None
        if widget in BOXES:
            kids = self.children(name, c.get("c") or [], local)
            return {"k": "box", "w": widget, "c": kids} if kids else None
        if widget in TEXTS:
            if not c.get("p"):
                self.problem(name, line, f"{widget} without a string is not supported by the web player")
                return None
            return self.label(name, line, widget, c["p"][0], local, {"k": "t"})
        if widget in ("textbutton", "imagebutton", "button"):
            return self.button(name, c, kw, local)
        if widget in ("add", "image") and c.get("p"):
            from .compile import _string_literal
            literal = _string_literal(c["p"][0])
            gui = self.story.data.get("gui", {})
            source = (c["p"][0] or "").strip()
            if literal is None and source.startswith("gui.") and isinstance(gui.get(source[4:]), str):
                literal = gui[source[4:]]   # `add gui.game_menu_background` (trans-jam's credits)
            if literal is None:
                self.problem(name, line, f"{widget} {c['p'][0]}: the web player shows a literal image name "
                                         "or file")
                return None
            image = self.image(name, line, widget, literal)
            return None if image is None else {"k": "img", "im": image}
        if widget in ("bar", "vbar"):
            return self.bar(name, line, widget, kw, local)
        if widget == "timer" and c.get("p"):
            try:
                delay = ast.literal_eval(c["p"][0] or "")
            except (ValueError, SyntaxError):
                delay = None
            if isinstance(delay, bool) or not isinstance(delay, (int, float)) or delay < 0:
                self.problem(name, line, f"timer {c['p'][0]}: the web player needs a literal number of "
                                         "seconds")
                return None
            actions = self.actions(name, line, kw.get("action"), local)
            if actions is None:
                return None
            rec: dict[str, Any] = {"k": "timer", "d": delay, "a": actions}
            if kw.get("repeat") not in (None, "False"):
                rec["r"] = 1
            return rec
        self.problem(name, line, f"{widget} is not supported by the web player")
        return None

    def bar(self, name: str, line: int | None, widget: str, kw: dict[str, Any],
            local: set[str]) -> dict[str, Any] | None:
        """A bar that shows a value: `bar value X range R`, or StaticValue(X, R) and
        AnimatedValue(X, R) (shown at their end); one the player drags is left out."""
        value, rng = kw.get("value"), kw.get("range")
        try:
            node = ast.parse(value or "", mode="eval").body
        except SyntaxError:
            node = None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in ("StaticValue", "AnimatedValue"):
            if len(node.args) < 2 or rng is not None:
                self.problem(name, line, f"{widget} value {value}: the web player needs its value and range")
                return None
            value, rng = ast.unparse(node.args[0]), ast.unparse(node.args[1])
        elif isinstance(node, ast.Call) or value is None or rng is None:
            self.problem(name, line, f"{widget} value {value}: only a bar that shows a value (value X "
                                     "range R, StaticValue, AnimatedValue) is supported by the web player")
            return None
        v = self.expression(name, line, value, local)
        r = self.expression(name, line, rng, local)
        if v is None or r is None:
            return None
        rec: dict[str, Any] = {"k": "bar", "v": v, "r": r}
        if widget == "vbar":
            rec["vert"] = 1
        return rec

    def label(self, name: str, line: int | None, widget: str, source: str | None, local: set[str],
              rec: dict[str, Any]) -> dict[str, Any] | None:
        """A text's or button's label: a string literal (translated, [name] interpolated from
        the screen's scope or the store) in "s", else an expression in "e"."""
        from .compile import LocatedError, _string_literal
        text = _string_literal(source)
        if text is not None:
            try:
                self.story.check_text({"file": self.where(name, line)[0], "line": line}, text, local)
            except LocatedError as e:
                self.problem(name, line, e.detail)
                return None
            self.story.texts.append(text)
            self.story.strings_needed.add(text)
            if local:
                self.story.string_scopes.setdefault(text, set()).update(local)
            rec["s"] = text
            return rec
        tree = self.expression(name, line, source, local)
        if tree is None:
            return None
        rec["e"] = tree
        return rec

    def button(self, name: str, c: dict[str, Any], kw: dict[str, Any],
               local: set[str]) -> dict[str, Any] | None:
        widget, line = c["w"], c.get("l")
        rec: dict[str, Any] = {"k": "b"}
        if widget == "textbutton":
            if not c.get("p") or self.label(name, line, widget, c["p"][0], local, rec) is None:
                return None
        elif widget == "imagebutton":
            image = self.button_image(name, line, kw)
            if image is None:
                return None
            rec["im"] = image
            alt = kw.get("alt")
            if alt is not None and self.label(name, line, widget, alt, local, rec) is None:
                return None
        else:   # `button:` with the text children as its label
            texts = [k for k in c.get("c") or [] if k["k"] == "d" and k["w"] in TEXTS and k.get("p")]
            if len(texts) != 1 or len(c.get("c") or []) != 1:
                self.problem(name, line, "button: only a button holding one text is supported by the "
                                         "web player")
                return None
            if self.label(name, line, widget, texts[0]["p"][0], local, rec) is None:
                return None
        actions = self.actions(name, line, kw.get("action"), local)
        if actions is None:
            return None
        rec["a"] = actions
        if kw.get("sensitive") is not None and kw["sensitive"] != "True":
            tree = self.expression(name, line, kw["sensitive"], local)
            if tree is None:
                return None
            rec["sn"] = tree
        return rec

    def button_image(self, name: str, line: int | None, kw: dict[str, Any]) -> str | None:
        """The image an imagebutton shows when idle: `idle "name"` or `auto "name_%s"`."""
        from .compile import _string_literal
        idle = _string_literal(kw.get("idle"))
        auto = _string_literal(kw.get("auto"))
        if idle is None and auto is not None and "%s" in auto:
            idle = auto.replace("%s", "idle")
        if idle is None:
            self.problem(name, line, "imagebutton: only a literal idle or auto image is supported by the "
                                     "web player")
            return None
        return self.image(name, line, "imagebutton", idle)

    def image(self, name: str, line: int | None, widget: str, image: str) -> str | None:
        """An image of the game (by name) or a file under game/, shipped; None after a problem."""
        from .compile import LocatedError
        file = self.where(name, line)[0]
        record = {"file": file, "line": line}
        try:
            if image in self.story.image_files or image in self.story.images_ex:
                self.story.use_image(record, image)
            elif (self.story.game_dir / image).is_file():
                self.story.used_images.setdefault(image, {"file": image})
            else:
                raise LocatedError(file, line, f"{widget}: image {image!r} not found")
        except LocatedError as e:
            self.problem(name, line, e.detail)
            return None
        return image

    def actions(self, name: str, line: int | None, source: str | None, local: set[str]) -> list[Any] | None:
        if source is None:
            return [["null"]]
        try:
            tree = ast.parse(source, mode="eval").body
        except SyntaxError:
            self.problem(name, line, f"action {source} is not Python")
            return None
        nodes = tree.elts if isinstance(tree, (ast.List, ast.Tuple)) else [tree]
        out = []
        for node in nodes:
            action = self.action(name, line, node, local)
            if action is None:
                return None
            out.append(action)
        return out

    def action(self, name: str, line: int | None, node: ast.expr, local: set[str]) -> list[Any] | None:
        from .compile import _string_literal
        source = ast.unparse(node)
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in SCREEN_ACTIONS):
            if isinstance(node, ast.Constant) and node.value is None:
                return ["null"]
            self.problem(name, line, f"action {source} is not supported by the web player "
                                     f"(only {', '.join(SCREEN_ACTIONS)})")
            return None
        kind, args = node.func.id, node.args
        keywords = {k.arg: k.value for k in node.keywords}

        def expr(e: ast.expr) -> list[Any] | None:
            return self.expression(name, line, ast.unparse(e), local)

        def literal(e: ast.expr) -> str | None:
            return _string_literal(ast.unparse(e))

        if kind == "NullAction" and not args and not keywords:
            return ["null"]
        if kind == "Return" and len(args) <= 1 and not keywords:
            value = expr(args[0]) if args else ["c", True]   # Return() returns True, as Ren'Py's does
            return None if value is None else ["ret", value]
        if kind == "Jump" and len(args) == 1 and not keywords:
            target = literal(args[0])
            if target is None or target not in self.story.labels:
                self.problem(name, line, f"{source}: the web player jumps to a literal label name of the "
                                         "game")
                return None
            return ["jump", self.story.label_index({"file": None, "line": None}, target)]
        if kind in ("SetVariable", "ToggleVariable") and len(args) == (2 if kind == "SetVariable" else 1) \
                and not keywords:
            var = literal(args[0])
            if var is None or var not in self.story.names.variables:
                self.problem(name, line, f"{source}: not a variable of the store the web player knows")
                return None
            self.story.names.used_variables.add(var)
            if kind == "ToggleVariable":
                return ["set", var, ["not", ["v", var]]]
            value = expr(args[1])
            return None if value is None else ["set", var, value]
        if kind in ("SetScreenVariable", "ToggleScreenVariable") \
                and len(args) == (2 if kind == "SetScreenVariable" else 1) and not keywords:
            var = literal(args[0])
            if var is None or var not in local:
                self.problem(name, line, f"{source}: not a variable of the screen's scope (a parameter or "
                                         "default)")
                return None
            if kind == "ToggleScreenVariable":
                return ["sset", var, ["not", ["l", var]]]
            value = expr(args[1])
            return None if value is None else ["sset", var, value]
        if kind in ("Show", "Hide") and args:
            target = literal(args[0])
            if target is None or not self.has(target):
                self.problem(name, line, f"{source}: the web player shows a literal screen name of the game")
                return None
            if kind == "Hide":   # (a transition, Hide("credits", Fade(1, 0, 0.5)), is not played)
                if len(args) > 2 or set(keywords) - {"transition"}:
                    self.problem(name, line, f"{source}: Hide takes only the screen's name in the web player")
                    return None
                return ["hide", target]
            call = [(None, ast.unparse(a)) for a in args[1:]] + \
                [(k, ast.unparse(v)) for k, v in keywords.items() if k != "transition"]
            parsed = self.arguments(name, line, source, target, call, local)
            if parsed is None:
                return None
            self.compile(target)
            return ["show", target, parsed[0], parsed[1]]
        if kind == "OpenURL" and len(args) == 1 and not keywords:
            url = literal(args[0])
            if url is None or not url.startswith(("https://", "http://")):
                self.problem(name, line, f"{source}: the web player opens a literal http(s) address")
                return None
            return ["url", url]
        self.problem(name, line, f"{source}: unexpected arguments")
        return None


def parse_screen_statement(rest: str) -> tuple[str, list[Any] | None, str] | None:
    """`NAME`, `NAME(args)` and what follows them (`with dissolve`, `nopredict`...) of a
    `show/call/hide screen` statement: (name, [[keyword or None, source]...] or None, rest);
    None if it does not parse."""
    rest = rest.strip()
    i = 0
    while i < len(rest) and (rest[i].isalnum() or rest[i] == "_"):
        i += 1
    name, tail = rest[:i], rest[i:].lstrip()
    if not name.isidentifier():
        return None
    if not tail.startswith("("):
        return name, None, tail
    depth, end = 0, -1
    for i, ch in enumerate(tail):
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            end = i + 1
            break
    if end < 0:
        return None
    try:
        call = ast.parse("f" + tail[:end], mode="eval").body
    except SyntaxError:
        return None
    assert isinstance(call, ast.Call)
    args: list[Any] = [[None, ast.unparse(a)] if not isinstance(a, ast.Starred)
                       else ["*", ast.unparse(a.value)] for a in call.args]
    args += [[k.arg if k.arg else "**", ast.unparse(k.value)] for k in call.keywords]
    return name, args, tail[end:].strip()

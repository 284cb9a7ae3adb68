"""The story export (plus web extras), compiled into the player's story data.

Input: what `vn.web.engine.web_export` returns, i.e. the story as Ren'Py parsed
it and the engine's own view of characters, transforms, transitions and images.
Output: `Compiled`, whose `story` is the JSON the player runs: a flat list of
statements linked by index, the characters, the images, transforms and
transitions it uses, and the story's Python as expression trees (pyexpr).

Every statement that control can reach from a label is compiled; a statement,
expression, text tag, character, transform, transition or image that the player
cannot show as Ren'Py does is a `LocatedError` naming its file and line.
"""

from __future__ import annotations

import ast
import hashlib
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..audio import plays
from ..errors import VnError
from .. import story as story_mod
from ..rules.flow import Flow
from . import pyexpr, text as textmod
from .screens import ArgumentError, ScreenCompiler, parse_screen_statement

PLAYER_FORMAT = "vn-web-story"
PLAYER_VERSION = 1

# Channels the player has an audio element for; music and ambience loop by default, as
# Ren'Py's music channel does and the game registers its ambience channel (game/sound.rpy).
AUDIO_CHANNELS = ("music", "ambience", "sound", "audio")
LOOPING_CHANNELS = ("music", "ambience")
# Ren'Py's special labels (story.ENGINE_LABELS): the main menu ones belong to its menu context, which the
# player replaces with its own title screen; the others would run at times the
# player has no equivalent for: refused with --strict, otherwise a warning and never run.
MENU_LABELS = frozenset({"main_menu", "before_main_menu", "main_menu_screen", "quit", "after_warp"})
REFUSED_LABELS = {"splashscreen": "a splash screen", "after_load": "code run after loading"}
# Transform properties the player applies; values of None are Ren'Py's "unset".
POSITION_PROPERTIES = {"xpos", "ypos", "xanchor", "yanchor", "xalign", "yalign", "align", "pos",
                       "anchor", "xoffset", "yoffset", "alpha", "zoom", "xzoom", "yzoom"}
NEUTRAL_PROPERTIES = {"rotate": None, "xsize": None, "ysize": None, "fit": None, "crop": None,
                      "subpixel": None, "alignaround": None}
WHAT_STYLES = {"say_dialogue", "say_thought", "centered_text"}
WHAT_ARGS = {"substitute", "slow_abortable", "style", "color", "italic", "bold", "underline", "font", "kerning"}
# what_font= may name one of the gui fonts the bundle ships (as the CSS variable it becomes).
GUI_FONTS = {"text_font": "text", "name_text_font": "name", "interface_text_font": "ui"}
WHO_ARGS = {"substitute", "style", "color", "italic", "bold"}
NVL_STYLE = "nvl_dialogue"
# Statements around the dialogue the player plays (StoryCompiler.stage_statement).
STAGE_VERBS = ("window", "pause", "nvl", "call", "show", "hide")
WINDOW_MODES = ("show", "hide", "auto")


class _TranslatableText(ast.NodeTransformer):
    """_("text") and friends mark a string for translation; as a constant, the value is the text."""

    def visit_Call(self, node: ast.Call) -> ast.AST:
        if isinstance(node.func, ast.Name) and node.func.id in ("_", "__", "_p") \
                and len(node.args) == 1 and not node.keywords:
            return node.args[0]
        return self.generic_visit(node)


class LocatedError(VnError):
    """Something the web player cannot play, at `file:line`."""

    def __init__(self, file: str | None, line: int | None, message: str):
        where = f"{file}:{line}: " if file and line else (f"{file}: " if file else "")
        super().__init__(where + message)
        self.file = file
        self.line = line
        self.detail = message


@dataclass
class Compiled:
    story: dict
    images: dict[str, str]            # image name -> file relative to game/ (files only)
    texts: list[str] = field(default_factory=list)   # every string shown, for font subsetting
    strings_needed: set[str] = field(default_factory=set)  # strings looked up in translations
    translate_ids: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)   # file:line: what the player skips
    translations: dict[str, dict] = field(default_factory=dict)  # lang -> player data
    audio: list[str] = field(default_factory=list)   # sound files relative to game/, to copy


SAY_ATTRIBUTE_TRANSITION = "config.say_attribute_transition"

## Ren'Py's warpers as CSS easings. Ren'Py's `easein` starts fast and settles (CSS's
## "ease out"), its `easeout` starts slow; `pause` holds, then jumps.
ATL_EASINGS = {
    "linear": "linear",
    "ease": "cubic-bezier(0.37, 0, 0.63, 1)",
    "easein": "cubic-bezier(0.61, 1, 0.88, 1)",
    "easeout": "cubic-bezier(0.12, 0, 0.39, 0)",
    "pause": "step-end",
}


def _is_timed(step: dict) -> bool:
    return step.get("warper") not in (None, "instant")


def _flat_steps(steps: list, fail: Any = None) -> list[dict]:
    """ATL steps with `block:` and `repeat N` unrolled, as Ren'Py runs them: `repeat N`
    runs its block N times in all and ends it. A bare `repeat` (forever) has no end
    state for the player to settle on, so it is an error (`fail` makes the exception)."""
    flat: list[dict] = []
    for step in steps:
        if "block" in step:
            flat.extend(_flat_steps(step["block"], fail))
        elif "repeat" in step:
            count = step["repeat"]
            if isinstance(count, bool) or not isinstance(count, int) or count < 1:
                if fail is None:
                    return flat
                raise fail(f"repeat {count if count is not None else '(forever)'} at line {step.get('line')} "
                           "is not supported by the web player (only repeat N)")
            return flat * count
        else:
            flat.append(step)
    return flat


def _position(value: Any) -> list:
    """A Ren'Py position: float = fraction of the area, int = pixels."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"position {value!r}")
    if isinstance(value, float):
        return ["f", value]
    return ["p", value]


class StoryCompiler:
    def __init__(self, data: dict, game_dir: Path, strict: bool = False):
        self.data = data
        # strict: a statement the player cannot play is a build error; otherwise a warning
        # and the player skips it visibly (a console note), so a writer can try it early
        self.strict = strict
        self.warnings: list[str] = []
        self.game_dir = Path(game_dir)
        self.story = data["story"]
        self.nodes: list[dict] = self.story["nodes"]
        self.by_id = {n["id"]: n for n in self.nodes}
        self.labels: dict[str, str] = self.story["labels"]
        self.characters_ex: dict = data.get("characters", {})
        self.images_ex: dict = data.get("images", {})
        self.image_index = story_mod.ImageIndex.of(self.story)
        self.image_files = {i["name"]: i.get("file") for i in self.story.get("images", [])}
        self.requested = self.requested_attributes()
        self.index: dict[str, int] = {}
        self.out: list[dict] = []
        self.used_images: dict[str, dict] = {}
        self.used_chars: dict[str, dict] = {}
        self.used_transforms: dict[str, dict] = {}
        self.used_transitions: dict[str, dict] = {}
        self.used_motions: dict[str, list[dict]] = {}
        self._flow: Flow | None = None
        self.used_audio: set[str] = set()
        self.texts: list[str] = []
        self.strings_needed: set[str] = set()
        self.gallery_entries: list[dict] = []   # compile_gallery(): the Endings screen
        self.translate_ids: set[str] = set()
        self._functions: dict[str, pyexpr.Function | None] = {}
        self._function_src: dict[str, tuple[ast.FunctionDef, str, int]] = {}
        self._init_constants: dict[str, tuple[Any, str, int]] = {}
        self._defines: dict[str, dict] = {}
        self._defaults: dict[str, dict] = {}
        self.used_constants: set[str] = set()
        self.interpolated_chars: dict[str, str] = {}   # [name] of a Character -> its name
        self._collect_init()
        self.names = pyexpr.Names(
            variables=set(self._defaults) | self._story_assigned() | {"_return"},
            lookup_constant=self._lookup_constant,
            lookup_function=self._lookup_function,
        )
        self.screen_compiler = ScreenCompiler(self)
        self.string_scopes: dict[str, set[str]] = {}   # a screen's string -> the names of its scope

    # Errors -------------------------------------------------------------------

    def fail(self, record: dict, message: str, offset: int = 0) -> LocatedError:
        return LocatedError(record.get("file"), (record.get("line") or 0) + offset or None, message)

    def code_offset(self, record: dict, err: pyexpr.CompileError) -> int:
        """Line offset of a Python error inside a `$` line or a `python:` block."""
        offset = err.line_offset
        path = self.game_dir.parent / record["file"]
        try:
            line = path.read_text(encoding="utf-8").splitlines()[record["line"] - 1].strip()
        except (OSError, IndexError, UnicodeDecodeError):
            return offset
        if line.endswith(":") and ("python" in line.split(":")[0].split()):
            offset += 1
        return offset

    # Names ----------------------------------------------------------------------

    def _collect_init(self) -> None:
        for n in self.nodes:
            kind = n["kind"]
            if kind == "default" and n.get("store") == "store":
                self._defaults[n["name"]] = n
            elif kind == "define" and n.get("store") == "store" and n.get("operator", "=") == "=" \
                    and not n.get("index"):
                self._defines[n["name"]] = n
            elif kind == "python" and n.get("init") is not None and n.get("store") == "store":
                try:
                    tree = ast.parse(n["source"] or "")
                except SyntaxError:
                    continue
                base = n["line"] + 1  # the code starts on the line after `init python:`
                for stmt in tree.body:
                    if isinstance(stmt, ast.FunctionDef):
                        self._function_src[stmt.name] = (stmt, n["file"], base)
                    elif isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
                            and isinstance(stmt.targets[0], ast.Name):
                        try:
                            value = ast.literal_eval(stmt.value)
                        except (ValueError, SyntaxError, TypeError):
                            continue
                        self._init_constants[stmt.targets[0].id] = (value, n["file"], base + stmt.lineno - 1)

    def _story_assigned(self) -> set[str]:
        rv: set[str] = set()
        for n in self.nodes:
            if n["kind"] == "python" and n.get("init") is None and n.get("store") == "store":
                rv |= pyexpr.assigned_names(n.get("source") or "")
        return rv

    @staticmethod
    def _literal(source: str) -> Any:
        tree = ast.parse(source.strip(), mode="eval").body
        return ast.literal_eval(_TranslatableText().visit(tree))

    def compile_gallery(self) -> None:
        """Before the translations: the gallery's names are strings they must carry."""
        self.gallery_entries = self.gallery()

    def gallery(self) -> list[dict]:
        """The Endings screen: the game's `define ending_gallery`, a list of (ending label,
        name, variant), with `define ending_families` naming each family (the label's second
        word, ending_FAMILY_variant) and `cg FAMILY` its illustration. None defined: []."""
        rec = self._defines.get("ending_gallery")
        if rec is None:
            return []
        fam_rec = self._defines.get("ending_families")
        try:
            entries = self._literal(rec.get("source") or "")
            families = self._literal(fam_rec.get("source") or "") if fam_rec else {}
        except (ValueError, SyntaxError, TypeError):
            raise self.fail(rec, "ending_gallery and ending_families must be literal lists and dicts")
        if not isinstance(entries, (list, tuple)) or not isinstance(families, dict):
            raise self.fail(rec, "ending_gallery must be a list of (label, name, variant)")
        rv = []
        for entry in entries:
            if not (isinstance(entry, (list, tuple)) and len(entry) == 3
                    and all(isinstance(x, str) for x in entry)):
                raise self.fail(rec, f"ending_gallery entry {entry!r} is not (label, name, variant)")
            label, name, variant = entry
            parts = label.split("_")
            if label not in self.labels or len(parts) < 3 or parts[0] != "ending":
                raise self.fail(rec, f"ending_gallery: {label!r} is not an ending label (ending_FAMILY_variant)")
            family = parts[1]
            family_name = families.get(family, family)
            image = f"cg {family}"
            self.use_image(rec, image)
            for text in (name, variant, family_name):
                self.strings_needed.add(text)
                self.texts.append(text)
            rv.append({"label": label, "name": name, "variant": variant, "family": family,
                       "family_name": family_name, "image": image})
        return rv

    def _lookup_constant(self, name: str) -> tuple[bool, Any]:
        if name in self._defines:
            rec = self._defines[name]
            try:
                value = self._literal(rec.get("source") or "")
            except (ValueError, SyntaxError, TypeError):
                raise pyexpr.CompileError(
                    f"{name!r} (define at {rec['file']}:{rec['line']}) is not a constant the web player can use")
            return True, pyexpr.constant_value(value)
        if name in self._init_constants:
            value, _, _ = self._init_constants[name]
            return True, pyexpr.constant_value(value)
        return False, None

    def _lookup_function(self, name: str) -> pyexpr.Function | None:
        if name in self._functions:
            return self._functions[name] or pyexpr.Function(name, self._pending_params(name), [], "", 0)
        src = self._function_src.get(name)
        if src is None:
            return None
        node, file, base = src
        self._functions[name] = None  # recursion guard while compiling its body
        try:
            fn = pyexpr.compile_function(node, self.names, file, base + node.lineno - 1)
        except pyexpr.CompileError as e:
            raise LocatedError(file, base + e.line_offset, f"{name}(): {e}" if not str(e).startswith(name) else str(e)) from None
        self._functions[name] = fn
        return fn

    def _pending_params(self, name: str) -> list[str]:
        node = self._function_src[name][0]
        return [a.arg for a in node.args.args]

    def expression(self, record: dict, source: str | None) -> list | None:
        if source is None or source.strip() == "True":
            return None
        try:
            return pyexpr.compile_expression(source, self.names)
        except pyexpr.CompileError as e:
            raise self.fail(record, f"{e} (in {source.strip()!r})") from None

    # Reachability -------------------------------------------------------------

    def reachable(self) -> list[dict]:
        refused = set()
        for name, what in REFUSED_LABELS.items():
            if name in self.labels:
                err = self.fail(self.by_id[self.labels[name]],
                                f"label {name} ({what}) is not supported by the web player")
                if self.strict:
                    raise err
                # the player never runs it (a warning); what it reaches from elsewhere stays
                self.warnings.append(f"{err} (the web player does not run it)")
                refused.add(name)
        roots = [nid for name, nid in self.labels.items()
                 if name not in MENU_LABELS and name not in refused and not name.startswith("_")]
        seen = story_mod.reachable(self.story, roots)
        return [n for n in self.nodes if n["id"] in seen]

    # Characters, images, transforms, transitions -----------------------------------------

    def character(self, record: dict, who: str | None) -> str:
        key = who or ""
        if key in self.used_chars:
            return key
        if who is None:
            ex = self.characters_ex.get("narrator") or {"id": "narrator", "name": None}
            display = None
        elif who.isidentifier():
            ex = self.characters_ex.get(who)
            if ex is None:
                raise self.fail(record, f"unknown character {who!r}")
            display = ex.get("name")
        elif who[:1] in ("'", '"'):
            try:
                display = ast.literal_eval(who)
            except (ValueError, SyntaxError):
                raise self.fail(record, f"unsupported speaker {who}") from None
            if not isinstance(display, str):
                raise self.fail(record, f"unsupported speaker {who}")
            ex = self.characters_ex.get("name_only") or {"id": "name_only", "name": None}
        else:
            raise self.fail(record, f"unsupported speaker expression {who!r}")
        if ex.get("dynamic"):
            raise self.fail(record, f"character {who}: dynamic names are not supported")
        if ex.get("condition") is not None:
            raise self.fail(record, f"character {who}: condition= is not supported")
        nvl = ex.get("mode") == "nvl" or ex.get("class") == "NVLCharacter"
        if ex.get("mode", "say") not in ("say", "nvl"):
            raise self.fail(record, f"character {who}: mode {ex.get('mode')!r} is not supported")
        if ex.get("special") == "vcentered":
            raise self.fail(record, f"character {who}: vertical text is not supported")
        if display is not None and not isinstance(display, str):
            raise self.fail(record, f"character {who}: its name is not a string")
        who_args = ex.get("who_args") or {}
        what_args = ex.get("what_args") or {}
        for args, allowed, part in ((who_args, WHO_ARGS, "who"), (what_args, WHAT_ARGS, "what")):
            if not isinstance(args, dict) or "$repr" in args:
                raise self.fail(record, f"character {who}: cannot read its {part} arguments")
            extra = sorted(set(args) - allowed)
            if extra:
                raise self.fail(record, f"character {who}: {part}_{extra[0]} is not supported by the web player")
        style = what_args.get("style", "say_dialogue")
        if style not in WHAT_STYLES and not (nvl and style == NVL_STYLE):
            raise self.fail(record, f"character {who}: what style {style!r} is not supported")
        for k in ("color",):
            for args in (who_args, what_args):
                if args.get(k) is not None and not (isinstance(args[k], str) and textmod.COLOR.match(args[k])):
                    raise self.fail(record, f"character {who}: unsupported colour {args[k]!r}")
        font = what_args.get("font")
        if font is not None:
            gui = self.data.get("gui", {})
            shipped = {gui.get(key): var for key, var in GUI_FONTS.items() if isinstance(gui.get(key), str)}
            if font not in shipped:
                raise self.fail(record, f"character {who}: what_font {font!r} is not one of the gui fonts "
                                        f"the web player ships ({', '.join(sorted(shipped))})")
            font = shipped[font]
        kerning = what_args.get("kerning")
        if kerning is not None and (isinstance(kerning, bool) or not isinstance(kerning, (int, float))
                                    or not math.isfinite(kerning)):
            raise self.fail(record, f"character {who}: what_kerning must be a number, not {kerning!r}")
        rec = {
            "n": display,
            "c": who_args.get("color"),
            "wf": font,
            "wk": kerning or None,
            "wc": what_args.get("color"),
            "wi": bool(what_args.get("italic")),
            "wb": bool(what_args.get("bold")),
            "wu": bool(what_args.get("underline")),
            "ni": bool(who_args.get("italic")),
            "nb": bool(who_args.get("bold")),
            "img": ex.get("image"),
            "sp": "centered" if style == "centered_text" else None,
            "nvl": nvl or None,   # an NVL-mode character: its lines fill a page (nvl clear empties it)
            "pre": [ex.get("who_prefix") or "", ex.get("who_suffix") or "",
                    ex.get("what_prefix") or "", ex.get("what_suffix") or ""],
        }
        for part in rec["pre"]:
            self.check_text(record, part)
        if display:
            self.check_text(record, display)
            self.strings_needed.add(display)
            self.texts.append(display)
        self.used_chars[key] = {k: v for k, v in rec.items() if v not in (None, False) and v != ["", "", "", ""]}
        return key

    def use_image(self, record: dict, name: str) -> None:
        if name in self.used_images:
            return
        ex = self.images_ex.get(name, {})
        if ex.get("class") == "Solid" and ex.get("solid"):
            self.used_images[name] = {"solid": ex["solid"]}
            return
        file = self.image_files.get(name) or ex.get("file")
        if not file:
            raise self.fail(record, f"image {name!r} is a {ex.get('class', 'displayable')}, "
                                    "which the web player cannot show (only image files and solid colours)")
        if not (self.game_dir / file).is_file():
            raise self.fail(record, f"image {name!r}: file game/{file} not found")
        self.used_images[name] = {"file": file}

    def requested_attributes(self) -> dict[str, set[str]]:
        """Every attribute the story ever asks of each image tag (show, scene, say attributes; a
        side image is asked for its character's tag too)."""
        chars = self.story.get("characters") or {}
        side = self.side_tag()
        out: dict[str, set[str]] = {}
        for n in self.nodes:
            attrs = {a for a in n.get("attributes") or [] if not a.startswith("-")}
            if n.get("kind") in ("show", "scene") and n.get("image"):
                out.setdefault(n["image"].split()[0], set()).update(attrs)
            elif n.get("who") or n.get("character"):
                who = n.get("character") or n.get("who")
                tag = (chars.get(who) or {}).get("image") or who
                out.setdefault(tag, set()).update(attrs)
                out.setdefault(side, set()).update(attrs | {tag})
        return out

    def resolve_image(self, record: dict, tag: str, attrs: list[str], what: str,
                      required: bool = True) -> list[str]:
        """Images a show of `tag attrs` may pick at run time (all are shipped). Ren'Py picks only
        an image whose every attribute is asked for or already shown, and a shown attribute was
        asked for by some statement: so `calla happy` ships `calla gesture happy` only if the story
        ever shows `calla gesture` (a pose nobody uses costs the bundle nothing)."""
        cands = self.image_index.matching(tag, attrs)
        allowed = {a for a in attrs if not a.startswith("-")} | self.requested.get(tag, set())
        reachable = [c for c in cands if set(c.split()[1:]) <= allowed]
        cands = reachable or cands
        if not cands and required:
            full = " ".join([tag, *attrs])
            raise self.fail(record, f"{what}: image {full!r} not found")
        for name in cands:
            self.use_image(record, name)
        return cands

    def transform(self, record: dict, name: str) -> str:
        if name in self.used_transforms:
            return name
        ex = self.data.get("transforms", {}).get(name)
        if ex is None:
            raise self.fail(record, f"transform {name!r} is unknown to the web player")
        where = f" (defined at {ex['file']}:{ex['line']})" if ex.get("file") else ""
        if ex.get("error"):
            raise self.fail(record, f"transform {name!r}: {ex['error']}")
        if ex.get("problems"):
            raise self.fail(record, f"transform {name!r}{where}: {ex['problems'][0]} is not supported by the web player")
        steps = ex.get("steps")
        if steps is not None and any(_is_timed(step) for step in _flat_steps(steps)):
            return self.motion(record, name, where, steps)
        props = self.transform_properties(record, name, where, ex.get("properties", []))
        self.used_transforms[name] = props
        return name

    def transform_properties(self, record: dict, name: str, where: str, pairs: list,
                             animated: bool = False) -> dict[str, Any]:
        """ATL or Transform properties as the player's placement: xalign becomes xpos and
        xanchor, positions become ["f", fraction] or ["p", pixels]. A static placement drops
        alpha/zoom 1 (the default); a motion keeps them (it may be easing back to 1)."""
        props: dict[str, Any] = {}
        for prop, value in pairs:
            if prop in NEUTRAL_PROPERTIES:
                if value in (None, False) or prop == "subpixel" or (prop == "alignaround" and value == [0, 0]):
                    continue
                raise self.fail(record, f"transform {name!r}{where}: property {prop} is not supported")
            if prop in ("alpha", "zoom", "xzoom", "yzoom") and value == 1 and not animated:
                props.pop(prop, None)
                continue
            if prop not in POSITION_PROPERTIES:
                raise self.fail(record, f"transform {name!r}{where}: property {prop} is not supported")
            try:
                if prop in ("xalign", "yalign"):
                    axis = prop[0]
                    props[axis + "pos"] = _position(float(value))
                    props[axis + "anchor"] = _position(float(value))
                elif prop in ("align", "pos", "anchor"):
                    if not isinstance(value, list) or len(value) != 2:
                        raise ValueError(value)
                    if prop == "align":
                        for axis, v in zip("xy", value):
                            props[axis + "pos"] = _position(float(v))
                            props[axis + "anchor"] = _position(float(v))
                    else:
                        for axis, v in zip("xy", value):
                            props[axis + prop] = _position(v)
                elif prop in ("xpos", "ypos", "xanchor", "yanchor"):
                    props[prop] = _position(value)
                elif prop in ("xoffset", "yoffset"):
                    if isinstance(value, bool) or not isinstance(value, (int, float)):
                        raise ValueError(value)
                    props[prop] = value
                else:  # alpha, zoom, xzoom, yzoom
                    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                        raise ValueError(value)
                    props[prop] = value
            except (ValueError, TypeError):
                raise self.fail(record, f"transform {name!r}{where}: unsupported value {prop} {value!r}") from None
        return props

    def motion(self, record: dict, name: str, where: str, steps: list) -> str:
        """An animated transform: the properties it sets at once (its first frame, in
        `transforms`) and the timed segments after them (in `motions`), each
        {"d": seconds, "e": CSS easing, "p": properties}. Ren'Py interpolates from wherever
        the sprite stood; so does the player."""
        first: dict[str, Any] = {}
        segments: list[dict] = []
        for step in _flat_steps(steps, lambda msg: self.fail(record, f"transform {name!r}{where}: {msg}")):
            props = self.transform_properties(record, name, where, step.get("properties") or [], animated=True)
            if not _is_timed(step):
                if not segments:
                    first.update(props)
                else:
                    segments.append({"d": 0, "e": "linear", "p": props})
                continue
            easing = ATL_EASINGS.get(step["warper"])
            if easing is None:
                raise self.fail(record, f"transform {name!r}{where}: warper {step['warper']} is not supported "
                                        f"by the web player (only {', '.join(sorted(ATL_EASINGS))})")
            segments.append({"d": step["duration"], "e": easing, "p": props})
        self.used_transforms[name] = first
        self.used_motions[name] = segments
        return name

    def transition(self, record: dict, expr: str | None) -> str | None:
        if expr is None or expr == "None":
            return None
        if expr in self.used_transitions:
            return expr
        ex = self.data.get("transitions", {}).get(expr)
        if ex is None:
            raise self.fail(record, f"transition {expr!r} is unknown to the web player")
        if ex.get("error"):
            raise self.fail(record, f"transition {expr!r}: {ex['error']}")
        if ex.get("problems"):
            raise self.fail(record, f"transition {expr!r}: {ex['problems'][0]} is not supported by the web player")
        if ex["type"] == "none":
            return None
        if ex["type"] in ("dissolve", "pause"):   # (a pause: Pause(N), the new scene held N seconds)
            self.used_transitions[expr] = {"type": ex["type"], "time": float(ex["time"])}
        elif ex["type"] == "fade":
            color = ex.get("color") or "#000000ff"
            if not textmod.COLOR.match(color):
                raise self.fail(record, f"transition {expr!r}: colour {color!r} is not supported")
            self.used_transitions[expr] = {"type": "fade", "out": float(ex["out_time"]),
                                           "hold": float(ex["hold_time"]), "in": float(ex["in_time"]),
                                           "color": color}
        else:
            raise self.fail(record, f"transition {expr!r} ({ex['type']}) is not supported by the web player")
        return expr

    # Text ---------------------------------------------------------------------------

    def check_text(self, record: dict, text: str, local: set[str] | None = None) -> None:
        """Tags and [name] interpolations the player renders (`local`: a screen's scope)."""
        try:
            textmod.check_tags(text)
            for name, _flags in textmod.interpolations(text):
                if local and name in local:
                    continue
                if name in self.names.variables:
                    self.names.used_variables.add(name)
                    continue
                if self.interpolated_character(record, name):
                    continue
                try:
                    found, _ = self._lookup_constant(name)
                except pyexpr.CompileError as e:
                    raise textmod.TextError(f"[{name}]: {e}") from None
                if not found:
                    raise textmod.TextError(f"[{name}]: unknown name {name!r}")
                self.used_constants.add(name)
        except textmod.TextError as e:
            raise self.fail(record, str(e)) from None

    def interpolated_character(self, record: dict, name: str) -> bool:
        """`[protag]` of a Character (trans-jam's endings): its name, substituted in turn, as
        Ren'Py's str() of a character is. True if `name` is one (its name kept for the player)."""
        ex = self.characters_ex.get(name)
        if ex is None or name in self._init_constants or ex.get("dynamic") \
                or not isinstance(ex.get("name"), str):
            return False
        if name not in self.interpolated_chars:
            self.interpolated_chars[name] = ex["name"]
            self.check_text(record, ex["name"])
            self.strings_needed.add(ex["name"])
            self.texts.append(ex["name"])
        return True

    # Statements ---------------------------------------------------------------------

    def link(self, nid: str | None) -> int:
        if nid is None:
            return -1
        if nid not in self.index:
            if nid in self.by_id:
                # a statement no label reaches (say, the `return` after a menu whose every
                # choice jumps): the link is never followed
                return -1
            raise LocatedError(None, None, f"internal: statement {nid} was not compiled")
        return self.index[nid]

    def label_index(self, record: dict, target: str) -> int:
        nid = self.labels.get(target)
        if nid is None:
            raise self.fail(record, f"label {target!r} not found")
        return self.link(nid)

    def compile_code(self) -> None:
        reach = self.reachable()
        files = sorted({n["file"] for n in reach})
        file_index = {f: i for i, f in enumerate(files)}
        for i, n in enumerate(reach):
            self.index[n["id"]] = i
        for n in reach:
            try:
                rec = self.statement(n)
            except LocatedError as e:
                if self.strict or e.file is None:  # (no file: our own error, never skipped)
                    raise
                rec = self.skip(n, e)
            rec["f"] = file_index[n["file"]]
            rec["l"] = n["line"]
            self.out.append(rec)

        self.files = files
        if "start" not in self.labels:
            raise LocatedError("game", None, "no 'start' label: the web player has nowhere to begin")

    def finish(self, translations: dict[str, dict]) -> Compiled:
        variables = []
        for name, rec in self._defaults.items():
            try:
                try:
                    value = self._literal(rec.get("source") or "")
                    variables.append([name, ["c", pyexpr.constant_value(value)]])
                except (ValueError, SyntaxError, TypeError):
                    variables.append([name, self.expression(rec, rec.get("source"))])
                except pyexpr.CompileError as e:
                    raise self.fail(rec, str(e)) from None
            except LocatedError as e:
                if self.strict:
                    raise
                # the player starts it as None: a warning, as for a statement it skips
                self.warnings.append(f"{e} (default {name} starts as None in the web player)")
                variables.append([name, ["c", None]])
        constants = {}
        for name in sorted(self.used_constants):
            constants[name] = self._lookup_constant(name)[1]

        functions = {name: {"p": fn.params, "b": fn.body}
                     for name, fn in sorted(self._functions.items()) if fn is not None
                     and name in self.names.used_functions}
        config = self.data.get("config", {})
        story = {
            "format": PLAYER_FORMAT,
            "version": PLAYER_VERSION,
            "renpy": self.story.get("renpy_version"),
            "files": self.files,
            "start": self.label_index({"file": "game", "line": None}, "start"),
            "labels": {name: self.index[nid] for name, nid in sorted(self.labels.items()) if nid in self.index},
            "code": self.out,
            "chars": self.used_chars,
            "images": self.used_images,
            # layered images (the sprites' poses): their attribute groups, for the player's
            # resolution of a new expression that keeps the pose (stage.js resolveLayered)
            "layered": {tag: spec["groups"] for tag, spec in sorted((self.story.get("layered") or {}).items())
                        if any(name.split()[0] == tag for name in self.used_images)},
            "transforms": self.used_transforms,
            "transitions": self.used_transitions,
            "motions": self.used_motions,
            "vars": variables,
            "consts": constants,
            "gallery": self.gallery_entries,
            "functions": functions,
            "menu_include_disabled": bool(config.get("menu_include_disabled", False)),
            "side_tag": config.get("side_image_prefix_tag") or "side",
            # How long a skipped line stays up, in ms (Ren'Py's config.skip_delay, 5 by default).
            "skip_delay": config.get("skip_delay") if isinstance(config.get("skip_delay"), (int, float)) else 5,
            "max_call_depth": pyexpr.MAX_CALL_DEPTH,
            "languages": {lang: tl["name"] for lang, tl in translations.items()},
        }
        mm = plays.main_menu_music(self.story)
        if mm and (self.game_dir / mm[1]).is_file():
            story["main_menu_music"] = self.audio_file(mm[0], mm[1])
        story["audio_loop"] = {ch: ch in LOOPING_CHANNELS for ch in AUDIO_CHANNELS}
        # config.say_attribute_transition: what a line's expression change plays (on the
        # sprites only, as config.say_attribute_transition_layer = "master" does).
        if SAY_ATTRIBUTE_TRANSITION in self.data.get("transitions", {}):
            story["say_tr"] = self.transition({"file": "game", "line": None}, SAY_ATTRIBUTE_TRANSITION)
        if self.screen_compiler.screens:
            story["screens"] = self.screen_compiler.screens
        if self.interpolated_chars:
            story["char_names"] = self.interpolated_chars
        image_files = {name: rec["file"] for name, rec in self.used_images.items() if "file" in rec}
        return Compiled(story=story, images=image_files, texts=self.texts, audio=sorted(self.used_audio),
                        strings_needed=self.strings_needed, translate_ids=self.translate_ids)

    def statement(self, n: dict) -> dict:
        kind = n["kind"]
        method = getattr(self, "s_" + kind, None)
        if method is not None:
            return method(n)
        if kind in story_mod.INERT_KINDS or (kind == "python" and n.get("init") is not None):
            return {"k": "pass", "x": self.link(n.get("next"))}
        if kind == "user" and n.get("name") in plays.VERBS:
            return self.audio_statement(n)
        if kind == "user" and n.get("name") in STAGE_VERBS:
            return self.stage_statement(n)
        if kind == "user":
            name = n.get("name") or "?"
            return self._unsupported(n, f"statement {name!r} is not supported by the web player "
                                        f"({(n.get('source') or '').strip()})")
        return self._unsupported(n, f"statement kind {kind!r} is not supported by the web player")

    def audio_file(self, n: dict, name: str) -> str:
        if not (self.game_dir / name).is_file():
            raise self.fail(n, f"audio file game/{name} does not exist (run `vn audio build`)")
        self.used_audio.add(name)
        return name

    def audio_statement(self, n: dict) -> dict:
        """play/queue/stop on music, sound, audio or the game's ambience channel: the player
        plays the same files through HTML audio elements."""
        try:
            p = plays.parse(n.get("source") or "", n.get("file", ""), n.get("line") or 0)
        except plays.PlayError as e:
            raise self.fail(n, f"{e} (the web player understands literal file names)") from None
        if p.channel not in AUDIO_CHANNELS:
            raise self.fail(n, f"audio channel {p.channel!r} is not supported by the web player "
                               f"(only {', '.join(AUDIO_CHANNELS)})")
        rec: dict[str, Any] = {"k": "audio", "op": p.verb, "ch": p.channel,
                               "fs": [self.audio_file(n, f) for f in p.files]}
        if p.fadein:
            rec["fi"] = p.fadein
        if p.fadeout is not None:
            rec["fo"] = p.fadeout
        if p.loop is not None:
            rec["lp"] = p.loop
        if p.if_changed:
            rec["ic"] = 1
        rec["x"] = self.link(n.get("next"))
        return rec

    def _unsupported(self, n: dict, message: str) -> dict:
        raise self.fail(n, message)

    def skip(self, n: dict, err: LocatedError) -> dict:
        """A statement the player cannot play, without --strict: a warning here, and a
        `skip` record the player passes by with a console note naming file:line."""
        self.warnings.append(str(err))
        nxt = n.get("next") if n["kind"] != "jump" else None
        if n["kind"] == "menu":  # go on with the first choice rather than past the menu
            items = n.get("items") or []
            nxt = items[0].get("next") if items else nxt
        return {"k": "skip", "why": str(err), "x": self.link(nxt)}

    def s_label(self, n: dict) -> dict:
        if (n.get("parameters") or "()") != "()":  # `label start():` has none
            raise self.fail(n, f"label {n['name']}: parameters are not supported by the web player")
        return {"k": "label", "n": n["name"], "x": self.link(n.get("next"))}

    def say_record(self, n: dict, who: str | None, what: str, attributes: list[str], ctx: dict) -> dict:
        key = self.character(ctx, who)
        char = self.used_chars[key]
        if ctx.get("temporary_attributes"):
            raise self.fail(ctx, "temporary say attributes (@) are not supported by the web player")
        if ctx.get("arguments"):
            raise self.fail(ctx, "say arguments are not supported by the web player")
        if ctx.get("with") not in (None, "None"):
            raise self.fail(ctx, "say ... with <transition> is not supported by the web player")
        if attributes:
            tag = char.get("img")
            if not tag:
                raise self.fail(ctx, f"say has image attributes {' '.join(attributes)!r}, but "
                                     f"character {who!r} has no image tag")
            shown = self.resolve_image(ctx, tag, attributes, "say attributes", required=False)
            side = self.resolve_image(ctx, self.side_tag(), [tag, *attributes], "side image", required=False)
            if not shown and not side:
                raise self.fail(ctx, f"say attributes: image {' '.join([tag, *attributes])!r} not found")
        elif char.get("img"):
            self.resolve_image(ctx, self.side_tag(), [char["img"]], "side image", required=False)
        self.check_text(ctx, what)
        self.texts.append(what)
        rec: dict[str, Any] = {"k": "say", "w": who, "t": what}
        if attributes:
            rec["a"] = list(attributes)
        return rec

    def side_tag(self) -> str:
        return self.data.get("config", {}).get("side_image_prefix_tag") or "side"

    def s_say(self, n: dict) -> dict:
        if n.get("who") == "extend" and "extend" not in (self.story.get("characters") or {}):
            # Ren'Py's `extend "..."`: the last line goes on, with the last speaker
            if n.get("attributes"):
                raise self.fail(n, "extend with image attributes is not supported by the web player")
            rec = self.say_record(n, None, n["what"], [], n)
            rec["ext"] = 1
        else:
            rec = self.say_record(n, n.get("who"), n["what"], n.get("attributes") or [], n)
        if n.get("translate_id"):
            rec["tid"] = n["translate_id"]
            self.translate_ids.add(n["translate_id"])
        if not n.get("interact", True):
            rec["ni"] = 1
        rec["x"] = self.link(n.get("next"))
        return rec

    def s_menu(self, n: dict) -> dict:
        for key in ("set", "with", "arguments"):
            if n.get(key) not in (None, "None"):
                raise self.fail(n, f"menu {key} is not supported by the web player")
        items = []
        for item in n["items"]:
            self.check_text(n, item["text"])
            self.texts.append(item["text"])
            self.strings_needed.add(item["text"])
            rec = {"t": item["text"], "x": self.link(item.get("next"))}
            cond = self.expression(n, item.get("condition"))
            if cond is not None:
                rec["c"] = cond
            reason = self.locked_reason(n, item)
            if reason is not None:
                rec["r"] = reason
            items.append(rec)
        rec = {"k": "menu", "i": items, "x": self.link(n.get("next"))}
        if self.nvl_menu(n):
            rec["nvl"] = 1
        if n.get("caption"):
            self.check_text(n, n["caption"])
            self.texts.append(n["caption"])
            self.strings_needed.add(n["caption"])
            self.character(n, None)
            rec["cap"] = n["caption"]
        return rec

    def locked_reason(self, n: dict, item: dict) -> str | None:
        """A choice's `locked=` argument: what would unlock it, shown under a locked choice
        (screens.rpy's choice screen shows the same). Only `_("text")` or "text"."""
        args = item.get("arguments") or []
        reason = None
        for key, source in args:
            if key != "locked":
                raise self.fail(n, f"menu choice argument {key or source!r} is not supported by the web player "
                                   "(only locked=_(\"...\"))")
            reason = _string_literal(source)
            if reason is None:
                raise self.fail(n, f"menu choice argument locked={source} is not supported by the web player "
                                   "(only a string, or _() of one)")
        if reason is not None:
            self.check_text(n, reason)
            self.texts.append(reason)
            self.strings_needed.add(reason)
        return reason

    def s_jump(self, n: dict) -> dict:
        if n.get("expression"):
            raise self.fail(n, "jump expression is not supported by the web player")
        return {"k": "jump", "to": self.label_index(n, n["target"])}

    def s_call(self, n: dict) -> dict:
        if n.get("expression"):
            raise self.fail(n, "call expression is not supported by the web player")
        if n.get("arguments"):
            raise self.fail(n, "call with arguments is not supported by the web player")
        return {"k": "call", "to": self.label_index(n, n["target"]), "x": self.link(n.get("next"))}

    def s_return(self, n: dict) -> dict:
        rec: dict[str, Any] = {"k": "ret"}
        expr = n.get("expression")
        if expr:
            rec["e"] = self.expression(n, expr) or ["c", True]
        return rec

    def s_if(self, n: dict) -> dict:
        entries = []
        for e in n["entries"]:
            entries.append([self.expression(n, e.get("condition")), self.link(e.get("next"))])
        return {"k": "if", "e": entries, "x": self.link(n.get("next"))}

    def s_while(self, n: dict) -> dict:
        cond = self.expression(n, n.get("condition"))
        return {"k": "while", "c": cond if cond is not None else ["c", True],
                "b": self.link(n.get("body")), "x": self.link(n.get("next"))}

    def s_python(self, n: dict) -> dict:
        if n.get("init") is not None:
            return {"k": "pass", "x": self.link(n.get("next"))}
        if n.get("store") != "store":
            raise self.fail(n, f"python in {n.get('store')} is not supported by the web player")
        pause = self.renpy_pause(n)
        if pause is not None:
            return pause
        text_input = self.renpy_input(n)
        if text_input is not None:
            return text_input
        try:
            stmts = pyexpr.compile_statements(n.get("source") or "", self.names)
        except pyexpr.CompileError as e:
            raise self.fail(n, str(e), self.code_offset(n, e)) from None
        return {"k": "py", "s": stmts, "x": self.link(n.get("next"))}

    def _check_imspec(self, n: dict) -> None:
        if n.get("layer") not in (None, "master"):
            raise self.fail(n, f"layer {n['layer']!r} is not supported by the web player")
        if n.get("atl"):
            raise self.fail(n, "ATL blocks on show/scene are not supported by the web player")
        if n.get("expression"):
            raise self.fail(n, "show expression is not supported by the web player")
        if n.get("zorder") not in (None, "None") or n.get("behind"):
            raise self.fail(n, "zorder and behind are not supported by the web player")

    def s_scene(self, n: dict) -> dict:
        self._check_imspec(n)
        rec: dict[str, Any] = {"k": "scene", "x": self.link(n.get("next"))}
        if n.get("image"):
            self.resolve_image(n, n["tag"] if n["tag"] == n["image"].split()[0] else n["image"].split()[0],
                               n.get("attributes") or [], "scene")
            rec["tag"] = n["tag"]
            rec["im"] = n["image"].split()[0]
            rec["a"] = n.get("attributes") or []
            if n.get("at"):
                rec["at"] = self.at_list(n)
        return rec

    def s_show(self, n: dict) -> dict:
        self._check_imspec(n)
        name = n["image"].split()
        if n.get("attributes") or n["tag"] not in self.shown_on_every_route(n):
            self.resolve_image(n, name[0], n.get("attributes") or [], "show")
        # else `show calla at hop` of a sprite on stage keeps the image it has (shipped
        # by the statement that showed it), so it needs none of the others
        rec: dict[str, Any] = {"k": "show", "tag": n["tag"], "im": name[0], "a": n.get("attributes") or [],
                               "x": self.link(n.get("next"))}
        if n.get("at"):
            rec["at"] = self.at_list(n)
        return rec

    def at_list(self, n: dict) -> list[str]:
        """The transforms of `show ... at a, b`; Ren'Py runs two motions at once, nested,
        which the player does not: one motion per show (position first, then the motion)."""
        names = [self.transform(n, a) for a in n["at"]]
        moving = [a for a in names if a in self.used_motions]
        if len(moving) > 1:
            raise self.fail(n, f"show ... at {', '.join(moving)}: one motion per show in the web player")
        return names

    def shown_on_every_route(self, n: dict) -> frozenset:
        """The tags on stage on every route reaching `n` (the lint's shown-tag flow)."""
        if self._flow is None:
            self._flow = Flow(self.story)
        return self._flow.must.get(n["id"], frozenset())

    def s_hide(self, n: dict) -> dict:
        if n.get("layer") not in (None, "master"):
            raise self.fail(n, f"layer {n['layer']!r} is not supported by the web player")
        return {"k": "hide", "tag": n["tag"], "x": self.link(n.get("next"))}

    def s_with(self, n: dict) -> dict:
        return {"k": "with", "tr": self.transition(n, n.get("expr")), "x": self.link(n.get("next"))}

    # Window, pause, NVL and screens ------------------------------------------------------

    def stage_statement(self, n: dict) -> dict:
        """`window show|hide|auto`, `pause [seconds]`, `nvl clear`, `call screen NAME`,
        `show screen NAME` and `hide screen NAME`, played by the player as Ren'Py does."""
        words = (n.get("source") or "").split()
        verb, rest = words[0], words[1:]
        x = self.link(n.get("next"))
        if verb == "window" and len(rest) in (1, 2) and rest[0] in WINDOW_MODES:
            rec: dict[str, Any] = {"k": "window", "m": rest[0], "x": x}
            if len(rest) == 2 and self.transition(n, rest[1]) is not None:
                rec["tr"] = rest[1]
            return rec
        if verb == "pause":
            return self.pause_record(n, " ".join(rest) or None, False)
        if verb == "nvl" and rest == ["clear"]:
            return {"k": "nvl_clear", "x": x}
        if verb == "nvl" and len(rest) in (1, 2) and rest[0] in ("show", "hide"):
            # the NVL window shown or hidden (with a transition), until the next NVL line
            rec = {"k": "nvl_win", "m": rest[0], "x": x}
            if len(rest) == 2 and self.transition(n, rest[1]) is not None:
                rec["tr"] = rest[1]
            return rec
        if verb in ("call", "show", "hide") and len(rest) >= 2 and rest[0] == "screen":
            source = (n.get("source") or "").strip()
            return self.screen_statement(n, verb, source.split(None, 2)[2])
        return self._unsupported(n, f"statement {verb!r} is not supported by the web player "
                                    f"({(n.get('source') or '').strip()})")

    def pause_record(self, n: dict, seconds: str | None, hard: bool) -> dict:
        rec: dict[str, Any] = {"k": "pause", "x": self.link(n.get("next"))}
        if seconds is not None:
            try:
                value = ast.literal_eval(seconds)
            except (ValueError, SyntaxError):
                value = None
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
                    or value < 0:
                raise self.fail(n, f"pause {seconds}: the web player pauses for a literal number of seconds")
            rec["d"] = value
        if hard:
            rec["h"] = 1
        return rec

    def renpy_pause(self, n: dict) -> dict | None:
        """`$ renpy.pause()`, `$ renpy.pause(2.0)`, `$ renpy.pause(1, hard=True)`: a pause
        record; None if the block is anything else."""
        try:
            body = ast.parse(n.get("source") or "").body
        except SyntaxError:
            return None
        if len(body) != 1 or not isinstance(body[0], ast.Expr) or not isinstance(body[0].value, ast.Call):
            return None
        call = body[0].value
        if ast.unparse(call.func) != "renpy.pause":
            return None
        args = {k.arg: k.value for k in call.keywords}
        if len(call.args) > 1 or set(args) - {"delay", "hard"} or ("delay" in args and call.args):
            raise self.fail(n, "renpy.pause(): the web player takes only delay and hard=")
        delay = call.args[0] if call.args else args.get("delay")
        hard = args.get("hard")
        if hard is not None and not (isinstance(hard, ast.Constant) and isinstance(hard.value, bool)):
            raise self.fail(n, "renpy.pause(hard=...): only True or False")
        seconds = None if delay is None or (isinstance(delay, ast.Constant) and delay.value is None) \
            else ast.unparse(delay)
        return self.pause_record(n, seconds, bool(hard is not None and hard.value))

    def renpy_input(self, n: dict) -> dict | None:
        """`$ name = renpy.input("Prompt", default="x", length=12)`, `.strip()` after it or not
        (Slice of Jam, the tutorial): an input record, {"k": "input", "v": variable, "p": prompt,
        "d": default tree, "n": length, "s": 1 to strip}; None if the block is anything else."""
        try:
            body = ast.parse(n.get("source") or "").body
        except SyntaxError:
            return None
        if len(body) != 1 or not isinstance(body[0], ast.Assign) or len(body[0].targets) != 1 \
                or not isinstance(body[0].targets[0], ast.Name):
            return None
        target, call = body[0].targets[0].id, body[0].value
        strip = False
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "strip" \
                and not call.args and not call.keywords:
            call, strip = call.func.value, True
        if not (isinstance(call, ast.Call) and ast.unparse(call.func) == "renpy.input"):
            return None
        args = {k.arg: k.value for k in call.keywords}
        if len(call.args) != 1 or None in args or set(args) - {"default", "length"}:
            raise self.fail(n, "renpy.input(): the web player takes a prompt, default= and length= only")
        prompt = _string_literal(ast.unparse(call.args[0]))
        if prompt is None:
            raise self.fail(n, "renpy.input(): the web player needs a literal prompt")
        self.check_text(n, prompt)
        self.texts.append(prompt)
        self.strings_needed.add(prompt)
        rec: dict[str, Any] = {"k": "input", "v": target, "p": prompt, "x": self.link(n.get("next"))}
        if "default" in args:
            rec["d"] = self.expression(n, ast.unparse(args["default"])) or ["c", True]
        if "length" in args:
            length = args["length"]
            if not (isinstance(length, ast.Constant) and type(length.value) is int and length.value > 0):
                raise self.fail(n, "renpy.input(length=...): only a literal positive number")
            rec["n"] = length.value
        if strip:
            rec["s"] = 1
        self.names.variables.add(target)
        self.names.used_variables.add(target)
        return rec

    def nvl_menu(self, n: dict) -> bool:
        """Whether a menu shows in NVL mode: `menu (nvl=True):` or `define menu = nvl_menu`."""
        args = self.data.get("menu_arguments", {}).get(f"{n.get('file')}:{n.get('line')}")
        if args:
            keywords = dict(args.get("keywords") or [])
            if args.get("positional") or set(keywords) - {"nvl"} \
                    or keywords.get("nvl") not in ("True", "False"):
                raise self.fail(n, "menu arguments other than nvl=True are not supported by the web player")
            return keywords["nvl"] == "True"
        menu = self._defines.get("menu")
        return bool(menu and (menu.get("source") or "").strip() == "nvl_menu")

    def screen_statement(self, n: dict, verb: str, rest: str) -> dict:
        """`show screen NAME(args) [with T] [nopredict]`, `call screen NAME(args)`, `hide screen
        NAME [with T]`: the screen compiled as a tree (vn.web.screens), its arguments checked."""
        parsed = parse_screen_statement(rest)
        if parsed is None:
            raise self.fail(n, f"{verb} screen {rest}: the web player needs a screen name and literal "
                               "arguments")
        name, args, tail = parsed
        words = tail.split()
        trans = None
        while words:
            if words[0] == "nopredict":
                words = words[1:]
            elif words[0] == "with" and len(words) >= 2 and verb != "call":
                trans = self.transition(n, words[1])
                words = words[2:]
            else:
                raise self.fail(n, f"{verb} screen {name} {tail}: {words[0]} is not supported by the "
                                   "web player")
        if not self.screen_compiler.has(name):
            raise self.fail(n, f"screen {name!r} is not defined in the game")
        kind = {"call": "call_screen", "show": "show_screen", "hide": "hide_screen"}[verb]
        rec: dict[str, Any] = {"k": kind, "n": name, "x": self.link(n.get("next"))}
        if trans is not None:
            rec["tr"] = trans
        if verb == "hide":
            if args:
                raise self.fail(n, f"hide screen {name}: takes no arguments")
            return rec
        try:
            rec["a"], rec["kw"] = self.screen_compiler.check_arguments(f"{verb} screen {name}", name, args,
                                                                       set())
        except ArgumentError as e:
            raise self.fail(n, str(e)) from None
        self.screen_compiler.compile(name)
        if verb == "call" and not self.screen_compiler.has_buttons(name):
            raise self.fail(n, f"screen {name} has no buttons the web player can show: it would wait forever")
        return rec

def _string_literal(source: str | None) -> str | None:
    """The text of `"text"` or `_("text")` (Ren'Py's translatable-string marker), else None."""
    try:
        node = ast.parse(source or "", mode="eval").body
    except SyntaxError:
        return None
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "__")
            and len(node.args) == 1 and not node.keywords):
        node = node.args[0]
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def compile_story(data: dict, game_dir: Path, strict: bool = False) -> Compiled:
    """Compile a `web_export` result for the game whose `game/` folder is `game_dir`
    (`strict`: what the player cannot play is an error, not a warning and a skip)."""
    if not isinstance(data, dict) or data.get("format") != "vn-web-export":
        raise VnError("web export: unexpected input (not produced by vn_web_export.rpy)")
    from ..story import validate
    from .translations import compile_translations
    validate(data.get("story"), "web export: story")
    try:
        compiler = StoryCompiler(data, game_dir, strict=strict)
        compiler.compile_code()
        compiler.compile_gallery()
        about = data.get("gui", {}).get("about")
        extra = {s for s in (data.get("config", {}).get("name"), about) if isinstance(s, str)}
        translations = compile_translations(compiler, data.get("translations", {}), extra)
        compiled = compiler.finish(translations)
    except VnError:
        raise
    except (KeyError, IndexError, TypeError, AttributeError, ValueError, RecursionError) as e:
        # The export is the engine's (vn_web_export.rpy) and trusted field by field; one of
        # another shape (a mismatched engine file, a damaged stage) is one line, not a trace.
        what = f"{type(e).__name__}: {e}" if not isinstance(e, KeyError) else f"no field {e}"
        raise VnError(f"web export: of an unexpected shape ({what[:120]}); "
                      "the engine's vn_web_export.rpy and vn disagree") from None
    compiled.translations = translations
    compiled.warnings = compiler.warnings
    return compiled


def story_hash(story: dict) -> str:
    """A short hash of the story data; saves made with another story are refused."""
    body = {k: v for k, v in story.items() if k != "hash"}
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

"""The story export: its shape, one loader and validator, and where control goes.

`vn export` (engine_files/vn_export.rpy) writes the story as Ren'Py parsed it:
every statement of the game's own files as a node with `id`, `file`, `line`,
`kind` and `next` (the id control reaches next), `labels` (name -> node id),
`characters` and `images`. Everything that reads an export (routes, rules, web,
coverage) gets its vocabulary from here: the node fields and their types, the
labels the engine itself enters, the statement kinds that only run at init
time, the control-flow successors of a node, and image lookup by tag and
attributes.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Container, Iterable, Mapping
from pathlib import Path
from typing import Any, TypedDict

from .errors import VnError, json_error

FORMAT = "vn-story-export"


class Entry(TypedDict, total=False):
    """A menu item (`items`) or an `if` branch (`entries`)."""

    caption: str | None
    condition: str | None
    next: str | None


class Node(TypedDict, total=False):
    """One statement. Always present: id, file, line, kind, next; the rest by kind."""

    id: str
    file: str
    line: int
    kind: str
    next: str | None
    name: str | None          # label, define, default
    target: str | None        # jump, call
    expression: bool          # jump/call expression: target computed at run time
    arguments: Any            # call with arguments
    parameters: str | None    # label with parameters
    body: str | None          # while
    items: list[Entry]        # menu
    entries: list[Entry]      # if
    source: str | None        # python, define, default
    store: str | None
    init: int | None          # python: its init priority when it is `init python`
    image: str | None         # scene, show, hide
    tag: str | None
    attributes: list[str] | None
    layer: str | None
    who: str | None           # say
    what: str | None


class Image(TypedDict, total=False):
    name: str
    file: str | None


class Story(TypedDict, total=False):
    format: str
    nodes: list[Node]
    labels: dict[str, str]
    characters: dict[str, dict[str, Any]]
    images: list[Image]


# Statements Ren'Py runs at init time. Control that flows into one at run time means the
# export followed an init block instead of skipping it (routes); the web player skips them.
INIT_KINDS = frozenset({"define", "default", "early_python", "screen", "image", "transform",
                        "style", "testcase"})
# Statements that do nothing when control passes over them at run time.
INERT_KINDS = INIT_KINDS | {"translate", "endtranslate", "pass", "init"}

# Labels the engine itself enters, and when. A story reaches none of them from `start`.
ENGINE_LABELS: dict[str, str] = {
    "splashscreen": "launch",        # once, before the main menu
    "before_main_menu": "menu",
    "main_menu": "menu",             # replaces the main menu screen
    "main_menu_screen": "menu",
    "after_main_menu": "menu",
    "quit": "menu",                  # when the player quits
    "after_load": "restore",         # run after a save is loaded
    "after_warp": "restore",
    "hide_windows": "restore",
    "_start": "restore",
    "start_store": "restore",
}
# Labels the engine enters because the game's config names them (`define config.X = "label"`).
CONFIGURED_ENGINE_LABELS = {"load_failed_label": "restore"}   # a load whose place is gone


def engine_labels(story: dict[str, Any]) -> frozenset[str]:
    """ENGINE_LABELS, plus the labels this story's config hands to the engine."""
    names = set(ENGINE_LABELS)
    for n in story.get("nodes", ()):
        if (n.get("kind") == "define" and n.get("store") in ("store.config", "config")
                and n.get("name") in CONFIGURED_ENGINE_LABELS):
            try:
                value = ast.literal_eval(n.get("source") or "")
            except (ValueError, SyntaxError, RecursionError):
                continue   # a label computed by code: nothing to name here
            if isinstance(value, str):
                names.add(value)
    return frozenset(names)


# Entered with the screen already set up (a load, a warp): no scene to analyse from.
RESTORED_STATE_LABELS = frozenset(n for n, when in ENGINE_LABELS.items() if when == "restore")
# Labels of the engine a game may jump to without defining them: all lead out of the story.
ENGINE_EXITS = frozenset({"main_menu", "main_menu_screen", "_main_menu", "_quit", "quit", "_return"})

# The type of each field a reader indexes, whatever the node's kind: a hand-edited or
# foreign export fails here with its field named, not deep in an analysis.
_STR_OR_NONE = (str, type(None))
FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "id": (str,), "file": (str,), "line": (int,), "kind": (str,), "next": _STR_OR_NONE,
    "target": _STR_OR_NONE, "from": _STR_OR_NONE, "name": _STR_OR_NONE, "store": _STR_OR_NONE,
    "source": _STR_OR_NONE, "operator": _STR_OR_NONE, "condition": _STR_OR_NONE,
    "caption": _STR_OR_NONE, "text": _STR_OR_NONE, "who": _STR_OR_NONE, "character": _STR_OR_NONE,
    "what": _STR_OR_NONE, "body": _STR_OR_NONE, "image": _STR_OR_NONE, "tag": _STR_OR_NONE,
    "set": _STR_OR_NONE, "init": (int, type(None)),
    "items": (list, type(None)), "entries": (list, type(None)), "attributes": (list, type(None)),
}
REQUIRED_FIELDS = ("id", "file", "line", "kind", "next")
# Fields a statement of that kind cannot do without.
NAMED_KINDS: dict[str, tuple[str, ...]] = {"label": ("name",), "default": ("name",), "define": ("name",)}


def _check_fields(n: Mapping[str, Any], where: str) -> None:
    for key, value in n.items():
        types = FIELD_TYPES.get(key)
        if types and (not isinstance(value, types) or isinstance(value, bool)):
            raise VnError(f"{where}.{key}: expected {' or '.join(t.__name__ for t in types)}, "
                          f"got {json.dumps(value)[:60]}")
        if key in ("items", "entries") and value:
            for j, e in enumerate(value):
                if not isinstance(e, dict):
                    raise VnError(f"{where}.{key}[{j}]: expected an object, got {json.dumps(e)[:60]}")
                _check_fields(e, f"{where}.{key}[{j}]")


def validate(story: Any, source: str = "story") -> Story:
    """`story` if it is a story export whose nodes and labels are well typed, else VnError
    naming the field (`source: nodes[3].line: expected int, got "x"`)."""
    if not isinstance(story, dict) or not isinstance(story.get("nodes"), list) \
            or not isinstance(story.get("labels"), dict):
        raise VnError(f"{source}: not a vn story export (no nodes/labels); make one with `vn export`")
    for k, n in enumerate(story["nodes"]):
        if not isinstance(n, dict) or not all(key in n for key in REQUIRED_FIELDS):
            raise VnError(f"{source}: nodes[{k}]: expected id, file, line, kind and next")
        _check_fields(n, f"{source}: nodes[{k}]")
        for key in NAMED_KINDS.get(n["kind"], ()):
            if not isinstance(n.get(key), str):
                raise VnError(f"{source}: nodes[{k}].{key}: expected str for a {n['kind']} statement, "
                              f"got {json.dumps(n.get(key))[:60]}")
    for name, nid in story["labels"].items():
        if not isinstance(nid, str):
            raise VnError(f"{source}: labels.{name}: expected a statement id, got {json.dumps(nid)}")
    return story  # type: ignore[return-value]  # checked above


def load(path: str | Path) -> Story:
    """Read and validate a story export written by `vn export --out`."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise VnError(f"{path}: cannot read story JSON: {e.strerror or e}") from None
    except (ValueError, RecursionError) as e:
        raise VnError(f"{path}: not valid JSON: {json_error(e)}") from None
    return validate(data, str(path))


# -- control flow ---------------------------------------------------------------------------


def is_else(entry: Mapping[str, Any]) -> bool:
    """An `if` branch taken whatever the store holds (`else:`, exported as `True`)."""
    return (entry.get("condition") or "True").strip() == "True"


def if_targets(n: Mapping[str, Any]) -> list[str | None]:
    """Where an `if` can send control: each branch up to an `else`, else also past the if."""
    out: list[str | None] = []
    for e in n.get("entries") or []:
        out.append(e.get("next"))
        if is_else(e):
            return out
    out.append(n.get("next"))
    return out


def callee(n: Mapping[str, Any], labels: Mapping[str, str]) -> str | None:
    """The node a `call` enters (None: not a call, `call expression`, or a missing label)."""
    if n["kind"] != "call" or n.get("expression"):
        return None
    return labels.get(n.get("target") or "")


def successors(n: Mapping[str, Any], labels: Mapping[str, str], known: Container[str]) -> list[str]:
    """Where control goes after `n` within the same call, as node ids in `known` (a call
    continues at its `next`; what it enters is `callee`). `jump expression` goes nowhere
    known; a menu goes to its items, an if to its branches, a while to its body or past it;
    a creator-defined statement to what its own `next` chose (`enters`, asked once by the
    export: the tutorial's `example:` runs its block, whose end goes on past it)."""
    kind, nxt = n["kind"], n.get("next")
    rv: Iterable[str | None]
    if kind == "jump":
        rv = [] if n.get("expression") else [labels.get(n.get("target") or "")]
    elif kind == "return":
        rv = []
    elif kind == "menu" and n.get("items"):
        rv = [i.get("next") for i in n["items"]]
    elif kind == "if":
        rv = if_targets(n)
    elif kind == "while":
        rv = [n.get("body"), nxt]
    elif n.get("enters"):
        rv = [n["enters"]]
    else:
        rv = [nxt]
    return [x for x in rv if x is not None and x in known]


def reachable(story: Story, roots: Iterable[str]) -> set[str]:
    """Every node id control can reach from `roots` (node ids), calls entered."""
    by_id = {n["id"]: n for n in story["nodes"]}
    labels = story["labels"]
    seen: set[str] = set()
    todo = [r for r in roots if r in by_id]
    while todo:
        nid = todo.pop()
        if nid in seen:
            continue
        seen.add(nid)
        n = by_id[nid]
        todo += successors(n, labels, by_id)
        c = callee(n, labels)
        if c is not None and c in by_id:
            todo.append(c)
    return seen


# -- images ---------------------------------------------------------------------------------


class ImageIndex:
    """The story's images by tag, in export order: `show eileen happy` finds `eileen happy`."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.by_tag: dict[str, list[tuple[frozenset[str], str]]] = {}
        for name in names:
            self.add(name)

    @classmethod
    def of(cls, story: Mapping[str, Any]) -> ImageIndex:
        return cls(image_names(story))

    def add(self, name: str) -> None:
        parts = name.split()
        if parts:
            self.by_tag.setdefault(parts[0], []).append((frozenset(parts[1:]), name))

    def tags(self) -> set[str]:
        return set(self.by_tag)

    def matching(self, tag: str, attributes: Iterable[str]) -> list[str]:
        """Every image of `tag` that has all of `attributes` (what Ren'Py may pick). A negative
        attribute (`show calla -gesture`, the way back from a pose) excludes the images that have
        it, and must name an attribute some image of the tag has, or nothing matches."""
        attrs = list(attributes)
        want = frozenset(a for a in attrs if not a.startswith("-"))
        drop = frozenset(a[1:] for a in attrs if a.startswith("-"))
        images = self.by_tag.get(tag, [])
        if drop and not drop <= frozenset().union(*(have for have, _ in images)):
            return []
        return [name for have, name in images if want <= have and not drop & have]


def image_names(story: Mapping[str, Any]) -> list[str]:
    """The names of the story's images (`eileen happy`), in export order."""
    out = []
    for image in story.get("images") or []:
        name = image.get("name") if isinstance(image, dict) else image
        if name:
            out.append(name)
    return out

"""`call screen` as a choice point: each button the player can press is a menu choice.

The export carries each screen's buttons (vn_export.rpy: every displayable with an
`action`, the conditions of the screen-language ifs around it, the `for` that
repeats it, and every `use` of another screen). A `call screen NAME(...)` whose
buttons can be read becomes a menu before anything is explored (graph.py calls
`expand_call_screens` while it builds the graph): one item per button, enabled
where its ifs and its `sensitive` hold, leading through statements that do what
its action does:

- `Return(v)`: `_return = v` (True without a value), then on after the call screen;
- `Jump("x")` / `Call("x")`: to label x (a call comes back after the call screen);
- `SetVariable("x", v)`, `SetField(store, "x", v)`, `ToggleVariable("x")`: the
  assignment, then (unless another action of the list ends the screen) the screen
  again, as the engine re-shows it;
- `If(c, a, b)`: two items, `a` where c holds, `b` where it does not;
- `MainMenu()` / `Quit()`: play ends;
- a list of actions: each in turn, as Ren'Py runs them (a jump ends the list);
- actions that only change what is shown (`Show`, `Notify`, `Preference`...): nothing.

Anything else (`Function(...)`, an action stored in a variable) cannot be followed:
the button is left out and the place is listed as *approximate*, as for unknown
Python (with `--strict`, reaching such a screen is an error). A button repeated by a
`for` stands for all its copies; its condition and value read the loop variable, so
unknown.py takes it as enabled and `_return` as unknown, and says so.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..pysubset import dotted_name
from ..story import ENGINE_EXITS as ENGINE_EXITS_

if TYPE_CHECKING:
    from .graph import StoryGraph  # graph.py imports this module

CALL_SCREEN = re.compile(r"^call\s+screen\s+([A-Za-z_][\w.]*)\s*(\(.*\))?")
MAX_USE_DEPTH = 8

# Actions that change only what is shown or heard: pressing them does not end the
# interaction and changes no store variable the story reads.
DISPLAY_ONLY = frozenset({
    "NullAction", "Show", "Hide", "ToggleScreen", "ShowTransient", "ShowMenu", "Notify",
    "OpenURL", "Play", "Stop", "Queue", "PauseAudio", "SetMixer", "SetMute", "ToggleMute",
    "Preference", "SetScreenVariable", "ToggleScreenVariable", "SetLocalVariable",
    "ToggleLocalVariable", "Help", "With", "SelectedIf", "SensitiveIf", "Skip",
    "QuickSave", "FileSave", "Screenshot", "HideInterface"})
GAME_EXITS = frozenset({"MainMenu", "Quit"})


class NotModelled(Exception):
    """An action the checker cannot follow (the message says which)."""


@dataclass
class Effect:
    """What one way of pressing a button does: conditions it needs (from `If`), the
    Python it runs, and how it ends the screen (None: the screen stays)."""
    conditions: list[str] = field(default_factory=list)
    python: list[str] = field(default_factory=list)
    end: tuple[str, ...] | None = None          # ("return",) | ("jump", label) | ("call", label) | ("exit",)

    def then(self, other: Effect) -> Effect:
        if self.end is not None and self.end[0] in ("jump", "call", "exit"):
            return self  # a jump leaves the list: what follows it never runs
        return Effect(self.conditions + other.conditions, self.python + other.python,
                      other.end if other.end is not None else self.end)


def _const_str(node: ast.expr) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    raise NotModelled(f"`{ast.unparse(node)}` is not a constant name")


def _arg(call: ast.Call, pos: int, name: str) -> ast.expr | None:
    if len(call.args) > pos:
        return call.args[pos]
    for k in call.keywords:
        if k.arg == name:
            return k.value
    return None


def effects(node: ast.expr | None, params: dict[str, ast.expr], depth: int = 0) -> list[Effect]:
    """The ways an action expression can go (one, or two for each `If`)."""
    if depth > 20:
        raise NotModelled("actions nested too deep")
    if node is None or isinstance(node, ast.Constant) and node.value is None:
        return [Effect()]
    if isinstance(node, ast.Name) and node.id in params:  # a screen parameter's value
        return effects(params[node.id], params, depth + 1)
    if isinstance(node, (ast.List, ast.Tuple)):
        out = [Effect()]
        for elt in node.elts:
            out = [a.then(b) for a in out for b in effects(elt, params, depth + 1)]
        return out
    if not isinstance(node, ast.Call):
        raise NotModelled(f"action `{ast.unparse(node)}`")
    name = dotted_name(node.func) or ""
    if name == "Return":
        value = _arg(node, 0, "value")
        shown = "True" if value is None or isinstance(value, ast.Constant) and value.value is None \
            else ast.unparse(value)
        return [Effect(python=[f"_return = {shown}"], end=("return",))]
    if name in ("Jump", "Call"):
        label = _arg(node, 0, "label")
        if label is None:
            raise NotModelled(f"action `{ast.unparse(node)}`")
        return [Effect(end=(name.lower(), _const_str(label)))]
    if name == "SetVariable":
        var, value = _arg(node, 0, "name"), _arg(node, 1, "value")
        if var is None or value is None:
            raise NotModelled(f"action `{ast.unparse(node)}`")
        return [Effect(python=[f"{_const_str(var)} = {ast.unparse(value)}"])]
    if name == "SetField":
        obj, var, value = _arg(node, 0, "object"), _arg(node, 1, "field"), _arg(node, 2, "value")
        if not (isinstance(obj, ast.Name) and obj.id == "store") or var is None or value is None:
            raise NotModelled(f"action `{ast.unparse(node)}` (only fields of `store` are followed)")
        return [Effect(python=[f"{_const_str(var)} = {ast.unparse(value)}"])]
    if name == "ToggleVariable":
        var = _arg(node, 0, "name")
        if var is None:
            raise NotModelled(f"action `{ast.unparse(node)}`")
        t, f = _arg(node, 1, "true_value"), _arg(node, 2, "false_value")
        ts, fs = ast.unparse(t) if t is not None else "True", ast.unparse(f) if f is not None else "False"
        v = _const_str(var)
        return [Effect(python=[f"{v} = ({fs}) if {v} == ({ts}) else ({ts})"])]
    if name == "If":
        cond, true, false = _arg(node, 0, "expression"), _arg(node, 1, "true"), _arg(node, 2, "false")
        if cond is None:
            raise NotModelled(f"action `{ast.unparse(node)}`")
        c = ast.unparse(cond)
        yes = [Effect([f"({c})"] + e.conditions, e.python, e.end) for e in effects(true, params, depth + 1)]
        no = [Effect([f"not ({c})"] + e.conditions, e.python, e.end)
              for e in effects(false, params, depth + 1)]
        return yes + no
    if name in GAME_EXITS:
        return [Effect(end=("exit",))]
    if name in DISPLAY_ONLY:
        return [Effect()]
    raise NotModelled(f"action `{ast.unparse(node)}`")


def call_screen(source: str) -> tuple[str, str | None] | None:
    """(screen name, argument source or None) of a `call screen` statement, else None."""
    m = CALL_SCREEN.match(source.strip())
    return (m.group(1), m.group(2)) if m else None


def parameter_values(signature: str | None, arguments: str | None) -> dict[str, ast.expr]:
    """Each screen parameter's expression at this call: the argument given, else its
    default (parameters with neither are left out: reading them is unknown)."""
    out: dict[str, ast.expr] = {}
    if not signature:
        return out
    try:
        fn = ast.parse(f"def f{signature}: pass").body[0]
        call = ast.parse(f"f{arguments or '()'}", mode="eval").body
    except SyntaxError:
        return out
    assert isinstance(fn, ast.FunctionDef) and isinstance(call, ast.Call)
    names = [a.arg for a in fn.args.args]
    defaults = dict(zip(names[len(names) - len(fn.args.defaults):], fn.args.defaults, strict=False))
    out.update(defaults)
    for name, value in zip(names, call.args, strict=False):
        out[name] = value
    for k in call.keywords:
        if k.arg in names:
            out[k.arg] = k.value
    return out


class _Bind(ast.NodeTransformer):
    """Replaces the screen's parameters by their values at this call."""

    def __init__(self, params: dict[str, ast.expr]) -> None:
        self.params = params

    def visit_Name(self, node: ast.Name) -> ast.expr:
        value = self.params.get(node.id)
        return value if value is not None and isinstance(node.ctx, ast.Load) else node


def bind(source: str, params: dict[str, ast.expr]) -> str:
    """`source` with the screen's parameters replaced by their values at this call."""
    if not params:
        return source
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return source
    return ast.unparse(_Bind(params).visit(tree))


def _label_text(button: dict[str, Any]) -> str:
    """What the player sees on the button: its literal text (`_("...")` too), else its
    `alt` text, else the widget and its action."""
    for key in ("text", "alt"):
        src = button.get(key)
        if not src:
            continue
        try:
            node = ast.parse(src, mode="eval").body
        except SyntaxError:
            continue
        if isinstance(node, ast.Call) and dotted_name(node.func) == "_" and len(node.args) == 1:
            node = node.args[0]
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
    text = f" {button['text']}" if button.get("text") else ""
    return f"({button.get('widget', 'button')}{text}: {button.get('action')})"


def buttons_of(screens: dict[str, dict[str, Any]], name: str, condition: str | None = None,
               depth: int = 0) -> list[dict[str, Any]]:
    """The buttons of a screen, with those of the screens it `use`s (their conditions
    joined to the use's)."""
    screen = screens.get(name)
    if screen is None or depth > MAX_USE_DEPTH:
        return []
    out = []
    for b in screen.get("buttons") or []:
        cond = " and ".join(c for c in (condition, b.get("condition")) if c) or None
        if "use" in b:
            if b["use"]:
                out.extend(buttons_of(screens, b["use"], cond, depth + 1))
            continue
        out.append(dict(b, condition=cond, file=screen["file"]))
    return out


def expand_call_screens(graph: StoryGraph) -> None:
    """Turn every `call screen` whose buttons can be read into a menu (see above)."""
    from .graph import FALLOFF, MENU, UNSUP
    screens: dict[str, dict[str, Any]] = {}
    for n in graph.nodes:
        if n["kind"] == "screen" and n.get("name"):
            screens.setdefault(n["name"], n)
    for i, n in enumerate(graph.nodes[:graph.END]):
        if n["kind"] != "user":
            continue
        called = call_screen(n.get("source") or "")
        if called is None:
            continue
        name, arguments = called
        params = parameter_values(screens.get(name, {}).get("parameters"), arguments)
        items, notes = [], []
        for b in buttons_of(screens, name):
            where = f"{b['file']}:{b['line']}"
            try:
                ways = effects(ast.parse(b.get("action") or "None", mode="eval").body, params)
            except (NotModelled, SyntaxError) as err:
                notes.append(f"{where}: {err} is not followed (the button is left out)")
                continue
            if b.get("loop"):
                notes.append(f"{where}: one choice stands for every button of `for {b['loop']}`")
            base = [c for c in (b.get("condition"), b.get("sensitive")) if c]
            for way in ways:
                if way.end is None and not way.python:
                    continue  # the button changes nothing the story reads
                conds = [c if c.startswith("(") and c.endswith(")") or " " not in c else f"({c})"
                         for c in base] + way.conditions
                cond = bind(" and ".join(conds), params) if conds else None
                way.python = [bind(p, params) for p in way.python]
                items.append({"text": _label_text(b), "condition": cond,
                              "next": _chain(graph, i, b, way, FALLOFF)})
        if not items:
            notes.append(f"screen `{name}` has no button whose action the checker can follow"
                         if name in screens else f"screen `{name}` is not defined by the game")
        if notes:
            why = f"`call screen {name}`: " + "; ".join(notes)
            if graph.strict:
                graph.stop[i], graph.why[i] = UNSUP, why
                continue
            graph.approximate[graph.where(i)] = why
        if items:
            graph.nodes[i] = dict(n, kind="menu", caption=None, set=None, screen=name, items=items)
            graph.stop[i] = MENU


def _chain(graph: StoryGraph, i: int, button: dict[str, Any], way: Effect, falloff: int) -> str | None:
    """Statements doing what one way of pressing `button` does, at the button's file:line;
    returns the id of the first (None: the statement after the `call screen`, and there is none)."""
    from ..errors import VnError
    from .graph import CALL, PASS, PY
    end = way.end
    nxt: str | None
    if end is None:                      # the screen stays: the engine shows it again
        nxt = graph.nodes[i]["id"]
    elif end[0] == "return":
        nxt = graph.nodes[i].get("next")
    else:
        label = end[1] if end[0] != "exit" else None
        if label is not None and label not in graph.labels and not (
                end[0] == "jump" and label in ENGINE_EXITS_):
            where = f"{button['file']}:{button['line']}"
            raise VnError(f"{where}: {end[0].capitalize()} to missing label `{label}`")
        if end[0] == "call":
            assert label is not None        # a call's end is ("call", label)
            nxt = _add(graph, i, button, "call", CALL, graph.labels[label],
                       graph.nodes[i].get("next"), target=label, expression=False,
                       arguments=None, **{"from": None})
        elif label is not None and label in graph.labels:
            nxt = _add(graph, i, button, "jump", PASS, graph.labels[label], None,
                       target=label, expression=False)
        else:                           # MainMenu(), Quit(), Jump("main_menu")
            nxt = _add(graph, i, button, "jump", falloff, -1, None, target="main_menu", expression=False)
    for source in reversed(way.python):
        nxt = _add(graph, i, button, "python", PY, -1, nxt, source=source, hide=False,
                   store="store", init=None)
    return nxt


def _add(graph: StoryGraph, i: int, button: dict[str, Any], kind: str, stop: int, target_index: int,
         nxt: str | None, **fields: Any) -> str:
    """A statement standing for part of a button's action, at the button's own file:line,
    in the label of its `call screen`; returns its id."""
    k = len(graph.nodes)
    node = {"id": f"{button['file']}:{button['line']}#screen{k}", "file": button["file"],
            "line": button["line"], "kind": kind, "next": nxt, **fields}
    graph.nodes.append(node)
    graph.ids[node["id"]] = k
    graph.next.append(graph.ids[nxt] if nxt is not None else -1)
    graph.target.append(target_index)
    graph.stop.append(stop)
    graph._skip.append(None)
    graph._order.append((button["file"], button["line"], k))
    graph.label_of.append(graph.label_of[i])
    node_id: str = node["id"]
    return node_id

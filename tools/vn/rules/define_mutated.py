"""define-mutated: a name set with `define` is never changed while the game runs.

`define` runs at init time and its value is not saved: a change made while
the game runs is lost on load and on rollback, and is not reset when a new
game starts. State that changes must be declared with `default`.

Changes found in the Python the script runs (`$` lines and `python:` blocks
in labels): assignments (`x = ...`, `x += ...`, `store.x = ...`), changes in
place (`x.append(...)`, `x[k] = ...`, `x.attr = ...`, `del x[k]`),
`setattr(store, "x", ...)`, calls of the game's own helpers (top-level `def`s
of `init python` blocks) that do any of these (through `global x`, or
`setattr(store, name, ...)` given `"x"`), and `menu x:` item sets. Screens'
actions (`SetVariable("x", ...)`) are not in the story export and are not
checked. The problem is reported at the `define`, naming where it changes.

PASS::

    default met_calla = False
    define MAX_TRUST = 10
    label start:
        $ met_calla = True

FAIL::

    define met_calla = False
    label start:
        $ met_calla = True       # lost on load and rollback
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from ..pysubset import bound_targets, is_store, parse_or_none, store_attr, target_leaves
from .base import ERROR, Context, Problem, nodes, where

RULE_ID = "define-mutated"
SEVERITY = ERROR
SUMMARY = "state declared with `define` but changed while the game runs (use `default`)"

MUTATING_METHODS = {"append", "extend", "insert", "remove", "pop", "clear", "sort", "reverse",
                    "add", "discard", "update", "setdefault", "popitem",
                    "difference_update", "intersection_update", "symmetric_difference_update"}


def _root_name(expr: ast.expr) -> str | None:
    """`x` for x, x[1], x.a, store.x, x.a[2]..."""
    while isinstance(expr, (ast.Subscript, ast.Attribute)):
        attr = store_attr(expr)
        if attr is not None:
            return attr
        expr = expr.value
    return expr.id if isinstance(expr, ast.Name) else None


def _is_store(expr: ast.expr) -> bool:
    return is_store(expr) or \
        (isinstance(expr, ast.Attribute) and expr.attr == "store"
         and isinstance(expr.value, ast.Name) and expr.value.id == "renpy")


class _Changes(ast.NodeVisitor):
    """Names a piece of Python changes, and calls it makes.

    `local_names`: plain assignments bind locals (a function without `global`,
    a `python hide:` block), so only `store.x`, in-place changes and setattr count."""

    def __init__(self, local_names: bool, params: list[str] | None = None):
        self.local_names = local_names
        self.params = params or []
        self.globals: set[str] = set()
        self.changed: set[str] = set()
        self.setattr_params: set[int] = set()     # indexes of params used as setattr(store, p)
        self.calls: list[ast.Call] = []

    def _target(self, t: ast.expr) -> None:
        """One single target (pysubset.target_leaves): a name binds, `x[k]`, `x.a`, `store.x`
        change `x`."""
        if isinstance(t, ast.Name):
            if not self.local_names or t.id in self.globals:
                self.changed.add(t.id)
        else:
            name = _root_name(t)
            if name:
                self.changed.add(name)

    def visit_Global(self, node: ast.Global) -> None:
        self.globals.update(node.names)

    def _assignment(self, node: ast.Assign | ast.AugAssign | ast.AnnAssign) -> None:
        for t in bound_targets(node):
            self._target(t)
        self.generic_visit(node)

    visit_Assign = visit_AugAssign = visit_AnnAssign = _assignment

    def visit_Delete(self, node: ast.Delete) -> None:
        for t in node.targets:
            for leaf in target_leaves(t):
                self._target(leaf)

    def _skip(self, node: ast.AST) -> None:
        pass  # a nested def runs only when called; helpers are read separately

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _skip

    def visit_Call(self, node: ast.Call) -> None:
        f = node.func
        if isinstance(f, ast.Attribute) and f.attr in MUTATING_METHODS:
            name = _root_name(f.value)
            if name:
                self.changed.add(name)
        if isinstance(f, ast.Name) and f.id == "setattr" and len(node.args) >= 2 \
                and _is_store(node.args[0]):
            arg = node.args[1]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                self.changed.add(arg.value)
            elif isinstance(arg, ast.Name) and arg.id in self.params:
                self.setattr_params.add(self.params.index(arg.id))
        self.calls.append(node)
        self.generic_visit(node)


class _Helper:
    def __init__(self, fn: ast.FunctionDef):
        self.params = [a.arg for a in fn.args.args]
        v = _Changes(local_names=True, params=self.params)
        # `global` statements apply to the whole body: read them first.
        for sub in ast.walk(fn):
            if isinstance(sub, ast.Global):
                v.globals.update(sub.names)
        for stmt in fn.body:
            v.visit(stmt)
        self.changed = v.changed
        self.setattr_params = v.setattr_params
        self.calls = v.calls


def _helpers(story: dict[str, Any]) -> dict[str, _Helper]:
    helpers: dict[str, _Helper] = {}
    for node in nodes(story, "python", "early_python"):
        if node["kind"] == "python" and node.get("init") is None:
            continue
        tree = parse_or_none(node.get("source"))
        for stmt in tree.body if tree else []:
            if isinstance(stmt, ast.FunctionDef):
                helpers[stmt.name] = _Helper(stmt)
    return helpers


def _call_changes(call: ast.Call, helpers: dict[str, _Helper], seen: set[str]) -> set[str]:
    """What calling a helper changes, following helpers it calls."""
    if not isinstance(call.func, ast.Name) or call.func.id not in helpers or call.func.id in seen:
        return set()
    seen = seen | {call.func.id}
    h = helpers[call.func.id]
    changed = set(h.changed)
    for i in h.setattr_params:
        arg = call.args[i] if i < len(call.args) else None
        if arg is None:
            arg = next((k.value for k in call.keywords if k.arg == h.params[i]), None)
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            changed.add(arg.value)
    for inner in h.calls:
        changed |= _call_changes(inner, helpers, seen)
    return changed


def changes(story: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Store names changed while the game runs -> the statements changing them."""
    helpers = _helpers(story)
    rv: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node in nodes(story, "python", "menu"):
        if node["kind"] == "menu":
            if node.get("set"):
                rv[node["set"].strip()].append(node)
            continue
        if node.get("init") is not None or node.get("store", "store") != "store":
            continue
        tree = parse_or_none(node.get("source"))
        if tree is None:
            continue
        v = _Changes(local_names=bool(node.get("hide")))
        v.visit(tree)
        names = set(v.changed)
        for call in v.calls:
            names |= _call_changes(call, helpers, set())
        for name in names:
            rv[name].append(node)
    return rv


def check(story: dict[str, Any], context: Context) -> Iterable[Problem]:
    defines: dict[str, dict[str, Any]] = {}
    for node in nodes(story, "define"):
        if node.get("store", "store") == "store" and not node.get("index") \
                and node.get("operator", "=") == "=" and node.get("name"):
            defines.setdefault(node["name"], node)
    if not defines:
        return
    changed = changes(story)
    for name, node in defines.items():
        sites = changed.get(name)
        if not sites:
            continue
        more = f" (and {len(sites) - 1} more)" if len(sites) > 1 else ""
        yield Problem(node["file"], node["line"],
                      f"`{name}` is declared with `define` but changed at {where(sites[0])}{more}: "
                      f"`define` values are not saved, so the change is lost on load and rollback; "
                      f"declare it with `default {name} = ...`", RULE_ID, SEVERITY)

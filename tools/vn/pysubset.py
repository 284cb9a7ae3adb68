"""The story's Python subset: its one definition, parser and assignment walker.

Two back ends run the Python the story writes in `$` lines, `python:` blocks, conditions and
the helpers of `init python`, and neither ever calls `eval`. Both parse with `parse` here,
and vn/ir.py lowers the tree to one intermediate form; the route checker (routes/pyeval.py)
compiles that to closures, the web compiler (web/pyexpr.py) to the JSON expression trees
the web player's interp.js interprets. Both know the builtins from `BUILTINS`, the
display-only calls from `DISPLAY_ONLY`, and which store names a block writes from
`assigned_names`; what each target accepts is this one table (vn.ir.KINDS and
vn.ir.BINARY hold its flags as data):

    construct                                     routes   web
    int, bool, str, None literals                 yes      yes (ints up to 2**53)
    float literals                                yes      only non-integral ones (JSON
                                                           cannot tell 1.0 from 1)
    tuple, list displays; constant dicts          yes      yes
    set displays, computed dicts                  yes      no
    store variables, `store.x`, defines           yes      yes (literal defines only)
    dotted defines (`config.x`)                   yes      no
    + - * // %, unary - +, not, and, or, a if c else b, comparisons (chained, in, is)
                                                  yes      yes (`is` with None/True/False)
    `/` (true division)                           yes      no: its float results cannot
                                                           cross JSON exactly
    subscripts `a[i]`                             yes      yes
    slices `a[i:j:k]`                             yes      no: interp.js has no slice
    builtins (BUILTINS)                           all      the ones marked `web`, with the
                                                           arities given there
    game helpers (top-level `def` of init python) yes      yes (positional parameters, no
                                                           loops, no nested functions)
    keyword arguments in calls                    helpers  no
    getattr/setattr(store, ...)                   yes      yes (getattr without default)
    hasattr(store, name)                          yes      no
    statements: = (chained: routes only), +=, tuple unpacking, if/elif/else, pass,
      docstrings, calls as statements, return and global in helpers
                                                  yes      yes
    display-only calls (DISPLAY_ONLY) as whole    yes,     no: the build fails naming the
      statements (`$ renpy.pause(1.0)`)           ignored  file and line (the player cannot
                                                           pause, notify or play by code)
    calling a define'd Character (`$ e("Hi")`)    yes      no

Outside the table, routes explores the statement as unknown (an approximate verdict; with
--strict, `file:line: unsupported Python`) and the web build fails naming file:line.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, overload

__all__ = ["BUILTINS", "Builtin", "DISPLAY_ONLY", "ParseError", "WEB_BUILTINS", "assigned_names",
           "bound_targets", "describe", "dotted_name", "helper_store_writes", "is_store",
           "parse", "parse_or_none", "statements", "store_attr", "store_writes", "target_leaves"]


@dataclass(frozen=True)
class Builtin:
    """A builtin the subset may call: `fn` is what routes runs; `web` says whether the web
    player (python.js) implements it, taking `low` to `high` positional arguments there."""

    fn: Callable[..., Any]
    low: int = 1
    high: int = 1
    web: bool = True


BUILTINS: dict[str, Builtin] = {
    "min": Builtin(min, 1, 99), "max": Builtin(max, 1, 99), "len": Builtin(len),
    "abs": Builtin(abs), "int": Builtin(int), "bool": Builtin(bool), "str": Builtin(str),
    "round": Builtin(round), "float": Builtin(float, web=False),
    # containers, for `default seen = set()` and friends
    "set": Builtin(set, web=False), "list": Builtin(list, web=False),
    "tuple": Builtin(tuple, web=False), "dict": Builtin(dict, web=False),
    "frozenset": Builtin(frozenset, web=False),
}
WEB_BUILTINS: dict[str, Builtin] = {name: b for name, b in BUILTINS.items() if b.web}

# Ren'Py calls that only affect what is on screen or heard, never the story state.
# Allowed as whole statements only (`$ renpy.pause(1.0)`); their arguments are not evaluated.
DISPLAY_ONLY = frozenset({
    "renpy.pause", "renpy.notify", "renpy.block_rollback", "renpy.fix_rollback",
    "renpy.checkpoint", "renpy.transition", "renpy.with_statement",
    "renpy.music.play", "renpy.music.stop", "renpy.music.queue",
    "renpy.sound.play", "renpy.sound.stop", "renpy.sound.queue",
})


class ParseError(Exception):
    """Source that is not Python at all: `msg` is the parser's reason, `line_offset` the
    line of the error counted from the source's first line (0)."""

    def __init__(self, msg: str, line_offset: int):
        super().__init__(msg)
        self.msg = msg
        self.line_offset = line_offset


@overload
def parse(source: str, mode: Literal["exec"] = "exec") -> ast.Module: ...
@overload
def parse(source: str, mode: Literal["eval"]) -> ast.Expression: ...


def parse(source: str, mode: Literal["exec", "eval"] = "exec") -> ast.Module | ast.Expression:
    """The story's Python as an `ast` tree: a block (`exec`) or one expression (`eval`)."""
    try:
        tree = ast.parse(source, mode=mode)
    except SyntaxError as e:
        raise ParseError(e.msg, (e.lineno or 1) - 1) from None
    assert isinstance(tree, (ast.Module, ast.Expression))  # what these two modes return
    return tree


def parse_or_none(source: str | None) -> ast.Module | None:
    """A block's tree, or None when it does not parse (for readers that only look)."""
    try:
        return parse(source or "")
    except ParseError:
        return None


def describe(node: ast.AST) -> str:
    """Short source text of `node` for messages."""
    try:
        text = ast.unparse(node)
    except Exception:  # pragma: no cover - unparse handles every parsed node
        text = type(node).__name__
    return text if len(text) <= 60 else text[:57] + "..."


def dotted_name(node: ast.AST) -> str | None:
    """`a.b.c` for a chain of attributes on a name, else None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def is_store(node: ast.AST) -> bool:
    """The bare name `store` (as in getattr(store, name))."""
    return isinstance(node, ast.Name) and node.id == "store"


def store_attr(node: ast.AST) -> str | None:
    """`x` for `store.x`, else None."""
    if isinstance(node, ast.Attribute) and is_store(node.value):
        return node.attr
    return None


def statements(body: Iterable[ast.stmt]) -> Iterator[ast.stmt]:
    """Every statement of a block, inside `if`, loops, `with`, `try` and `match` too, but not
    inside nested functions and classes (their bodies run only when called)."""
    for stmt in body:
        yield stmt
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        for child in ast.iter_child_nodes(stmt):
            if isinstance(child, (ast.ExceptHandler, ast.match_case)):
                yield from statements(child.body)
            elif isinstance(child, ast.stmt):
                yield from statements([child])


def target_leaves(target: ast.expr) -> Iterator[ast.expr]:
    """The single targets of one assignment target: `a, (b, *c)` gives a, b, c."""
    if isinstance(target, (ast.Tuple, ast.List)):
        for element in target.elts:
            yield from target_leaves(element)
    elif isinstance(target, ast.Starred):
        yield from target_leaves(target.value)
    else:
        yield target


def bound_targets(stmt: ast.stmt) -> list[ast.expr]:
    """What an assignment statement (=, +=, annotated with a value) binds or changes:
    names, `store.x`, and subscripts and attributes (changes in place); [] for others."""
    if isinstance(stmt, ast.Assign):
        return [leaf for t in stmt.targets for leaf in target_leaves(t)]
    if isinstance(stmt, ast.AugAssign) or (isinstance(stmt, ast.AnnAssign) and stmt.value is not None):
        return list(target_leaves(stmt.target))
    return []


def assigned_names(body: Iterable[ast.stmt]) -> set[str]:
    """Names a block binds with =, += or unpacking (as `x`, or `store.x` for the store's
    attribute), not inside nested functions."""
    names: set[str] = set()
    for stmt in statements(body):
        for leaf in bound_targets(stmt):
            if isinstance(leaf, ast.Name):
                names.add(leaf.id)
            elif (attr := store_attr(leaf)) is not None:
                names.add("store." + attr)
    return names


def store_writes(body: Iterable[ast.stmt]) -> set[str]:
    """Store variables a module-level block assigns (`x = ...`, `store.x = ...`)."""
    return {n[6:] if n.startswith("store.") else n for n in assigned_names(body)}


def helper_store_writes(node: ast.FunctionDef) -> set[str]:
    """Store variables a helper assigns by name: `global x` + `x = ...`, or `store.x = ...`."""
    globals_ = {n for s in ast.walk(node) if isinstance(s, ast.Global) for n in s.names}
    names = assigned_names(node.body)
    return {n[6:] for n in names if n.startswith("store.")} | (names & globals_)

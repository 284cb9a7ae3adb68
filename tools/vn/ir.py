"""The story's Python as one intermediate form: the front end both back ends compile from.

`vn.pysubset` parses the story's Python; this module lowers the `ast` into `Node`s, one
vocabulary of node kinds with a flag per target saying who runs it. The back ends never see
`ast` node classes again:

- routes/pyeval.py turns nodes into closures (exact values, Unknown, havoc);
- web/pyexpr.py resolves names and checks the web flags, then writes the JSON trees that
  the web player (player/js/interp.js) interprets (their shapes are in web/pyexpr.py's docstring).

A node keeps the `ast` it came from only to quote the source in messages (`text`) and for its
line. Constructs outside the subset still lower, to the kinds `bad` (an expression) and
`bad_stmt` (a statement), so that each back end words its own refusal: the route checker
explores the statement as unknown, the web build fails naming file:line.

Expression kinds (`args`):
    const (value)                 name (id)            store (attr)  `store.x`
    dotted ("a.b.c")              attr ()              any other attribute access
    not (e) neg (e) pos (e)       unary (op, e)        an operator outside the subset (`~`)
    and (e...) or (e...)          bin (op, a, b)       op: a key of BINARY
    cmp (e, ((op, e)...))         op: a key of COMPARE
    ifx (test, a, b)              idx (e, index)       slice (e, lower, upper, step)  (None: absent)
    tuple (e...) list (e...) set (e...)
    dict ((key or None...), (value...))                None: `**other`
    call (func, (arg...), ((keyword or None, value)...))
    starred (e)                   bad (ast class name)
Statement kinds:
    pass ()  global (name...)  ret (e or None)  if (test, (stmt...), (stmt...))  expr (e)
    set ((target...), e)          aug (op, target, e)  targets are expression nodes
    bad_stmt (ast class name)
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .pysubset import describe, dotted_name, store_attr

__all__ = ["BINARY", "COMPARE", "KINDS", "Flags", "Node", "block", "expression"]


@dataclass(frozen=True)
class Flags:
    """Which targets run a node kind or operator; `web_refusal` is the web build's message
    (with `{text}`, the source) when the web does not."""

    routes: bool
    web: bool
    web_refusal: str = ""


_BOTH = Flags(True, True)
_NEITHER_WEB = "unsupported Python expression: {text}"

# The per-target table of vn/pysubset.py's docstring, as data the back ends consult.
KINDS: dict[str, Flags] = {
    "const": _BOTH, "name": _BOTH, "store": _BOTH,
    "dotted": Flags(True, False, "unsupported attribute access: {text}"),
    "attr": Flags(False, False, "unsupported attribute access: {text}"),
    "not": _BOTH, "neg": _BOTH, "pos": _BOTH, "unary": Flags(False, False),
    "and": _BOTH, "or": _BOTH, "bin": _BOTH, "cmp": _BOTH, "ifx": _BOTH, "idx": _BOTH,
    "slice": Flags(True, False, "slices are not supported: {text}"),
    "tuple": _BOTH, "list": _BOTH, "set": Flags(True, False, _NEITHER_WEB), "dict": _BOTH,
    "call": _BOTH, "starred": Flags(False, False, _NEITHER_WEB), "bad": Flags(False, False, _NEITHER_WEB),
    "pass": _BOTH, "global": _BOTH, "ret": _BOTH, "if": _BOTH, "expr": _BOTH, "set_stmt": _BOTH,
    "aug": _BOTH, "bad_stmt": Flags(False, False),
}
BINARY: dict[str, Flags] = {
    "+": _BOTH, "-": _BOTH, "*": _BOTH, "//": _BOTH, "%": _BOTH,
    # its float results cannot cross JSON exactly
    "/": Flags(True, False, "true division '/' is not supported (use '//'): {text}"),
}
COMPARE = ("==", "!=", "<", "<=", ">", ">=", "in", "not in", "is", "is not")

_BINOP_SYMBOLS: dict[type, str] = {
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%",
    ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>", ast.BitOr: "|", ast.BitXor: "^",
    ast.BitAnd: "&", ast.MatMult: "@",
}
_CMP_SYMBOLS: dict[type, str] = {
    ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
    ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not",
}
_UNARY: dict[type, str] = {ast.Not: "not", ast.USub: "neg", ast.UAdd: "pos"}


@dataclass(frozen=True, eq=False)
class Node:
    """One node of the intermediate form: `kind` (a key of KINDS), its `args`, and the `ast`
    it was lowered from (for `line` and `text` in messages)."""

    kind: str
    args: tuple[Any, ...]
    source: ast.AST

    @property
    def line(self) -> int:
        """The node's line, counted from the parsed source's first line (1)."""
        return getattr(self.source, "lineno", 1) or 1

    @property
    def text(self) -> str:
        """Short source text for messages (vn.pysubset.describe)."""
        return describe(self.source)


def _opt(node: ast.expr | None) -> Node | None:
    return None if node is None else expression(node)


def _all(nodes: Iterable[ast.expr]) -> tuple[Node, ...]:
    return tuple(expression(n) for n in nodes)


def expression(node: ast.expr) -> Node:
    """Lower one expression (or assignment target: the kinds are the same)."""
    if isinstance(node, ast.Constant):
        return Node("const", (node.value,), node)
    if isinstance(node, ast.Name):
        return Node("name", (node.id,), node)
    if isinstance(node, ast.Attribute):
        attr = store_attr(node)
        if attr is not None:
            return Node("store", (attr,), node)
        dotted = dotted_name(node)
        return Node("dotted", (dotted,), node) if dotted else Node("attr", (), node)
    if isinstance(node, ast.BoolOp):
        return Node("and" if isinstance(node.op, ast.And) else "or", _all(node.values), node)
    if isinstance(node, ast.UnaryOp):
        kind = _UNARY.get(type(node.op))
        operand = expression(node.operand)
        if kind is None:
            return Node("unary", (type(node.op).__name__, operand), node)
        return Node(kind, (operand,), node)
    if isinstance(node, ast.BinOp):
        symbol = _BINOP_SYMBOLS[type(node.op)]
        return Node("bin", (symbol, expression(node.left), expression(node.right)), node)
    if isinstance(node, ast.Compare):
        rest = tuple((_CMP_SYMBOLS[type(op)], expression(right))
                     for op, right in zip(node.ops, node.comparators, strict=True))
        return Node("cmp", (expression(node.left), rest), node)
    if isinstance(node, ast.IfExp):
        return Node("ifx", (expression(node.test), expression(node.body), expression(node.orelse)), node)
    if isinstance(node, ast.Subscript):
        index = node.slice
        if isinstance(index, ast.Slice):
            return Node("slice", (expression(node.value), _opt(index.lower), _opt(index.upper),
                                  _opt(index.step)), node)
        return Node("idx", (expression(node.value), expression(index)), node)
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return Node(type(node).__name__.lower(), _all(node.elts), node)
    if isinstance(node, ast.Dict):
        return Node("dict", (tuple(_opt(k) for k in node.keys), _all(node.values)), node)
    if isinstance(node, ast.Call):
        keywords = tuple((k.arg, expression(k.value)) for k in node.keywords)
        return Node("call", (expression(node.func), _all(node.args), keywords), node)
    if isinstance(node, ast.Starred):
        return Node("starred", (expression(node.value),), node)
    return Node("bad", (type(node).__name__,), node)


def statement(node: ast.stmt) -> Node:
    """Lower one statement."""
    if isinstance(node, ast.Pass):
        return Node("pass", (), node)
    if isinstance(node, ast.Global):
        return Node("global", tuple(node.names), node)
    if isinstance(node, ast.Return):
        return Node("ret", (_opt(node.value),), node)
    if isinstance(node, ast.If):
        return Node("if", (expression(node.test), block(node.body), block(node.orelse)), node)
    if isinstance(node, ast.Expr):
        return Node("expr", (expression(node.value),), node)
    if isinstance(node, ast.Assign):
        return Node("set_stmt", (_all(node.targets), expression(node.value)), node)
    if isinstance(node, ast.AugAssign):
        return Node("aug", (_BINOP_SYMBOLS[type(node.op)], expression(node.target),
                            expression(node.value)), node)
    return Node("bad_stmt", (type(node).__name__,), node)


def block(body: Iterable[ast.stmt]) -> tuple[Node, ...]:
    """Lower a block of statements."""
    return tuple(statement(s) for s in body)

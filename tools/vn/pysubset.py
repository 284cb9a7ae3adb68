"""The parts of the story's Python subset that the route checker (routes/pyeval.py) and
the web compiler (web/pyexpr.py) share: messages, names, and which store names a block
assigns. One walker, so both agree on what a `python` block writes."""

from __future__ import annotations

import ast
from collections.abc import Iterable

__all__ = ["assigned_names", "describe", "dotted_name", "helper_store_writes", "store_writes"]


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


def assigned_names(body: Iterable[ast.stmt]) -> set[str]:
    """Names a block binds with =, +=, or unpacking (not inside nested functions)."""
    names: set[str] = set()

    def visit_target(t: ast.AST) -> None:
        if isinstance(t, ast.Name):
            names.add(t.id)
        elif isinstance(t, (ast.Tuple, ast.List)):
            for e in t.elts:
                visit_target(e)
        elif isinstance(t, ast.Attribute):
            dotted = dotted_name(t)
            if dotted and dotted.startswith("store.") and dotted.count(".") == 1:
                names.add(dotted)

    def visit(stmts: Iterable[ast.stmt]) -> None:
        for s in stmts:
            if isinstance(s, ast.Assign):
                for t in s.targets:
                    visit_target(t)
            elif isinstance(s, (ast.AugAssign, ast.AnnAssign)):
                visit_target(s.target)
            elif isinstance(s, (ast.If, ast.For, ast.While, ast.With, ast.Try)):
                for part in ("body", "orelse", "finalbody"):
                    visit(getattr(s, part, []) or [])
                for h in getattr(s, "handlers", []) or []:
                    visit(h.body)
    visit(body)
    return names


def store_writes(body: Iterable[ast.stmt]) -> set[str]:
    """Store variables a module-level block assigns (`x = ...`, `store.x = ...`)."""
    return {n[6:] if n.startswith("store.") else n for n in assigned_names(body)}


def helper_store_writes(node: ast.FunctionDef) -> set[str]:
    """Store variables a helper assigns by name: `global x` + `x = ...`, or `store.x = ...`."""
    globals_ = {n for s in ast.walk(node) if isinstance(s, ast.Global) for n in s.names}
    names = assigned_names(node.body)
    return {n[6:] for n in names if n.startswith("store.")} | (names & globals_)

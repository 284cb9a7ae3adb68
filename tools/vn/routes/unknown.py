"""Unknown values explored soundly: branches the checker cannot decide become open choices.

Python outside the subset (stops.py) sets the store variables it may assign to
`Unknown` (pyeval.Program.havoc). An `if` or `while` whose condition reads such a
variable cannot be decided, so before exploring, each one becomes an *open
branch*: a menu whose items are its branches, with no conditions, so every branch
is explored (and counted as a random pick in the odds). So is a condition on a
name the checker knows nothing of (`persistent.x`, a variable set in a `try`
block of init python). A `call expression` or
`jump expression` becomes an open branch over every label it could name: the
labels whose names appear as string literals in the game's Python or defines (a
computed name is spelled somewhere). Each is noted in `graph.approximate`.

Nothing here runs with `--strict`: there, each of these stays an error.
"""

from __future__ import annotations

import ast

from .graph import CALL, IF, MENU, PY, UNSUP, WHILE, StoryGraph
from .pyeval import BUILTINS, Program, Unsupported


def _names(source: str | None) -> set[str]:
    try:
        tree = ast.parse(source or "True", mode="eval")
    except SyntaxError:
        return set()
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            out.add(node.id)
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and node.value.id == "store":
            out.add(node.attr)
    return out


def unknown_variables(graph: StoryGraph, prog: Program) -> set[str]:
    """Store variables some Python statement outside the subset may assign."""
    out: set[str] = set()
    for i, kind in enumerate(graph.stop):
        if kind != PY:
            continue
        n = graph.nodes[i]
        try:
            prog.statements(n.get("source") or "", hide=bool(n.get("hide")))
        except Unsupported:
            out.update(prog.names[k] for k in prog.havoc_targets(n.get("source") or "", bool(n.get("hide"))))
    return out


def _known(prog: Program, name: str) -> bool:
    """A name the subset can read (anything else was set by code the checker did not read:
    `persistent`, a variable set in a `try` block of init python...)."""
    return (name in prog.index or name in prog.constants or name in prog.helpers
            or name in BUILTINS or name in prog.opaque_names or name == "store")


def label_candidates(graph: StoryGraph) -> list[str]:
    """Labels a computed name could mean: those spelled as a string in the game's code."""
    spelled: set[str] = set()
    for n in graph.nodes:
        if n["kind"] in ("python", "define", "default", "early_python", "screen"):
            try:
                tree = ast.parse(n.get("source") or "")
            except SyntaxError:
                continue
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    spelled.add(node.value)
    return sorted(name for name in graph.labels if name in spelled and name != "start")


def open_branches(graph: StoryGraph, prog: Program) -> None:
    """Rewrite undecidable ifs and computed jumps/calls as open branches (see above)."""
    if graph.strict:
        return
    unknown = unknown_variables(graph, prog)
    for i, kind in enumerate(list(graph.stop)):
        n = graph.nodes[i]
        if kind in (IF, WHILE):
            conds = [e.get("condition") for e in n.get("entries") or []] if kind == IF \
                else [n.get("condition")]
            names = set().union(*(_names(c) for c in conds))
            read = names & unknown | {x for x in names if not _known(prog, x)}
            if not read:
                continue
            if kind == IF:
                targets = [(f"(if {c})" if (c or "True") != "True" else "(else)", e.get("next"))
                           for c, e in zip(conds, n.get("entries") or [])]
                if (conds[-1] or "True").strip() != "True":
                    targets.append(("(none of them)", n.get("next")))
            else:
                targets = [(f"(while {conds[0]})", n.get("body")), ("(loop ends)", n.get("next"))]
            _as_menu(graph, i, targets)
            graph.approximate[graph.where(i)] = (
                f"`{kind_name(kind)} {conds[0]}` reads {', '.join(sorted(read))}, unknown here: "
                f"every branch is explored")
        elif kind == UNSUP and n["kind"] in ("jump", "call") and n.get("expression"):
            labels = label_candidates(graph)
            if not labels:
                continue
            targets = []
            for name in labels:
                if n["kind"] == "jump":
                    targets.append((f"(jump {name})", graph.nodes[graph.labels[name]]["id"]))
                else:
                    targets.append((f"(call {name})", _synthetic_call(graph, i, name)))
            _as_menu(graph, i, targets)
            graph.approximate[graph.where(i)] = (
                f"`{n['kind']} expression {n.get('target')}`: explored as each of the {len(labels)} "
                f"label(s) the game spells as a string")


def kind_name(kind: int) -> str:
    return "if" if kind == IF else "while"


def _as_menu(graph: StoryGraph, i: int, targets: list[tuple[str, str | None]]) -> None:
    n = dict(graph.nodes[i])
    n.update(kind="menu", caption=None, set=None, open_branch=True,
             items=[{"text": text, "condition": None, "next": nxt} for text, nxt in targets])
    graph.nodes[i] = n
    graph.stop[i] = MENU
    graph.dialogue_ifs.discard(i)


def _synthetic_call(graph: StoryGraph, i: int, name: str) -> str:
    """A `call NAME` statement standing for one meaning of `call expression` at node i."""
    n = graph.nodes[i]
    k = len(graph.nodes)
    node = {"id": f"{n['id']}#call:{name}", "file": n["file"], "line": n["line"], "kind": "call",
            "target": name, "expression": False, "arguments": None, "from": None, "next": n.get("next")}
    graph.nodes.append(node)
    graph.ids[node["id"]] = k
    graph.next.append(graph.next[i])
    graph.target.append(graph.labels[name])
    graph.stop.append(CALL)
    graph._skip.append(None)
    graph._order.append((n["file"], n["line"], k))
    graph.label_of.append(graph.label_of[i])
    return node["id"]


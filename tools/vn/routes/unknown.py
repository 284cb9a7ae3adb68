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
computed name is spelled somewhere), or for `"prefix" + ...` every label with that
prefix. Each is noted in `graph.approximate`. A menu
choice whose condition reads an unknown value is taken as enabled.

`$ x = renpy.random.choice([...])` and `renpy.random.randint(a, b)` are exact, not
approximate: a branch per value, each assigning it, equally likely in the odds.

Nothing here runs with `--strict`: there, each of these stays an error.
"""

from __future__ import annotations

import ast
import warnings
from collections.abc import Sequence
from typing import Any

from ..errors import VnError
from ..pysubset import BUILTINS, dotted_name, store_writes
from .graph import CALL, ENGINE_EXITS, IF, MENU, PY, UNSUP, WHILE, StoryGraph
from .pyeval import Program, Unsupported
from .stops import CONTROL_CALLS


def _names(source: str | None) -> set[str]:
    try:
        tree = ast.parse(source or "True", mode="eval")
    except SyntaxError:
        return set()
    out: set[str] = set()
    skip = {id(c.func.value) for c in ast.walk(tree) if isinstance(c, ast.Call)
            and isinstance(c.func, ast.Attribute)
            and dotted_name(c.func) == "renpy.has_label"}   # decided from the known labels
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and id(node) not in skip:
            out.add(node.id)
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and node.value.id == "store":
            out.add(node.attr)
    return out


def unknown_variables(graph: StoryGraph, prog: Program,
                      seed: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """Store variables some Python statement outside the subset may assign (and `seed`),
    and those the subset computes from them."""
    out: set[str] = set(seed)
    # (names read, names written) of the statements the subset runs: an assignment
    # from an unknown value (`$ tutorial = _return` after a screen) is unknown too
    copies: list[tuple[set[str], set[str]]] = []
    for i, kind in enumerate(graph.stop):
        if kind != PY:
            continue
        n = graph.nodes[i]
        try:
            prog.statements(n.get("source") or "", hide=bool(n.get("hide")))
        except Unsupported:
            out.update(prog.names[k] for k in prog.havoc_targets(n.get("source") or "", bool(n.get("hide"))))
            continue
        if not n.get("hide"):
            body = ast.parse(n.get("source") or "").body
            reads = {x.id for x in ast.walk(ast.Module(body=body, type_ignores=[]))
                     if isinstance(x, ast.Name) and isinstance(x.ctx, ast.Load)}
            copies.append((reads, store_writes(body) & set(prog.index)))
    grown = bool(out)
    while grown:
        grown = False
        for reads, writes in copies:
            if reads & out and not writes <= out:
                out |= writes
                grown = True
    return out


def _known(prog: Program, name: str) -> bool:
    """A name the subset can read (anything else was set by code the checker did not read:
    `persistent`, a variable set in a `try` block of init python...)."""
    return (name in prog.index or name in prog.constants or name in prog.helpers
            or name in BUILTINS or name in prog.opaque_names or name == "store")


def _outside_subset(prog: Program, condition: str | None) -> bool:
    """A condition the subset cannot compile (`player_stats.is_energy_low()`): its value
    is unknown to the checker, as if it read an unknown variable."""
    try:
        prog.condition(condition)
        prog.check_helpers(condition)
    except Unsupported:
        return True
    except SyntaxError:
        return False  # the engine parsed it: reported where it is evaluated
    return False


def label_candidates(graph: StoryGraph, expression: str) -> list[str]:
    """Labels a computed name could mean: for `"prefix" + ...`, every label with that
    prefix; otherwise those spelled as a string in the game's code."""
    try:
        tree = ast.parse(expression, mode="eval").body
    except SyntaxError:
        tree = None
    while isinstance(tree, ast.BinOp) and isinstance(tree.op, ast.Add):
        tree = tree.left
    if isinstance(tree, ast.Constant) and isinstance(tree.value, str):
        return sorted(name for name in graph.labels if name.startswith(tree.value))
    spelled: set[str] = set()
    for n in graph.nodes:
        if n["kind"] in ("python", "define", "default", "early_python", "screen"):
            try:
                with warnings.catch_warnings():  # the game's own invalid escapes are its business
                    warnings.simplefilter("ignore")
                    block = ast.parse(n.get("source") or "")
            except SyntaxError:
                continue
            for node in ast.walk(block):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    spelled.add(node.value)
    return sorted(name for name in graph.labels if name in spelled and name != "start")


def open_branches(graph: StoryGraph, prog: Program) -> None:
    """Rewrite undecidable ifs and computed jumps/calls as open branches (see above)."""
    if graph.strict:
        return
    for i, kind in enumerate(list(graph.stop)):
        if kind == PY:
            _random_choice(graph, prog, i)
            _jumps_inside(graph, i)
    open_conditions(graph, prog, unknown_variables(graph, prog))


def widen(graph: StoryGraph, prog: Program, names: set[str]) -> None:
    """Store variables made unknown by the explorer (a counter widened to `unbounded`,
    codec.py): every condition that reads them, or what was computed from them, becomes
    an open branch too."""
    open_conditions(graph, prog, unknown_variables(graph, prog, names))


def open_conditions(graph: StoryGraph, prog: Program, unknown: set[str]) -> None:
    """Menu choices, ifs and whiles whose conditions read `unknown` (or names or code the
    checker cannot read) become open; computed jumps and calls go to every candidate."""
    for i, kind in enumerate(list(graph.stop)):
        n = graph.nodes[i]
        if kind == MENU and not n.get("open_branch"):
            items = n.get("items") or []
            open_items = [k for k, item in enumerate(items) if item.get("condition")
                          and not item.get("unknown_enables") and (
                _names(item["condition"]) & unknown
                or any(not _known(prog, x) for x in _names(item["condition"]))
                or _outside_subset(prog, item["condition"]))]
            if open_items:
                _open_items(graph, prog, i, open_items, "menu choice condition(s) on unknown values")
        elif kind in (IF, WHILE):
            conds = [e.get("condition") for e in n.get("entries") or []] if kind == IF \
                else [n.get("condition")]
            names = set().union(*(_names(c) for c in conds))
            read = names & unknown | {x for x in names if not _known(prog, x)}
            outside = [c for c in conds if _outside_subset(prog, c)]
            if not read and not outside:
                continue
            _open_if(graph, prog, i, (f"reads {', '.join(sorted(read))}, unknown here" if read
                                      else "is outside the Python subset"), (outside or conds)[0])
        elif kind == UNSUP and n["kind"] in ("jump", "call") and n.get("expression"):
            expression = n.get("target") or ""
            labels = label_candidates(graph, expression)
            if not labels:
                continue
            targets = []
            for name in labels:
                if n["kind"] == "jump":
                    targets.append((f"(jump {name})", graph.nodes[graph.labels[name]]["id"]))
                else:
                    targets.append((f"(call {name})", _synthetic_call(graph, i, name)))
            # Where the subset can evaluate the name (a store variable set by a random pick),
            # each candidate is taken only when the name is its own: exact.
            names = _names(expression)
            exact = bool(names) and not (names & unknown) and all(_known(prog, x) for x in names)
            _as_menu(graph, i, targets,
                     [f"({expression}) == {name!r}" if exact else None for name in labels])
            if not exact:
                graph.approximate[graph.where(i)] = (
                    f"`{n['kind']} expression {expression}`: explored as each of the {len(labels)} "
                    f"label(s) it could name")


def _open_items(graph: StoryGraph, prog: Program, i: int, open_items: list[int], what: str) -> None:
    n = graph.nodes[i]
    items = n.get("items") or []
    graph.nodes[i] = dict(n, items=[
        dict(item, **_maybe(prog, item["condition"])) if k in open_items else item
        for k, item in enumerate(items)])
    before = graph.approximate.get(graph.where(i))  # (a screen's own note)
    graph.approximate[graph.where(i)] = (f"{before}; " if before else "") + (
        f"{what} ({', '.join(repr(items[k]['condition']) for k in open_items)}): taken as enabled")


def _open_if(graph: StoryGraph, prog: Program, i: int, why: str, shown: str | None) -> None:
    """The `if`/`while` at node i becomes an open branch: one item per branch, each guarded
    by its condition where the subset can evaluate it (true where a value is unknown)."""
    n = graph.nodes[i]
    kind = graph.stop[i]
    conds = [e.get("condition") for e in n.get("entries") or []] if kind == IF \
        else [n.get("condition")]
    if kind == IF:
        targets = [(f"(if {c})" if (c or "True") != "True" else "(else)", e.get("next"))
                   for c, e in zip(conds, n.get("entries") or [], strict=False)]
        # branch k is taken when no earlier condition holds and its own does
        guards = [" and ".join([f"not ({c})" for c in conds[:k] if c]
                               + ([f"({conds[k]})"] if conds[k] else [])) or None
                  for k in range(len(conds))]
        if (conds[-1] or "True").strip() != "True":
            targets.append(("(none of them)", n.get("next")))
            guards.append(" and ".join(f"not ({c})" for c in conds if c) or None)
    else:
        targets = [(f"(while {conds[0]})", n.get("body")), ("(loop ends)", n.get("next"))]
        guards = [f"({conds[0]})", f"not ({conds[0]})"]
    _as_menu(graph, i, targets, [g if g and not _outside_subset(prog, g) else None
                                 for g in guards], unknown_enables=True)
    graph.approximate[graph.where(i)] = (
        f"`{kind_name(kind)} {shown}` {why}: every branch is explored")


def reopen(graph: StoryGraph, prog: Program, i: int, why: str) -> None:
    """A condition found outside the subset only when the explorer evaluated it (a value
    it reads is opaque or unknown there, a helper fails on it): node i becomes an open
    branch, exact where its values are known; the explorer then starts again."""
    kind = graph.stop[i]
    n = graph.nodes[i]
    if kind in (IF, WHILE):
        conds = [e.get("condition") for e in n.get("entries") or []] if kind == IF \
            else [n.get("condition")]
        shown = next((c for c in conds if c and c != "True"), conds[0])
        _open_if(graph, prog, i, f"cannot be evaluated in some state ({why})", shown)
    elif kind == MENU:
        open_items = [k for k, item in enumerate(n.get("items") or [])
                      if item.get("condition") and not item.get("unknown_enables")]
        if not open_items:
            raise VnError(f"{graph.where(i)}: unsupported Python: {why}")
        _open_items(graph, prog, i, open_items, f"menu choice condition(s) outside the subset ({why})")


MAX_RANDOM_VALUES = 64


def _random_values(call: ast.expr, prog: Program) -> list[Any] | None:
    """The equally likely results of `renpy.random.choice(<constant list>)` or
    `renpy.random.randint(a, b)` (at most MAX_RANDOM_VALUES), else None."""
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
        return None
    func = call.func
    # renpy.random is Python's Random: choice(seq=...), randint(a=..., b=...) by keyword too
    keywords = {"choice": ("seq",), "randint": ("a", "b")}.get(func.attr, ())
    if any(k.arg not in keywords for k in call.keywords):
        return None
    named = {k.arg: k.value for k in call.keywords}
    call = ast.Call(func=func, keywords=[],
                    args=list(call.args) + [named[k] for k in keywords[len(call.args):] if k in named])
    base = func.value
    if not (isinstance(base, ast.Attribute) and base.attr == "random" and isinstance(base.value, ast.Name)
            and base.value.id == "renpy"):
        return None
    try:
        args = [prog.evaluate(ast.unparse(a), ()) for a in call.args]
    except Exception:  # not a constant the subset can evaluate
        return None
    if func.attr == "choice" and len(args) == 1 and isinstance(args[0], (list, tuple)):
        values = list(args[0])
    elif func.attr == "randint" and len(args) == 2 and all(type(a) is int for a in args):
        values = list(range(args[0], args[1] + 1))
    else:
        return None
    return values if 0 < len(values) <= MAX_RANDOM_VALUES else None


def _random_choice(graph: StoryGraph, prog: Program, i: int) -> None:
    """`$ x = renpy.random.choice([...])` (or randint): an exact random pick, explored as a
    branch per value, each followed by the assignment of that value. Odds count each
    branch as equally likely, as Ren'Py's random does."""
    n = graph.nodes[i]
    try:
        tree = ast.parse(n.get("source") or "")
    except SyntaxError:
        return
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Assign) or n.get("hide"):
        return
    stmt = tree.body[0]
    values = _random_values(stmt.value, prog)
    if values is None:
        return
    targets = " = ".join(ast.unparse(t) for t in stmt.targets)
    branches = []
    for k, v in enumerate(values):
        source = f"{targets} = {v!r}"
        branches.append((f"(random: {source})", _synthetic(graph, i, f"random{k}", kind="python",
                                                           source=source, hide=False, store="store",
                                                           init=None)))
    _as_menu(graph, i, branches)


# Python calls that leave a block for a label named by their first argument.
JUMPS = ("renpy.jump", "renpy.jump_out_of_context")


def _jumps_inside(graph: StoryGraph, i: int) -> None:
    """A python block with `renpy.jump(x)` inside it (KS's save and load menus are
    labels whose Python jumps from inside its ifs): an open branch between running on
    past the block and each label it may jump to, each after the block's stand-in
    (havoc), so whatever it set before jumping is unknown. A computed name goes to
    every label it could be (label_candidates); a block calling anything else that
    moves control stays an error."""
    n = graph.nodes[i]
    try:
        tree = ast.parse(n.get("source") or "")
    except SyntaxError:
        return
    calls = [c for c in ast.walk(tree) if isinstance(c, ast.Call)
             and dotted_name(c.func) in CONTROL_CALLS]
    if not calls or n.get("hide") or any(
            dotted_name(c.func) not in JUMPS or len(c.args) != 1 or c.keywords for c in calls):
        return
    found_names: set[str] = set()
    for c in calls:
        arg = c.args[0]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            found_names.add(arg.value)
        else:  # a computed name: every label it could be (as for `jump expression`)
            found = label_candidates(graph, ast.unparse(arg))
            if not found:
                return
            found_names.update(found)
    names = sorted(found_names)
    if any(x not in graph.labels and x not in ENGINE_EXITS for x in names):
        return
    targets = [("(python goes on)", _synthetic(graph, i, "on", kind="python", source=n["source"],
                                               hide=False, store="store", init=None,
                                               control_havoc=True))]
    for name in names:
        k = _synthetic(graph, i, f"jump:{name}", kind="python", source=n["source"], hide=False,
                       store="store", init=None, control_havoc=True)
        j = graph.ids[k]
        if name in graph.labels:
            graph.nodes[j]["next"] = graph.nodes[graph.labels[name]]["id"]
            graph.next[j] = graph.labels[name]
        else:  # the engine's main menu or quit: play ends after the block
            graph.nodes[j]["next"] = None
            graph.next[j] = graph.END
        targets.append((f"(renpy.jump {name})", k))
    _as_menu(graph, i, targets)
    graph.approximate[graph.where(i)] = (
        f"Python that jumps from inside a block (to {', '.join(names)}): explored as running "
        f"on or jumping, after a stand-in for the block")


def kind_name(kind: int) -> str:
    return "if" if kind == IF else "while"


def _maybe(prog: Program, condition: str | None) -> dict[str, Any]:
    """A menu item's condition on unknown values: kept where the subset can evaluate it,
    true where a value it reads turns out unknown (stops.py); dropped (always enabled)
    where the subset cannot read it at all."""
    if condition is None or _outside_subset(prog, condition):
        return {"condition": None}
    return {"condition": condition, "unknown_enables": True}


def _as_menu(graph: StoryGraph, i: int, targets: Sequence[tuple[str, str | None]],
             conditions: list[str | None] | None = None, unknown_enables: bool = False) -> None:
    """Node i becomes an open branch: a menu with one item per target. With
    `unknown_enables`, an item's condition is exact where its values are known and
    true where one is unknown, so known values still decide (a counter set exactly
    before a loop that reads it, although Python elsewhere may set it to anything)."""
    n = dict(graph.nodes[i])
    conditions = conditions or [None] * len(targets)
    n.update(kind="menu", caption=None, set=None, open_branch=True,
             items=[{"text": text, "condition": c, "next": nxt,
                     **({"unknown_enables": True} if unknown_enables and c else {})}
                    for (text, nxt), c in zip(targets, conditions, strict=False)])
    graph.nodes[i] = n
    graph.stop[i] = MENU
    graph.dialogue_ifs.discard(i)


def _synthetic_call(graph: StoryGraph, i: int, name: str) -> str:
    """A `call NAME` statement standing for one meaning of `call expression` at node i."""
    return _synthetic(graph, i, f"call:{name}", kind="call", target=name, expression=False,
                      arguments=None, **{"from": None})


def _synthetic(graph: StoryGraph, i: int, tag: str, **fields: Any) -> str:
    """A statement standing in for one meaning of node i, at its file:line, going on
    where it goes on; returns its id."""
    n = graph.nodes[i]
    k = len(graph.nodes)
    node = {"id": f"{n['id']}#{tag}", "file": n["file"], "line": n["line"], "next": n.get("next"),
            **fields}
    graph.nodes.append(node)
    graph.ids[node["id"]] = k
    graph.next.append(graph.next[i])
    graph.target.append(graph.labels[node["target"]] if node["kind"] == "call" else -1)
    graph.stop.append(CALL if node["kind"] == "call" else PY)
    graph._skip.append(None)
    graph._order.append((n["file"], n["line"], k))
    graph.label_of.append(graph.label_of[i])
    node_id: str = node["id"]
    return node_id


"""The store as it stands when `label start` begins, built from the export's init statements.

Ren'Py runs `define`s, `init python` blocks and then `default`s before the game
starts. The route checker needs the same picture: which names are store
variables (they vary between states), which are constants (they never do), and
which helper functions the game defines. All of it is read from the story
JSON; nothing of the game is executed.
"""

from __future__ import annotations

import ast
from typing import Any

from ..pysubset import helper_store_writes, store_writes
from .graph import StoryGraph
from .pyeval import UNSET, Helper, Opaque, Program, PyError, Unsupported, freeze_state, parse


def _store_key(store: str, name: str) -> str:
    """`store`/`x` -> "x"; `store.gui`/`x` -> "gui.x" (read back as `gui.x`)."""
    if store == "store":
        return name
    prefix = store[6:] if store.startswith("store.") else store
    return f"{prefix}.{name}"


def build_program(graph: StoryGraph) -> tuple[Program, tuple[Any, ...]]:
    """Return the compiler for the game's Python and the initial state tuple."""
    prog = Program()
    prog.labels = frozenset(graph.labels) | graph.script_engine_labels
    nodes = graph.nodes

    # 1. helpers and names bound by `init python` blocks of the default store
    init_assigns: list[tuple[str, str, str]] = []   # (name, source, where)
    for n in nodes:
        if n["kind"] != "python" or n.get("init") is None:
            continue
        where = f"{n['file']}:{n['line']}"
        try:
            tree = parse(n.get("source") or "")
        except Unsupported:
            continue  # Ren'Py compiled it; if we cannot, its names stay unknown
        assert isinstance(tree, ast.Module)     # what parse's "exec" mode returns
        if n.get("store", "store") != "store":
            continue
        for stmt in tree.body:
            if isinstance(stmt, ast.FunctionDef) and not stmt.decorator_list:
                prog.helpers[stmt.name] = Helper(stmt.name, where, stmt)
            elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                prog.opaque_names[stmt.name] = Opaque(stmt.name, f"bound in init python at {where}",
                                                     f"{type(stmt).__name__} {stmt.name}")
            elif isinstance(stmt, (ast.Import, ast.ImportFrom)):
                for alias in stmt.names:
                    bound = (alias.asname or alias.name).split(".")[0]
                    prog.opaque_names[bound] = Opaque(bound, f"imported in init python at {where}",
                                                      ast.unparse(stmt))
            elif (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
                  and isinstance(stmt.targets[0], ast.Name)):
                init_assigns.append((stmt.targets[0].id, ast.unparse(stmt.value), where))

    # 2. the layout: defaults, then every name the script or a helper assigns
    flow_writes: set[str] = set()
    for n in nodes:
        if n["kind"] == "python" and n.get("init") is None and not n.get("hide") \
                and n.get("store", "store") == "store":
            try:
                block = parse(n.get("source") or "")
                assert isinstance(block, ast.Module)
                flow_writes |= store_writes(block.body)
            except Unsupported:
                pass  # reported with its file:line if control ever reaches it
    for helper in prog.helpers.values():
        flow_writes |= helper_store_writes(helper.node)

    defaults = [n for n in nodes if n["kind"] == "default"]
    for n in defaults:
        prog.add_var(_store_key(n.get("store", "store"), n["name"]))

    # 3. constants: defines (and plain init-python assignments) the subset can evaluate
    pending: list[tuple[str, str, str]] = []
    for n in nodes:
        if n["kind"] != "define":
            continue
        key = _store_key(n.get("store", "store"), n["name"])
        where = f"defined at {n['file']}:{n['line']}"
        if n.get("index") or n.get("operator", "=") != "=":
            op = n.get("operator", "=")
            index = "[...]" if n.get("index") else ""
            prog.constants[key] = Opaque(key, where, f"define {key}{index} {op} ...")
            continue
        pending.append((key, n.get("source") or "None", where))
    pending += [(name, src, f"assigned in init python at {w}") for name, src, w in init_assigns]
    for key, src, where in pending:
        prog.constants.setdefault(key, Opaque(key, where, src))
    # A define may use one defined later in file order; repeat until nothing changes.
    progress = True
    todo = list(pending)
    while progress and todo:
        progress = False
        rest = []
        for key, src, where in todo:
            try:
                value = prog.evaluate(src, ())
            except (Unsupported, PyError):
                rest.append((key, src, where))
                continue
            prog.constants[key] = value
            prog._expr_cache.clear()  # compiled reads of `key` may have captured the opaque value
            progress = True
        todo = rest

    for name in sorted(flow_writes):
        if name not in prog.index:
            initial = prog.constants.pop(name, UNSET)
            prog.add_var(name, initial)
    prog._expr_cache.clear()

    # 4. defaults, in file order, each seeing the ones before it
    state = list(prog.initial)
    for n in defaults:
        key = _store_key(n.get("store", "store"), n["name"])
        src = n.get("source") or "None"
        try:
            value = prog.run_expr(prog.condition(src), state)
        except (Unsupported, PyError):
            value = Opaque(key, f"default at {n['file']}:{n['line']}", src)
        state[prog.index[key]] = value
    prog.initial = state
    for helper in prog.helpers.values():
        helper.compiled = None  # compiled during start-up against a partial store
    prog._expr_cache.clear()
    _check_hashable(state)
    return prog, tuple(state)


def _check_hashable(state: list[Any]) -> None:
    freeze_state(tuple(state))  # raises TypeError early if a default holds something odd
